/** The vendors module's registers, described once for lists, CSV, writes and audit. */
import { badInput } from '../../http/errors.ts';
import type { RegisterDef } from '../systems/index.ts';
import { field, registerEvents } from '../systems/index.ts';
import { VENDORS_READ, VENDORS_WRITE } from './functions.ts';
import { lawKindOptions } from './law-kinds.ts';
import { effectiveClauseList } from './policySource.ts';
import { decorateCloud, decorateContracts, decorateSocial, decorateVendors } from './queries.ts';
import { cloudBody, contractBody, lawBody, socialBody, vendorBody } from './schema.ts';

const f = field;
const common = { readFns: VENDORS_READ, writeFns: VENDORS_WRITE, tag: 'vendors' };

export const vendorRegister: RegisterDef = {
  ...common,
  path: '/api/vendors/vendors',
  table: 'vendors',
  target: 'vendor',
  csvName: 'vendors',
  book: { ja: '委託先台帳', en: 'Vendors' },
  nameKey: 'name',
  create: vendorBody,
  events: registerEvents('vendors.'),
  fields: [
    f('name', 'name', 'text', '委託先名', 'Vendor', {
      search: true,
      sort: true,
      aliases: ['事業者名', '業者名', '会社名', '委託先'],
    }),
    f('address', 'address', 'text', '所在地', 'Address', { search: true, aliases: ['住所'] }),
    f('contact', 'contact', 'text', '連絡先', 'Contact', {
      search: true,
      aliases: ['電話番号', '担当者連絡先'],
    }),
    f('certifications', 'certifications', 'json', '認証(ISMS/Pマーク/ISMAP)', 'Certifications', {
      initial: [],
      noImport: true,
    }),
    f('auditStatus', 'audit_status', 'text', '監査状況', 'Audit status', {
      filter: true,
      sort: true,
      options: [
        { value: 'unknown', labels: ['不明', '未確認'] },
        { value: 'not_audited', labels: ['未監査', '未実施'] },
        { value: 'audited_ok', labels: ['監査済（問題なし）', '問題なし', '監査済'] },
        { value: 'audited_issues', labels: ['監査済（指摘あり）', '指摘あり'] },
      ],
    }),
    f('lastAuditedOn', 'last_audited_on', 'date', '最終監査日', 'Last audited on', { sort: true }),
    f('notes', 'notes', 'text', '備考', 'Notes', { search: true }),
  ],
  dependents: [
    { table: 'vendor_contracts', column: 'vendor_id' },
    { table: 'cloud_services', column: 'vendor_id' },
  ],
  decorate: decorateVendors,
};

export const contractRegister: RegisterDef = {
  ...common,
  path: '/api/vendors/contracts',
  table: 'vendor_contracts',
  target: 'vendor_contract',
  csvName: 'vendor-contracts',
  book: { ja: '委託契約台帳', en: 'Vendor contracts' },
  nameKey: 'title',
  create: contractBody,
  events: registerEvents('vendors.contract_'),
  fields: [
    f('vendorId', 'vendor_id', 'ref', '委託先', 'Vendor', {
      filter: true,
      refTable: 'vendors',
      aliases: ['委託先名', '事業者名', '業者名'],
    }),
    f('title', 'title', 'text', '契約名', 'Contract', {
      search: true,
      sort: true,
      aliases: ['件名', '業務名', '契約件名'],
    }),
    f('signedOn', 'signed_on', 'date', '契約日', 'Signed on', {
      sort: true,
      aliases: ['契約締結日', '締結日'],
    }),
    f('endsOn', 'ends_on', 'date', '契約終了日', 'Ends on', {
      sort: true,
      aliases: ['終了日', '契約期限', '満了日'],
    }),
    f('subcontracting', 'subcontracting', 'bool', '再委託', 'Subcontracting', { filter: true }),
    f('nextReviewOn', 'next_review_on', 'date', '次回点検日', 'Next review', { sort: true }),
    f('clauses', 'clauses', 'json', '必須条項', 'Required clauses', { noImport: true }),
    f('clausePath', 'clause_path', 'text', '根拠条項', 'Clause'),
    f('notes', 'notes', 'text', '備考', 'Notes', { search: true }),
  ],
  async prepare(trx, org, values) {
    if (values.clauses !== undefined) return {};
    // The checklist starts from the policy's own list, every clause unchecked until someone confirms it.
    const list = await effectiveClauseList(trx, org);
    if (!list)
      throw badInput('vendors.no_clause_list', {}, [{ field: 'clauses', code: 'vendors.no_clause_list' }]);
    return {
      clauses: list.clauses.map((text) => ({ text, present: false })),
      clausePath: values.clausePath ?? (list.path || null),
    };
  },
  decorate: decorateContracts,
};

export const cloudRegister: RegisterDef = {
  ...common,
  path: '/api/vendors/cloud',
  table: 'cloud_services',
  target: 'cloud_service',
  csvName: 'cloud-services',
  book: { ja: 'クラウドサービス台帳', en: 'Cloud services' },
  nameKey: 'service',
  create: cloudBody,
  events: registerEvents('vendors.cloud_'),
  fields: [
    f('service', 'service', 'text', 'サービス名', 'Service', {
      search: true,
      sort: true,
      aliases: ['クラウドサービス名', 'サービス'],
    }),
    f('provider', 'provider', 'text', '提供事業者', 'Provider', {
      search: true,
      sort: true,
      aliases: ['事業者', '提供者', '提供元'],
    }),
    f('vendorId', 'vendor_id', 'ref', '委託先', 'Vendor', { filter: true, refTable: 'vendors' }),
    f('infoClasses', 'info_classes', 'json', '取り扱う情報の分類', 'Information classes', {
      initial: [],
      aliases: ['情報の分類', '取扱情報'],
    }),
    f('ismap', 'ismap', 'bool', 'ISMAP登録', 'ISMAP listed', { filter: true, aliases: ['ISMAP'] }),
    f('certifications', 'certifications', 'text', 'その他の認証', 'Other certifications', { search: true }),
    f('evaluation', 'evaluation', 'text', '信頼性評価', 'Reliability evaluation', { search: true }),
    f('evaluatedOn', 'evaluated_on', 'date', '評価日', 'Evaluated on', { sort: true }),
    f('approvedBy', 'approved_by', 'text', '許可者', 'Approved by', { search: true }),
    f('approvalRef', 'approval_ref', 'text', '許可番号・文書', 'Approval reference', { search: true }),
    f('notes', 'notes', 'text', '備考', 'Notes', { search: true }),
  ],
  decorate: decorateCloud,
};

export const socialRegister: RegisterDef = {
  ...common,
  path: '/api/vendors/social',
  table: 'social_accounts',
  target: 'social_account',
  csvName: 'social-media-accounts',
  book: { ja: 'SNSアカウント台帳', en: 'Social media accounts' },
  nameKey: 'account',
  create: socialBody,
  events: registerEvents('vendors.social_'),
  fields: [
    f('service', 'service', 'text', 'サービス', 'Service', { search: true, sort: true, filter: true }),
    f('account', 'account', 'text', 'アカウント', 'Account', { search: true, sort: true }),
    f('responsibleUserId', 'responsible_user_id', 'ref', '責任者', 'Responsible person', {
      filter: true,
      refTable: 'users',
    }),
    f('publishable', 'publishable', 'text', '発信可能な情報', 'What may be published', { search: true }),
    f('procedureRef', 'procedure_ref', 'text', '運用手順', 'Procedure', { search: true }),
    f('notes', 'notes', 'text', '備考', 'Notes', { search: true }),
  ],
  decorate: decorateSocial,
};

export const lawRegister: RegisterDef = {
  ...common,
  path: '/api/vendors/laws',
  table: 'laws',
  target: 'law',
  csvName: 'laws',
  book: { ja: '関係法令一覧', en: 'Laws and regulations' },
  nameKey: 'name',
  create: lawBody,
  events: registerEvents('vendors.law_'),
  fields: [
    f('name', 'name', 'text', '法令名', 'Name', { search: true, sort: true }),
    f('number', 'number', 'text', '法令番号', 'Number', { search: true }),
    f('kind', 'kind', 'text', '種別', 'Kind', {
      filter: true,
      sort: true,
      options: lawKindOptions,
    }),
    f('clausePath', 'clause_path', 'text', '根拠条項', 'Clause'),
    f('notes', 'notes', 'text', '備考', 'Notes', { search: true }),
  ],
};

export const vendorsRegisters = [
  vendorRegister,
  contractRegister,
  cloudRegister,
  socialRegister,
  lawRegister,
];
