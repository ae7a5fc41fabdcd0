/** Texts of the vendors module. */
import { recordEventLabels } from '../../i18n/index.ts';
import { type RegisterWords, registerMessages } from '../systems/index.ts';

const kinds = {
  '': ['委託先', 'Vendor'],
  contract_: ['委託契約', 'Contract'],
  cloud_: ['クラウドサービス', 'Cloud service'],
  social_: ['SNSアカウント', 'Social media account'],
  law_: ['法令', 'Law'],
} as const;

/** The registers' books, columns and the kinds of law, as the lists, CSV files and imports name them. */
const registerWords: RegisterWords = {
  vendor: ['委託先台帳', 'Vendors'],
  'vendor.name': ['委託先名', 'Vendor'],
  'vendor.address': ['所在地', 'Address'],
  'vendor.contact': ['連絡先', 'Contact'],
  'vendor.certifications': ['認証(ISMS/Pマーク/ISMAP)', 'Certifications'],
  'vendor.auditStatus': ['監査状況', 'Audit status'],
  'vendor.lastAuditedOn': ['最終監査日', 'Last audited on'],
  'vendor.notes': ['備考', 'Notes'],
  vendor_contract: ['委託契約台帳', 'Vendor contracts'],
  'vendor_contract.vendorId': ['委託先', 'Vendor'],
  'vendor_contract.title': ['契約名', 'Contract'],
  'vendor_contract.signedOn': ['契約日', 'Signed on'],
  'vendor_contract.endsOn': ['契約終了日', 'Ends on'],
  'vendor_contract.subcontracting': ['再委託', 'Subcontracting'],
  'vendor_contract.nextReviewOn': ['次回点検日', 'Next review'],
  'vendor_contract.clauses': ['必須条項', 'Required clauses'],
  'vendor_contract.clausePath': ['根拠条項', 'Clause'],
  'vendor_contract.notes': ['備考', 'Notes'],
  cloud_service: ['クラウドサービス台帳', 'Cloud services'],
  'cloud_service.service': ['サービス名', 'Service'],
  'cloud_service.provider': ['提供事業者', 'Provider'],
  'cloud_service.vendorId': ['委託先', 'Vendor'],
  'cloud_service.infoClasses': ['取り扱う情報の分類', 'Information classes'],
  'cloud_service.ismap': ['ISMAP登録', 'ISMAP listed'],
  'cloud_service.certifications': ['その他の認証', 'Other certifications'],
  'cloud_service.evaluation': ['信頼性評価', 'Reliability evaluation'],
  'cloud_service.evaluatedOn': ['評価日', 'Evaluated on'],
  'cloud_service.approvedBy': ['許可者', 'Approved by'],
  'cloud_service.approvalRef': ['許可番号・文書', 'Approval reference'],
  'cloud_service.notes': ['備考', 'Notes'],
  social_account: ['SNSアカウント台帳', 'Social media accounts'],
  'social_account.service': ['サービス', 'Service'],
  'social_account.account': ['アカウント', 'Account'],
  'social_account.responsibleUserId': ['責任者', 'Responsible person'],
  'social_account.publishable': ['発信可能な情報', 'What may be published'],
  'social_account.procedureRef': ['運用手順', 'Procedure'],
  'social_account.notes': ['備考', 'Notes'],
  law: ['関係法令一覧', 'Laws and regulations'],
  'law.name': ['法令名', 'Name'],
  'law.number': ['法令番号', 'Number'],
  'law.kind': ['種別', 'Kind'],
  // A kind's Japanese word is also what a law's number holds (昭和25年法律第261号).
  'law.kind.act': ['法律', 'Act'],
  'law.kind.cabinet_order': ['政令', 'Cabinet order'],
  'law.kind.ordinance': ['条例', 'Ordinance'],
  'law.kind.rule': ['規則', 'Rule'],
  'law.kind.other': ['その他', 'Other'],
  'law.clausePath': ['根拠条項', 'Clause'],
  'law.notes': ['備考', 'Notes'],
};

/**
 * Recognised headings: the other headings a body's own Excel sheets use for a column (`<target>.<key>`),
 * and the words a cell may hold for a code (`<target>.<key>.<code>`). The column's own label and the
 * code itself are recognised besides, in both languages.
 */
export const headings: Record<string, readonly string[]> = {
  'vendor.name': ['事業者名', '業者名', '会社名', '委託先'],
  'vendor.address': ['住所'],
  'vendor.contact': ['電話番号', '担当者連絡先'],
  'vendor.auditStatus.unknown': ['不明', '未確認'],
  'vendor.auditStatus.not_audited': ['未監査', '未実施'],
  'vendor.auditStatus.audited_ok': ['監査済（問題なし）', '問題なし', '監査済'],
  'vendor.auditStatus.audited_issues': ['監査済（指摘あり）', '指摘あり'],
  'vendor_contract.vendorId': ['委託先名', '事業者名', '業者名'],
  'vendor_contract.title': ['件名', '業務名', '契約件名'],
  'vendor_contract.signedOn': ['契約締結日', '締結日'],
  'vendor_contract.endsOn': ['終了日', '契約期限', '満了日'],
  'cloud_service.service': ['クラウドサービス名', 'サービス'],
  'cloud_service.provider': ['事業者', '提供者', '提供元'],
  'cloud_service.infoClasses': ['情報の分類', '取扱情報'],
  'cloud_service.ismap': ['ISMAP'],
};

export const ja: Record<string, string> = {
  ...recordEventLabels('vendors.', kinds, 'ja'),
  ...registerMessages(registerWords, 'ja'),
  'event.vendors.clause_list_set': '契約必須条項一覧の設定',
  'vendors.no_clause_list':
    '契約に必要な条項の一覧がありません。施行中のポリシーに一覧がない場合は、条項を入力してください。',
};

export const en: Record<string, string> = {
  ...recordEventLabels('vendors.', kinds, 'en'),
  ...registerMessages(registerWords, 'en'),
  'event.vendors.clause_list_set': 'Required contract clauses set',
  'vendors.no_clause_list':
    'There is no list of required contract clauses. If the policy in force has none, enter the clauses.',
};
