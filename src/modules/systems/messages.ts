/** Texts of the systems module (the register kit's errors live here too). */
import { recordEventLabels } from '../../i18n/index.ts';

const kinds = {
  segment_: ['ネットワーク区分', 'Network segment'],
  system_: ['情報システム', 'Information system'],
  connection_: ['システム間接続', 'System connection'],
  equipment_: ['機器', 'Equipment'],
  line_: ['外部接続回線', 'External line'],
} as const;

export const ja: Record<string, string> = {
  ...recordEventLabels('systems.', kinds, 'ja'),
  'event.systems.change_logged': 'システム変更履歴の記録',
  'event.systems.change_log_updated': 'システム変更履歴の訂正',
  'event.systems.change_log_deleted': 'システム変更履歴の削除',
  'event.systems.maintenance_logged': '保守記録の登録',
  'event.systems.maintenance_updated': '保守記録の変更',
  'event.systems.maintenance_deleted': '保守記録の削除',
  'registers.invalid_reference': '指定された「{field}」はこの組織に登録されていません。',
  'registers.in_use': 'ほかの台帳（{table}）から参照されているため削除できません。',
  'systems.segment_exists': '同じ名前のネットワーク区分がすでにあります。',
  'systems.same_system': '接続元と接続先が同じシステムです。',
};

export const en: Record<string, string> = {
  ...recordEventLabels('systems.', kinds, 'en'),
  'event.systems.change_logged': 'System change recorded',
  'event.systems.change_log_updated': 'System change record corrected',
  'event.systems.change_log_deleted': 'System change record deleted',
  'event.systems.maintenance_logged': 'Maintenance recorded',
  'event.systems.maintenance_updated': 'Maintenance record changed',
  'event.systems.maintenance_deleted': 'Maintenance record deleted',
  'registers.invalid_reference': 'The “{field}” given is not registered in this organization.',
  'registers.in_use': 'Another register ({table}) refers to this record, so it cannot be deleted.',
  'systems.segment_exists': 'A network segment with this name already exists.',
  'systems.same_system': 'A connection needs two different systems.',
};
