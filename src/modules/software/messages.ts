/** Texts of the software module. */
export const ja: Record<string, string> = {
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
