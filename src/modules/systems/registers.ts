/** The systems module's registers, described once for lists, CSV, writes and audit. */

import { rowInOrg } from '../../db/rows-in-org.ts';
import { badInput, conflict } from '../../http/errors.ts';
import { SYSTEMS_READ, SYSTEMS_WRITE } from './functions.ts';
import { field, registerEvents } from './kit/fields.ts';
import type { RegisterDef } from './kit/routes.ts';
import { decorateConnections, decorateEquipment, decorateSegmentName, decorateSystems } from './queries.ts';
import {
  changeBody,
  connectionBody,
  equipmentBody,
  lineBody,
  maintenanceBody,
  segmentBody,
  systemBody,
} from './schema.ts';

const f = field;
const common = { readFns: SYSTEMS_READ, writeFns: SYSTEMS_WRITE, tag: 'systems' };

export const segmentRegister: RegisterDef = {
  ...common,
  path: '/api/systems/segments',
  table: 'network_segments',
  target: 'network_segment',
  csvName: 'network-segments',
  book: { ja: 'ネットワーク区分一覧', en: 'Network segments' },
  nameKey: 'name',
  create: segmentBody,
  events: registerEvents('systems.segment_'),
  fields: [
    f('name', 'name', 'text', '区分名', 'Segment', {
      search: true,
      sort: true,
      aliases: ['ネットワーク区分', '区分', 'セグメント'],
    }),
    f('isolated', 'isolated', 'bool', '他区分と通信不可', 'Isolated', { filter: true }),
    f('noExport', 'no_export', 'bool', '端末からの持出し不可', 'No export from terminals', { filter: true }),
    f('mfaRequired', 'mfa_required', 'bool', '多要素認証必須', 'MFA required', { filter: true }),
    f('internetFacing', 'internet_facing', 'bool', 'インターネット接続', 'Internet-facing', { filter: true }),
    f('monitored', 'monitored', 'bool', '監視強化', 'Strengthened monitoring', { filter: true }),
    f('sanitizedOnly', 'sanitized_only', 'bool', '無害化通信のみ', 'Sanitized transfer only', {
      filter: true,
    }),
    f('dedicatedTerminals', 'dedicated_terminals', 'bool', '専用端末', 'Dedicated terminals', {
      filter: true,
    }),
    f('clausePath', 'clause_path', 'text', '根拠条項', 'Clause'),
    f('notes', 'notes', 'text', '備考', 'Notes', { search: true }),
  ],
  dependents: [
    { table: 'information_systems', column: 'segment_id' },
    { table: 'equipment', column: 'segment_id' },
    { table: 'external_lines', column: 'segment_id' },
  ],
  async check(trx, org, values, id) {
    const same = await rowInOrg(trx, 'network_segments', org, { name: String(values.name) }, ['id']);
    if (same && same.id !== id) throw conflict('systems.segment_exists');
  },
};

export const systemRegister: RegisterDef = {
  ...common,
  path: '/api/systems/systems',
  table: 'information_systems',
  target: 'information_system',
  csvName: 'information-systems',
  book: { ja: '情報システム台帳', en: 'Information systems' },
  nameKey: 'name',
  create: systemBody,
  events: registerEvents('systems.system_'),
  fields: [
    f('name', 'name', 'text', 'システム名', 'System', {
      search: true,
      sort: true,
      aliases: ['情報システム名', 'システム', '名称'],
    }),
    f('segmentId', 'segment_id', 'ref', 'ネットワーク区分', 'Segment', {
      filter: true,
      refTable: 'network_segments',
    }),
    f('ownerUnitId', 'owner_unit_id', 'ref', '所管課', 'Owner unit', {
      filter: true,
      refTable: 'units',
      aliases: ['担当課', '所属', '課名', '所管部署'],
    }),
    f('administratorUserId', 'administrator_user_id', 'ref', 'システム管理者', 'Administrator', {
      filter: true,
      refTable: 'users',
      aliases: ['管理者', '担当者', 'システム管理者氏名'],
    }),
    f('mfa', 'mfa', 'bool', '多要素認証', 'Multi-factor sign-in', { filter: true }),
    f('dedicatedTerminals', 'dedicated_terminals', 'bool', '専用端末', 'Dedicated terminals', {
      filter: true,
    }),
    f('description', 'description', 'text', '概要', 'Description', {
      search: true,
      aliases: ['説明', '用途', '業務内容'],
    }),
  ],
  dependents: [
    { table: 'system_connections', column: 'from_system_id' },
    { table: 'system_connections', column: 'to_system_id' },
    { table: 'system_changes', column: 'system_id' },
    { table: 'equipment', column: 'system_id' },
  ],
  decorate: decorateSystems,
};

export const connectionRegister: RegisterDef = {
  ...common,
  path: '/api/systems/connections',
  table: 'system_connections',
  target: 'system_connection',
  csvName: 'system-connections',
  book: { ja: 'システム間接続一覧', en: 'System connections' },
  nameKey: 'kind',
  create: connectionBody,
  events: registerEvents('systems.connection_'),
  fields: [
    f('fromSystemId', 'from_system_id', 'ref', '接続元', 'From', {
      filter: true,
      refTable: 'information_systems',
    }),
    f('toSystemId', 'to_system_id', 'ref', '接続先', 'To', { filter: true, refTable: 'information_systems' }),
    f('kind', 'kind', 'text', '方式', 'Kind', {
      filter: true,
      sort: true,
      options: [
        { value: 'normal', labels: ['通常', '通常接続'] },
        { value: 'sanitized', labels: ['無害化', '無害化通信'] },
        { value: 'screen_transfer', labels: ['画面転送'] },
        { value: 'file_transfer', labels: ['ファイル転送'] },
      ],
    }),
    f('purpose', 'purpose', 'text', '目的', 'Purpose', { search: true }),
  ],
  async check(_trx, _org, values) {
    if (values.fromSystemId === values.toSystemId) {
      throw badInput('systems.same_system', {}, [{ field: 'toSystemId', code: 'systems.same_system' }]);
    }
  },
  decorate: decorateConnections,
};

export const changeRegister: RegisterDef = {
  ...common,
  path: '/api/systems/changes',
  table: 'system_changes',
  target: 'system_change',
  csvName: 'system-changes',
  book: { ja: 'システム変更履歴', en: 'System changes' },
  nameKey: 'what',
  create: changeBody,
  events: {
    created: 'systems.change_logged',
    updated: 'systems.change_log_updated',
    deleted: 'systems.change_log_deleted',
  },
  fields: [
    f('systemId', 'system_id', 'ref', '情報システム', 'System', {
      filter: true,
      refTable: 'information_systems',
    }),
    f('changedOn', 'changed_on', 'date', '変更日', 'Changed on', { sort: true }),
    f('what', 'what', 'text', '変更内容', 'What changed', { search: true }),
    f('why', 'why', 'text', '理由', 'Why', { search: true }),
    f('approvedBy', 'approved_by', 'text', '承認者', 'Approved by', { search: true }),
  ],
};

export const equipmentRegister: RegisterDef = {
  ...common,
  path: '/api/systems/equipment',
  table: 'equipment',
  target: 'equipment',
  csvName: 'equipment',
  book: { ja: '機器台帳', en: 'Equipment' },
  nameKey: 'name',
  create: equipmentBody,
  events: registerEvents('systems.equipment_'),
  fields: [
    f('name', 'name', 'text', '機器名', 'Name', {
      search: true,
      sort: true,
      aliases: ['機器', '名称', 'ホスト名', '品名'],
    }),
    f('kind', 'kind', 'text', '種別', 'Kind', {
      filter: true,
      sort: true,
      options: [
        { value: 'server', labels: ['サーバ', 'サーバー', 'server'] },
        { value: 'network', labels: ['ネットワーク機器', 'ネットワーク', 'ルータ', 'スイッチ'] },
        { value: 'terminal', labels: ['端末', 'パソコン', 'PC', 'クライアント'] },
        { value: 'other', labels: ['その他'] },
      ],
      aliases: ['機器種別', '分類'],
    }),
    f('assetNumber', 'asset_number', 'text', '資産番号', 'Asset number', {
      search: true,
      sort: true,
      importAs: 'code',
      aliases: ['管理番号', '備品番号', '資産管理番号'],
    }),
    f('segmentId', 'segment_id', 'ref', 'ネットワーク区分', 'Segment', {
      filter: true,
      refTable: 'network_segments',
    }),
    f('systemId', 'system_id', 'ref', '情報システム', 'System', {
      filter: true,
      refTable: 'information_systems',
    }),
    f('location', 'location', 'text', '設置場所', 'Location', {
      search: true,
      sort: true,
      aliases: ['場所', '設置先'],
    }),
    f('fixed', 'fixed', 'bool', '固定', 'Fixed', { filter: true }),
    f('lockedRack', 'locked_rack', 'bool', '施錠ラック', 'Locked rack', { filter: true }),
    f('raid', 'raid', 'bool', 'RAID', 'RAID', { filter: true }),
    f('ups', 'ups', 'bool', 'UPS', 'UPS', { filter: true }),
    f('surgeProtection', 'surge_protection', 'bool', '雷サージ対策', 'Surge protection', { filter: true }),
    f(
      'maintenanceIntervalDays',
      'maintenance_interval_days',
      'int',
      '保守間隔(日)',
      'Maintenance interval (days)',
    ),
    f('notes', 'notes', 'text', '備考', 'Notes', { search: true }),
  ],
  dependents: [{ table: 'equipment_maintenance', column: 'equipment_id' }],
  decorate: decorateEquipment,
};

export const maintenanceRegister: RegisterDef = {
  ...common,
  path: '/api/systems/maintenance',
  table: 'equipment_maintenance',
  target: 'equipment_maintenance',
  csvName: 'maintenance-log',
  book: { ja: '保守記録', en: 'Maintenance log' },
  nameKey: 'description',
  create: maintenanceBody,
  events: {
    created: 'systems.maintenance_logged',
    updated: 'systems.maintenance_updated',
    deleted: 'systems.maintenance_deleted',
  },
  fields: [
    f('equipmentId', 'equipment_id', 'ref', '機器', 'Equipment', { filter: true, refTable: 'equipment' }),
    f('performedOn', 'performed_on', 'date', '実施日', 'Performed on', { sort: true }),
    f('performedBy', 'performed_by', 'text', '実施者', 'Performed by', { search: true }),
    f('description', 'description', 'text', '内容', 'Description', { search: true }),
  ],
};

export const lineRegister: RegisterDef = {
  ...common,
  path: '/api/systems/lines',
  table: 'external_lines',
  target: 'external_line',
  csvName: 'external-lines',
  book: { ja: '外部回線台帳', en: 'External lines' },
  nameKey: 'name',
  create: lineBody,
  events: registerEvents('systems.line_'),
  fields: [
    f('name', 'name', 'text', '回線名', 'Line', { search: true, sort: true }),
    f('carrier', 'carrier', 'text', '通信事業者', 'Carrier', { search: true, sort: true }),
    f('purpose', 'purpose', 'text', '用途', 'Purpose', { search: true }),
    f('segmentId', 'segment_id', 'ref', 'ネットワーク区分', 'Segment', {
      filter: true,
      refTable: 'network_segments',
    }),
    f('documents', 'documents', 'text', '保管文書', 'Documents kept', { search: true }),
    f('approvedBy', 'approved_by', 'text', '承認者', 'Approved by', { search: true }),
    f('approvedOn', 'approved_on', 'date', '承認日', 'Approved on', { sort: true }),
    f('notes', 'notes', 'text', '備考', 'Notes', { search: true }),
  ],
  decorate: decorateSegmentName,
};

export const systemsRegisters = [
  segmentRegister,
  systemRegister,
  connectionRegister,
  changeRegister,
  equipmentRegister,
  maintenanceRegister,
  lineRegister,
];
