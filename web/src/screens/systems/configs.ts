/** Register configs of the systems screen (fields mirror src/modules/systems/schema.ts). */
import type { RegisterConfig } from './registerTypes.ts';

const seg = { kind: 'ref' as const, refUrl: '/api/systems/segments', refLabel: 'name' };
const sys = { kind: 'ref' as const, refUrl: '/api/systems/systems', refLabel: 'name' };
const fn = 'systems.manage';

export const segments: RegisterConfig = {
  url: '/api/systems/segments',
  ja: 'ネットワーク区分',
  en: 'Network segments',
  fn,
  fields: [
    { key: 'name', ja: '区分名', en: 'Segment', kind: 'text', required: true, column: true },
    { key: 'isolated', ja: '他区分と通信不可', en: 'Isolated', kind: 'bool', column: true },
    { key: 'noExport', ja: '端末からの持出し不可', en: 'No export', kind: 'bool', column: true },
    { key: 'mfaRequired', ja: '多要素認証必須', en: 'MFA required', kind: 'bool', column: true },
    { key: 'internetFacing', ja: 'インターネット接続', en: 'Internet-facing', kind: 'bool', column: true },
    { key: 'monitored', ja: '監視強化済み', en: 'Monitored', kind: 'bool', column: true },
    { key: 'sanitizedOnly', ja: '無害化通信のみ', en: 'Sanitized only', kind: 'bool', column: true },
    { key: 'dedicatedTerminals', ja: '専用端末', en: 'Dedicated terminals', kind: 'bool', column: true },
    { key: 'clausePath', ja: '根拠条項', en: 'Clause', kind: 'text', column: true },
  ],
};

export const systems: RegisterConfig = {
  url: '/api/systems/systems',
  ja: '情報システム',
  en: 'Information systems',
  fn,
  fields: [
    { key: 'name', ja: 'システム名', en: 'System', kind: 'text', required: true, column: true },
    { key: 'segmentId', ja: 'ネットワーク区分', en: 'Segment', ...seg, column: true, display: 'segmentName' },
    {
      key: 'ownerUnitId',
      ja: '所管課',
      en: 'Owner unit',
      kind: 'unit',
      column: true,
      display: 'ownerUnitName',
    },
    { key: 'mfa', ja: '多要素認証', en: 'Multi-factor sign-in', kind: 'bool', column: true },
    { key: 'dedicatedTerminals', ja: '専用端末', en: 'Dedicated terminals', kind: 'bool', column: true },
    { key: 'description', ja: '概要', en: 'Description', kind: 'textarea' },
  ],
};

export const connections: RegisterConfig = {
  url: '/api/systems/connections',
  ja: 'システム間接続',
  en: 'Connections',
  fn,
  fields: [
    {
      key: 'fromSystemId',
      ja: '接続元',
      en: 'From',
      ...sys,
      required: true,
      column: true,
      display: 'fromSystemName',
    },
    {
      key: 'toSystemId',
      ja: '接続先',
      en: 'To',
      ...sys,
      required: true,
      column: true,
      display: 'toSystemName',
    },
    {
      key: 'kind',
      ja: '方式',
      en: 'Kind',
      kind: 'select',
      required: true,
      column: true,
      options: {
        normal: ['通常通信', 'Normal'],
        sanitized: ['無害化通信', 'Sanitized (無害化)'],
        screen_transfer: ['画面転送', 'Screen transfer'],
        file_transfer: ['ファイル転送', 'File transfer'],
      },
    },
    { key: 'purpose', ja: '目的', en: 'Purpose', kind: 'text', column: true },
  ],
};

export const equipment: RegisterConfig = {
  url: '/api/systems/equipment',
  ja: '機器',
  en: 'Equipment',
  fn,
  fields: [
    { key: 'name', ja: '機器名', en: 'Name', kind: 'text', required: true, column: true },
    {
      key: 'kind',
      ja: '種別',
      en: 'Kind',
      kind: 'select',
      required: true,
      column: true,
      options: {
        server: ['サーバ', 'Server'],
        network: ['ネットワーク機器', 'Network'],
        terminal: ['端末', 'Terminal'],
        other: ['その他', 'Other'],
      },
    },
    { key: 'assetNumber', ja: '資産番号', en: 'Asset number', kind: 'text' },
    { key: 'segmentId', ja: 'ネットワーク区分', en: 'Segment', ...seg, column: true, display: 'segmentName' },
    { key: 'systemId', ja: '情報システム', en: 'System', ...sys },
    { key: 'location', ja: '設置場所', en: 'Location', kind: 'text', column: true },
    { key: 'fixed', ja: '固定', en: 'Fixed', kind: 'bool', column: true },
    { key: 'lockedRack', ja: '施錠ラック', en: 'Locked rack', kind: 'bool', column: true },
    { key: 'raid', ja: 'RAID', en: 'RAID', kind: 'bool', column: true },
    { key: 'ups', ja: 'UPS', en: 'UPS', kind: 'bool', column: true },
    { key: 'surgeProtection', ja: '雷サージ対策', en: 'Surge protection', kind: 'bool', column: true },
    { key: 'maintenanceIntervalDays', ja: '保守間隔(日)', en: 'Maintenance every (days)', kind: 'int' },
    { key: 'nextDueOn', ja: '次回保守期限', en: 'Next maintenance due', kind: 'date', column: true },
  ],
};

export const maintenance: RegisterConfig = {
  url: '/api/systems/maintenance',
  ja: '保守記録',
  en: 'Maintenance log',
  fn,
  fields: [
    {
      key: 'equipmentId',
      ja: '機器',
      en: 'Equipment',
      kind: 'ref',
      refUrl: '/api/systems/equipment',
      refLabel: 'name',
      required: true,
    },
    { key: 'performedOn', ja: '実施日', en: 'Performed on', kind: 'date', required: true, column: true },
    { key: 'performedBy', ja: '実施者', en: 'Performed by', kind: 'text', column: true },
    { key: 'description', ja: '内容', en: 'Description', kind: 'text', required: true, column: true },
  ],
};

export const lines: RegisterConfig = {
  url: '/api/systems/lines',
  ja: '外部接続回線',
  en: 'External lines',
  fn,
  fields: [
    { key: 'name', ja: '回線名', en: 'Line', kind: 'text', required: true, column: true },
    { key: 'carrier', ja: '通信事業者', en: 'Carrier', kind: 'text', column: true },
    { key: 'purpose', ja: '用途', en: 'Purpose', kind: 'text', column: true },
    { key: 'segmentId', ja: 'ネットワーク区分', en: 'Segment', ...seg, column: true, display: 'segmentName' },
    { key: 'documents', ja: '保管文書', en: 'Documents kept', kind: 'text', column: true },
    { key: 'approvedBy', ja: '承認者', en: 'Approved by', kind: 'text', column: true },
    { key: 'approvedOn', ja: '承認日', en: 'Approved on', kind: 'date', column: true },
  ],
};
