/** Texts of the software module. */
import { type RegisterWords, registerMessages } from '../systems/index.ts';

/** The registers' books and columns, as the lists, CSV files and imports name them. */
const registerWords: RegisterWords = {
  software: ['ソフトウェア台帳', 'Software'],
  'software.product': ['ソフトウェア名', 'Product'],
  'software.version': ['版', 'Version'],
  'software.vendor': ['ベンダー', 'Vendor'],
  'software.licenceCount': ['ライセンス数', 'Licences'],
  'software.applicant': ['申請者', 'Applicant'],
  'software.approver': ['許可者', 'Approver'],
  'software.supportEndsOn': ['サポート終了日', 'Support ends on'],
  'software.plannedUseUntil': ['利用予定期限', 'Planned use until'],
  'software.notes': ['備考', 'Notes'],
  software_installation: ['ソフトウェア導入記録', 'Software installations'],
  'software_installation.softwareId': ['ソフトウェア', 'Software'],
  'software_installation.equipmentId': ['導入端末・機器', 'Terminal / device'],
  'software_installation.systemId': ['情報システム', 'System'],
  'software_installation.host': ['端末名', 'Host'],
  'software_installation.installedOn': ['導入日', 'Installed on'],
  shared_id: ['共用ID台帳', 'Shared IDs'],
  'shared_id.account': ['共用ID', 'Shared ID'],
  'shared_id.systemId': ['情報システム', 'System'],
  'shared_id.purpose': ['用途', 'Purpose'],
  'shared_id.manager': ['管理者', 'Manager'],
  'shared_id.userIds': ['利用者', 'Users'],
  'shared_id.notes': ['備考', 'Notes'],
};

/**
 * Recognised headings: the other headings a body's own Excel sheets use for a column (`<target>.<key>`).
 * The column's own label is recognised besides, in both languages.
 */
export const headings: Record<string, readonly string[]> = {
  'software.product': ['製品名', 'ソフト名', '名称', 'ソフトウェア'],
  'software.version': ['バージョン', 'Ver', 'ver.'],
  'software.vendor': ['メーカー', '開発元', '販売元'],
  'software.licenceCount': ['ライセンス', '数量', '保有数'],
  'software.supportEndsOn': ['サポート期限', 'EOL', 'サポート終了'],
  'software.plannedUseUntil': ['利用期限', '使用期限'],
  'software_installation.host': ['導入先', 'ホスト名', '端末'],
};

export const ja: Record<string, string> = {
  ...registerMessages(registerWords, 'ja'),
  'event.software.created': 'ソフトウェア登録',
  'event.software.updated': 'ソフトウェア変更',
  'event.software.deleted': 'ソフトウェア削除',
  'event.software.installation_created': 'ソフトウェア導入先登録',
  'event.software.installation_updated': 'ソフトウェア導入先変更',
  'event.software.installation_deleted': 'ソフトウェア導入先削除',
  'event.software.shared_id_created': '共用ID登録',
  'event.software.shared_id_updated': '共用ID変更',
  'event.software.shared_id_deleted': '共用ID削除',
  'event.software.settings_changed': 'サポート終了警告日数の変更',
  'software.support_ended': 'サポートが終了しています。',
  'software.support_ending': 'サポート終了が近づいています。',
  'software.ends_within_use': '利用予定期間中にサポートが終了します。',
  'software.target_required': '導入先（機器・システム・端末名のいずれか）を指定してください。',
};

export const en: Record<string, string> = {
  ...registerMessages(registerWords, 'en'),
  'event.software.created': 'Software added',
  'event.software.updated': 'Software changed',
  'event.software.deleted': 'Software deleted',
  'event.software.installation_created': 'Installation added',
  'event.software.installation_updated': 'Installation changed',
  'event.software.installation_deleted': 'Installation deleted',
  'event.software.shared_id_created': 'Shared ID added',
  'event.software.shared_id_updated': 'Shared ID changed',
  'event.software.shared_id_deleted': 'Shared ID deleted',
  'event.software.settings_changed': 'End-of-support warning days changed',
  'software.support_ended': 'Vendor support has ended.',
  'software.support_ending': 'Vendor support ends soon.',
  'software.ends_within_use': 'Support ends within the planned period of use.',
  'software.target_required': 'Name where it is installed (equipment, system or terminal).',
};
