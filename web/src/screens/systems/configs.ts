/** Register configs of the systems screen (fields mirror src/modules/systems/schema.ts). */
import { asked, choice, clause, refTo, registersOf, required, shown } from './registerFields.ts';

const register = registersOf('systems.manage');
/** The network segment a record stands in (a column showing its name). */
const segment = shown(
  'segmentId',
  'ネットワーク区分',
  'Segment',
  refTo('/api/systems/segments', 'segmentName'),
);
const dedicatedTerminals = shown('dedicatedTerminals', '専用端末', 'Dedicated terminals', 'bool');

export const segments = register('/api/systems/segments', 'ネットワーク区分', 'Network segments', [
  shown('name', '区分名', 'Segment', 'text', required),
  shown('isolated', '他区分と通信不可', 'Isolated', 'bool'),
  shown('noExport', '端末からの持出し不可', 'No export', 'bool'),
  shown('mfaRequired', '多要素認証必須', 'MFA required', 'bool'),
  shown('internetFacing', 'インターネット接続', 'Internet-facing', 'bool'),
  shown('monitored', '監視強化済み', 'Monitored', 'bool'),
  shown('sanitizedOnly', '無害化通信のみ', 'Sanitized only', 'bool'),
  dedicatedTerminals,
  clause,
]);

export const systems = register('/api/systems/systems', '情報システム', 'Information systems', [
  shown('name', 'システム名', 'System', 'text', required),
  segment,
  shown('ownerUnitId', '所管課', 'Owner unit', 'unit', { display: 'ownerUnitName' }),
  shown('mfa', '多要素認証', 'Multi-factor sign-in', 'bool'),
  dedicatedTerminals,
  asked('description', '概要', 'Description', 'textarea'),
]);

const connectionKinds = choice({
  normal: ['通常通信', 'Normal'],
  sanitized: ['無害化通信', 'Sanitized (無害化)'],
  screen_transfer: ['画面転送', 'Screen transfer'],
  file_transfer: ['ファイル転送', 'File transfer'],
});
export const connections = register('/api/systems/connections', 'システム間接続', 'Connections', [
  shown('fromSystemId', '接続元', 'From', refTo('/api/systems/systems', 'fromSystemName'), required),
  shown('toSystemId', '接続先', 'To', refTo('/api/systems/systems', 'toSystemName'), required),
  shown('kind', '方式', 'Kind', connectionKinds, required),
  shown('purpose', '目的', 'Purpose', 'text'),
]);

const equipmentKinds = choice({
  server: ['サーバ', 'Server'],
  network: ['ネットワーク機器', 'Network'],
  terminal: ['端末', 'Terminal'],
  other: ['その他', 'Other'],
});
export const equipment = register('/api/systems/equipment', '機器', 'Equipment', [
  shown('name', '機器名', 'Name', 'text', required),
  shown('kind', '種別', 'Kind', equipmentKinds, required),
  asked('assetNumber', '資産番号', 'Asset number', 'text'),
  segment,
  asked('systemId', '情報システム', 'System', refTo('/api/systems/systems')),
  shown('location', '設置場所', 'Location', 'text'),
  shown('fixed', '固定', 'Fixed', 'bool'),
  shown('lockedRack', '施錠ラック', 'Locked rack', 'bool'),
  shown('raid', 'RAID', 'RAID', 'bool'),
  shown('ups', 'UPS', 'UPS', 'bool'),
  shown('surgeProtection', '雷サージ対策', 'Surge protection', 'bool'),
  asked('maintenanceIntervalDays', '保守間隔(日)', 'Maintenance every (days)', 'int'),
  shown('nextDueOn', '次回保守期限', 'Next maintenance due', 'date'),
]);

export const maintenance = register('/api/systems/maintenance', '保守記録', 'Maintenance log', [
  asked('equipmentId', '機器', 'Equipment', refTo('/api/systems/equipment'), required),
  shown('performedOn', '実施日', 'Performed on', 'date', required),
  shown('performedBy', '実施者', 'Performed by', 'text'),
  shown('description', '内容', 'Description', 'text', required),
]);

export const lines = register('/api/systems/lines', '外部接続回線', 'External lines', [
  shown('name', '回線名', 'Line', 'text', required),
  shown('carrier', '通信事業者', 'Carrier', 'text'),
  shown('purpose', '用途', 'Purpose', 'text'),
  segment,
  shown('documents', '保管文書', 'Documents kept', 'text'),
  shown('approvedBy', '承認者', 'Approved by', 'text'),
  shown('approvedOn', '承認日', 'Approved on', 'date'),
]);
