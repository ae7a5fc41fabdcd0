/** Register configs of the vendors screen (fields mirror src/modules/vendors/schema.ts). */
import type { RegisterConfig } from '../systems/registerTypes.ts';

const fn = 'vendors.manage';
const vendorRef = { kind: 'ref' as const, refUrl: '/api/vendors/vendors', refLabel: 'name' };

export const vendors: RegisterConfig = {
  url: '/api/vendors/vendors',
  ja: '委託先',
  en: 'Vendors',
  fn,
  fields: [
    { key: 'name', ja: '委託先名', en: 'Vendor', kind: 'text', required: true, column: true },
    { key: 'address', ja: '所在地', en: 'Address', kind: 'text' },
    { key: 'contact', ja: '連絡先', en: 'Contact', kind: 'text', column: true },
    {
      key: 'certifications',
      ja: '認証（ISMS・Pマーク・ISMAP）と有効期限',
      en: 'Certifications and expiry',
      kind: 'certs',
      column: true,
    },
    {
      key: 'auditStatus',
      ja: '監査状況',
      en: 'Audit status',
      kind: 'select',
      required: true,
      column: true,
      options: {
        unknown: ['不明', 'Unknown'],
        not_audited: ['未監査', 'Not audited'],
        audited_ok: ['監査済（指摘なし）', 'Audited, no issues'],
        audited_issues: ['監査済（指摘あり）', 'Audited, issues'],
      },
    },
    { key: 'lastAuditedOn', ja: '最終監査日', en: 'Last audited', kind: 'date', column: true },
    { key: 'notes', ja: '備考', en: 'Notes', kind: 'textarea' },
  ],
};

export const contracts: RegisterConfig = {
  url: '/api/vendors/contracts',
  ja: '委託契約',
  en: 'Contracts',
  fn,
  fields: [
    {
      key: 'vendorId',
      ja: '委託先',
      en: 'Vendor',
      ...vendorRef,
      required: true,
      column: true,
      display: 'vendorName',
    },
    { key: 'title', ja: '契約名', en: 'Contract', kind: 'text', required: true, column: true },
    { key: 'signedOn', ja: '契約日', en: 'Signed on', kind: 'date' },
    { key: 'endsOn', ja: '契約終了日', en: 'Ends on', kind: 'date', column: true },
    { key: 'subcontracting', ja: '再委託あり', en: 'Subcontracting', kind: 'bool', column: true },
    { key: 'nextReviewOn', ja: '次回点検日', en: 'Next review', kind: 'date', column: true },
  ],
};

export const cloud: RegisterConfig = {
  url: '/api/vendors/cloud',
  ja: 'クラウドサービス',
  en: 'Cloud services',
  fn,
  fields: [
    { key: 'service', ja: 'サービス名', en: 'Service', kind: 'text', required: true, column: true },
    { key: 'provider', ja: '提供事業者', en: 'Provider', kind: 'text', column: true },
    { key: 'vendorId', ja: '委託先', en: 'Vendor', ...vendorRef },
    {
      key: 'infoClasses',
      ja: '取り扱う情報の分類（読点区切り）',
      en: 'Information classes (comma-separated)',
      kind: 'list',
      column: true,
    },
    { key: 'ismap', ja: 'ISMAP登録', en: 'ISMAP', kind: 'bool', column: true },
    { key: 'evaluation', ja: '信頼性評価', en: 'Reliability evaluation', kind: 'textarea' },
    { key: 'evaluatedOn', ja: '評価日', en: 'Evaluated on', kind: 'date' },
    { key: 'approvedBy', ja: '許可者', en: 'Approved by', kind: 'text', column: true },
    { key: 'approvalRef', ja: '許可番号・文書', en: 'Approval reference', kind: 'text', column: true },
  ],
};

export const social: RegisterConfig = {
  url: '/api/vendors/social',
  ja: 'SNSアカウント',
  en: 'Social media accounts',
  fn,
  fields: [
    { key: 'service', ja: 'サービス', en: 'Service', kind: 'text', required: true, column: true },
    { key: 'account', ja: 'アカウント', en: 'Account', kind: 'text', required: true, column: true },
    {
      key: 'responsibleUserId',
      ja: '責任者',
      en: 'Responsible person',
      kind: 'person',
      required: true,
      column: true,
      display: 'responsibleName',
    },
    { key: 'publishable', ja: '発信可能な情報', en: 'What may be published', kind: 'textarea', column: true },
  ],
};

export const laws: RegisterConfig = {
  url: '/api/vendors/laws',
  ja: '法令',
  en: 'Laws and ordinances',
  fn,
  fields: [
    { key: 'name', ja: '法令名', en: 'Name', kind: 'text', required: true, column: true },
    { key: 'number', ja: '法令番号', en: 'Number', kind: 'text', column: true },
    {
      key: 'kind',
      ja: '種別',
      en: 'Kind',
      kind: 'select',
      required: true,
      column: true,
      options: {
        法律: ['法律', 'Act'],
        政令: ['政令', 'Cabinet order'],
        条例: ['条例', 'Ordinance'],
        規則: ['規則', 'Rule'],
        その他: ['その他', 'Other'],
      },
    },
    { key: 'clausePath', ja: '根拠条項', en: 'Clause', kind: 'text', column: true },
  ],
};
