/** Register configs of the vendors screen (fields mirror src/modules/vendors/schema.ts). */
import {
  asked,
  choice,
  clause,
  notes,
  refTo,
  registersOf,
  required,
  shown,
} from '../systems/registerFields.ts';

const register = registersOf('vendors.manage');

const auditStatuses = choice({
  unknown: ['不明', 'Unknown'],
  not_audited: ['未監査', 'Not audited'],
  audited_ok: ['監査済（指摘なし）', 'Audited, no issues'],
  audited_issues: ['監査済（指摘あり）', 'Audited, issues'],
});
export const vendors = register('/api/vendors/vendors', '委託先', 'Vendors', [
  shown('name', '委託先名', 'Vendor', 'text', required),
  asked('address', '所在地', 'Address', 'text'),
  shown('contact', '連絡先', 'Contact', 'text'),
  shown('certifications', '認証（ISMS・Pマーク・ISMAP）と有効期限', 'Certifications and expiry', 'certs'),
  shown('auditStatus', '監査状況', 'Audit status', auditStatuses, required),
  shown('lastAuditedOn', '最終監査日', 'Last audited', 'date'),
  notes,
]);

export const contracts = register('/api/vendors/contracts', '委託契約', 'Contracts', [
  shown('vendorId', '委託先', 'Vendor', refTo('/api/vendors/vendors', 'vendorName'), required),
  shown('title', '契約名', 'Contract', 'text', required),
  asked('signedOn', '契約日', 'Signed on', 'date'),
  shown('endsOn', '契約終了日', 'Ends on', 'date'),
  shown('subcontracting', '再委託あり', 'Subcontracting', 'bool'),
  shown('nextReviewOn', '次回点検日', 'Next review', 'date'),
]);

export const cloud = register('/api/vendors/cloud', 'クラウドサービス', 'Cloud services', [
  shown('service', 'サービス名', 'Service', 'text', required),
  shown('provider', '提供事業者', 'Provider', 'text'),
  asked('vendorId', '委託先', 'Vendor', refTo('/api/vendors/vendors')),
  shown('infoClasses', '取り扱う情報の分類（読点区切り）', 'Information classes (comma-separated)', 'list'),
  shown('ismap', 'ISMAP登録', 'ISMAP', 'bool'),
  asked('evaluation', '信頼性評価', 'Reliability evaluation', 'textarea'),
  asked('evaluatedOn', '評価日', 'Evaluated on', 'date'),
  shown('approvedBy', '許可者', 'Approved by', 'text'),
  shown('approvalRef', '許可番号・文書', 'Approval reference', 'text'),
]);

export const social = register('/api/vendors/social', 'SNSアカウント', 'Social media accounts', [
  shown('service', 'サービス', 'Service', 'text', required),
  shown('account', 'アカウント', 'Account', 'text', required),
  shown('responsibleUserId', '責任者', 'Responsible person', 'person', {
    required: true,
    display: 'responsibleName',
  }),
  shown('publishable', '発信可能な情報', 'What may be published', 'textarea'),
]);

const lawKinds = choice({
  act: ['法律', 'Act'],
  cabinet_order: ['政令', 'Cabinet order'],
  ordinance: ['条例', 'Ordinance'],
  rule: ['規則', 'Rule'],
  other: ['その他', 'Other'],
});
export const laws = register('/api/vendors/laws', '法令', 'Laws and ordinances', [
  shown('name', '法令名', 'Name', 'text', required),
  shown('number', '法令番号', 'Number', 'text'),
  shown('kind', '種別', 'Kind', lawKinds, required),
  clause,
]);
