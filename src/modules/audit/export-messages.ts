/** Texts of the audit log's CSV export: its book name and column headings. */

export const ja: Record<string, string> = {
  'audit.export.book': '監査ログ',
  'audit.export.seq': '連番',
  'audit.export.time': '日時(JST)',
  'audit.export.actor': '操作者',
  'audit.export.event': 'イベント',
  'audit.export.target_type': '対象種別',
  'audit.export.target_id': '対象ID',
  'audit.export.summary': '内容',
  'audit.export.request_id': 'リクエストID',
  'audit.export.client': '接続元',
  'audit.export.hash': 'ハッシュ',
};

export const en: Record<string, string> = {
  'audit.export.book': 'audit log',
  'audit.export.seq': 'Seq',
  'audit.export.time': 'Time (JST)',
  'audit.export.actor': 'Actor',
  'audit.export.event': 'Event',
  'audit.export.target_type': 'Target type',
  'audit.export.target_id': 'Target ID',
  'audit.export.summary': 'Summary',
  'audit.export.request_id': 'Request ID',
  'audit.export.client': 'Client',
  'audit.export.hash': 'Hash',
};
