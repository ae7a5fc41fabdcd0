import { approveFn, CONFIRM_RETURN } from './functions.ts';
import type { FieldSpec, TypeInput } from './model.ts';

/**
 * Ready-made request types for what the sample policies ask permission for. The administrator
 * adds one with a click and edits it afterwards; each cites the seed clause it comes from. The
 * levels are seed 001's (重要性I/II): an organization with another scheme edits them.
 */
export interface CatalogueEntry {
  key: string;
  seed: string;
  requirement: string;
  type: TypeInput;
}

const SEED001_HIGH = ['重要性I', '重要性II'];

const f = (
  key: string,
  type: FieldSpec['type'],
  ja: string,
  en: string,
  required = false,
  options?: string[],
): FieldSpec => ({
  key,
  type,
  label: { ja, en },
  required,
  ...(options ? { options } : {}),
});

const asset = (required = true) => f('asset', 'asset', '対象の情報資産', 'Asset', required);
const purpose = f('purpose', 'textarea', '目的・理由', 'Purpose / reason', true);
const one = (topic: string) => [{ function: approveFn(topic), mode: 'any' as const, unitScoped: false }];
const both = (topic: string) => [{ function: approveFn(topic), mode: 'all' as const, unitScoped: true }];

function entry(
  key: string,
  seed: string,
  requirement: string,
  t: Partial<TypeInput> & Pick<TypeInput, 'code' | 'nameJa' | 'nameEn'>,
  def: Partial<TypeInput['definition']> & Pick<TypeInput['definition'], 'chain'>,
): CatalogueEntry {
  return {
    key,
    seed,
    requirement,
    type: {
      topic: null,
      recordKind: null,
      clausePath: null,
      active: true,
      ...t,
      definition: {
        flow: 'approval',
        fields: [],
        levels: [],
        returnTracking: null,
        confirmations: null,
        escalateAfterDays: 3,
        ...def,
      },
    },
  };
}

const takeOutFields = [
  asset(),
  { ...f('take_out_date', 'date', '持出日', 'Date taken out', true), initial: 'today' as const },
  f('return_due', 'date', '返却予定日', 'Return due', true),
  f('destination', 'text', '持出先', 'Destination', true),
  purpose,
];

export const CATALOGUE: CatalogueEntry[] = [
  entry(
    'take_out_001',
    '001',
    'R-E3',
    {
      code: 'take-out',
      nameJa: '情報資産の持出し',
      nameEn: 'Taking an asset out',
      topic: 'take_out',
      recordKind: 'carry',
      clausePath: '第2章/5./(1)/③/(ア)',
    },
    {
      fields: takeOutFields,
      levels: SEED001_HIGH,
      chain: one('take_out'),
      returnTracking: { dueBusinessDays: 0, fromField: 'return_due' },
    },
  ),
  entry(
    'take_out_003',
    '003',
    'R-E3',
    {
      code: 'take-out-confirm',
      nameJa: '情報資産の持出し（事後確認あり）',
      nameEn: 'Taking an asset out (checked afterwards)',
      topic: 'take_out',
      recordKind: 'carry',
      clausePath: '第9/(3)/イ',
    },
    {
      fields: takeOutFields,
      chain: one('take_out'),
      returnTracking: { dueBusinessDays: 0, fromField: 'return_due' },
      confirmations: { count: 2, function: CONFIRM_RETURN },
    },
  ),
  entry(
    'bring_in_001',
    '001',
    'R-E5',
    {
      code: 'bring-in',
      nameJa: '端末・記録媒体の持込み',
      nameEn: 'Bringing a device or medium in',
      topic: 'bring_in',
      recordKind: 'carry',
      clausePath: '第2章/5./(1)/⑤',
    },
    {
      flow: 'notice',
      fields: [
        f('device', 'text', '持ち込む端末・媒体', 'Device or medium', true),
        f('bring_in_date', 'date', '持込日', 'Date', true),
        f('return_due', 'date', '持ち帰り予定日', 'Taken back on'),
        purpose,
      ],
      chain: one('bring_in'),
      returnTracking: { dueBusinessDays: 0, fromField: 'return_due' },
    },
  ),
  entry(
    'transport_001',
    '001',
    'R-B10',
    {
      code: 'transport',
      nameJa: '情報資産の運搬',
      nameEn: 'Transporting an asset',
      topic: 'transport',
      recordKind: 'transport',
      clausePath: '第2章/2./(2)/⑧',
    },
    {
      fields: [
        asset(),
        f('transport_date', 'date', '運搬日', 'Date', true),
        f('destination', 'text', '運搬先', 'Destination', true),
        f('protection', 'select', '保護の方法', 'Protection', true, [
          '施錠できる搬送容器',
          '暗号化',
          'その他',
        ]),
        purpose,
      ],
      levels: SEED001_HIGH,
      chain: one('transport'),
    },
  ),
  entry(
    'external_provision_001',
    '001',
    'R-B11',
    {
      code: 'external-provision',
      nameJa: '情報資産の外部提供',
      nameEn: 'Providing information to outsiders',
      topic: 'external_provision',
      recordKind: 'external_provision',
      clausePath: '第2章/2./(2)/⑨',
    },
    {
      fields: [
        asset(),
        f('recipient', 'text', '提供先', 'Recipient', true),
        f('provide_date', 'date', '提供日', 'Date', true),
        f('safeguards', 'checklist', '講じる措置', 'Safeguards', true, [
          '暗号化またはパスワード設定',
          '提供範囲を必要最小限にした',
        ]),
        purpose,
      ],
      levels: SEED001_HIGH,
      chain: one('external_provision'),
    },
  ),
  entry(
    'external_email_001',
    '001',
    'R-B9',
    {
      code: 'external-email',
      nameJa: '重要情報の外部への電子メール送信',
      nameEn: 'E-mailing classified information outside',
      topic: 'external_email',
      recordKind: 'external_email',
      clausePath: '第2章/2./(2)/⑦',
    },
    {
      fields: [
        asset(),
        f('to_address', 'text', '送信先', 'Recipient address', true),
        f('send_date', 'date', '送信日', 'Date', true),
        f('safeguards', 'checklist', '講じる措置', 'Safeguards', true, [
          '添付ファイルを暗号化した',
          'パスワードは別の経路で伝える',
        ]),
        purpose,
      ],
      levels: SEED001_HIGH,
      chain: one('external_email'),
    },
  ),
  entry(
    'disposal_001',
    '001',
    'R-B12',
    {
      code: 'disposal',
      nameJa: '廃棄・リース返却',
      nameEn: 'Disposal / lease return',
      topic: 'disposal',
      recordKind: 'disposal',
      clausePath: '第2章/2./(2)/⑩',
    },
    {
      fields: [
        asset(),
        f('disposal_date', 'date', '処理日', 'Date', true),
        f('handler', 'text', '担当者', 'Person in charge', true),
        f('method', 'select', '処理内容', 'Method', true, [
          '物理的破壊',
          '消去ソフトによる消去',
          '委託先による消去',
          'リース返却（消去後）',
        ]),
        f('contractor', 'text', '委託先', 'Contractor'),
        f('certificate', 'text', '消去証明書（番号・保管場所）', 'Erasure certificate'),
      ],
      chain: one('disposal'),
    },
  ),
  entry(
    'repair_001',
    '001',
    'R-D5',
    {
      code: 'repair',
      nameJa: '機器の外部修理',
      nameEn: 'External repair of a device',
      topic: 'repair',
      recordKind: 'repair',
      clausePath: '第2章/4./(1)/⑤/(イ)',
    },
    {
      fields: [
        asset(),
        f('vendor', 'text', '修理業者', 'Repairer', true),
        f('erased', 'select', '記録内容の消去', 'Storage erased', true, [
          '消去済み',
          '消去せず（守秘義務契約あり）',
        ]),
        f('contract_ref', 'text', '守秘義務契約（契約番号等）', 'Confidentiality contract'),
        f('repair_date', 'date', '引渡日', 'Handed over on', true),
      ],
      chain: one('repair'),
    },
  ),
  entry(
    'private_device_001',
    '001',
    'R-E4',
    {
      code: 'private-device',
      nameJa: '支給以外の端末の業務利用',
      nameEn: 'Using a device not issued by the body',
      topic: 'private_device',
      recordKind: 'private_device',
      clausePath: '第2章/5./(1)/④',
    },
    {
      fields: [
        f('device', 'text', '端末', 'Device', true),
        f('period_until', 'date', '利用期限', 'Use until', true),
        f('checks', 'checklist', '確認事項', 'Checklist', true, [
          'ウイルス対策ソフトを導入し最新にしている',
          'ソフトウェアのライセンスを確認した',
          'パスワード等で利用者を認証する',
        ]),
        purpose,
      ],
      chain: one('private_device'),
    },
  ),
  entry(
    'security_setting_001',
    '001',
    'R-E6',
    {
      code: 'security-setting',
      nameJa: 'セキュリティ設定の変更',
      nameEn: 'Changing a security setting',
      topic: 'security_setting',
      recordKind: 'security_setting',
      clausePath: '第2章/5./(1)/⑥',
    },
    {
      fields: [
        asset(false),
        f('setting', 'text', '変更する設定', 'Setting', true),
        f('change_date', 'date', '変更日', 'Date', true),
        purpose,
      ],
      chain: one('security_setting'),
    },
  ),
  entry(
    'software_install_001',
    '001',
    'R-F9',
    {
      code: 'software-install',
      nameJa: 'ソフトウェアの導入',
      nameEn: 'Installing software',
      topic: 'software_install',
      recordKind: 'software',
      clausePath: '第2章/6./(1)/⑩',
    },
    {
      fields: [
        asset(false),
        f('software', 'text', 'ソフトウェア名・版', 'Software and version', true),
        f('licence', 'text', 'ライセンス', 'Licence', true),
        purpose,
      ],
      chain: both('software_install'),
    },
  ),
  entry(
    'device_modification_001',
    '001',
    'R-F10',
    {
      code: 'device-modification',
      nameJa: '機器の改造・増設',
      nameEn: 'Modifying or extending a device',
      topic: 'device_modification',
      recordKind: 'device_modification',
      clausePath: '第2章/6./(1)/⑪',
    },
    {
      fields: [asset(false), f('change', 'textarea', '改造・増設の内容', 'Change', true), purpose],
      chain: both('device_modification'),
    },
  ),
  entry(
    'network_connection_001',
    '001',
    'R-F11',
    {
      code: 'network-connection',
      nameJa: '機器のネットワーク接続',
      nameEn: 'Connecting a device to the network',
      topic: 'network_connection',
      recordKind: 'network_connection',
      clausePath: '第2章/6./(1)/⑫',
    },
    {
      fields: [
        f('device', 'text', '接続する機器', 'Device', true),
        f('network', 'text', '接続先ネットワーク', 'Network', true),
        f('connect_date', 'date', '接続日', 'Date', true),
        purpose,
      ],
      chain: one('network_connection'),
    },
  ),
  entry(
    'cloud_use_001',
    '001',
    'R-H5',
    {
      code: 'cloud-use',
      nameJa: 'クラウドサービスの利用',
      nameEn: 'Using a cloud service',
      topic: 'cloud_use',
      recordKind: 'cloud',
      clausePath: '第2章/8./(2)',
    },
    {
      fields: [
        f('service', 'text', 'サービス名', 'Service', true),
        f('provider', 'text', '事業者', 'Provider', true),
        f('info_class', 'text', '扱う情報の分類', 'Class of information handled', true),
        f('evaluation', 'checklist', '信頼性の評価', 'Reliability evaluation', true, [
          'ISMAP 等の認証・監査報告を確認した',
          'データの保存場所と準拠法を確認した',
          '契約終了時のデータ返却・消去を確認した',
        ]),
        f('evaluation_note', 'textarea', '評価の所見', 'Evaluation notes', true),
        purpose,
      ],
      chain: one('cloud_use'),
    },
  ),
  entry(
    'system_introduction_003',
    '003',
    'R-F23',
    {
      code: 'system-consultation',
      nameJa: 'システム導入の事前協議',
      nameEn: 'Consultation before introducing a system',
      topic: 'system_introduction',
      recordKind: 'system_consultation',
      clausePath: '第9/(1)/ア',
    },
    {
      flow: 'consultation',
      fields: [
        f('system', 'text', 'システム名', 'System', true),
        f('planned_date', 'date', '導入予定日', 'Planned for', true),
        f('network', 'text', '接続するネットワーク', 'Network'),
        purpose,
      ],
      chain: one('system_introduction'),
    },
  ),
  entry(
    'cabling_001',
    '001',
    'R-D3',
    {
      code: 'cabling',
      nameJa: '配線の変更',
      nameEn: 'Changing cabling',
      topic: 'cabling',
      recordKind: 'cabling',
      clausePath: '第2章/4./(1)/④',
    },
    {
      fields: [
        f('place', 'text', '場所', 'Place', true),
        f('work', 'textarea', '作業内容', 'Work', true),
        f('work_date', 'date', '作業日', 'Date', true),
        f('worker', 'text', '作業者（業者）', 'Worker (contractor)', true),
      ],
      chain: one('cabling'),
    },
  ),
  entry(
    'network_notice_003',
    '003',
    'R-A9',
    {
      code: 'network-notice',
      nameJa: 'ネットワーク接続の報告（推進員）',
      nameEn: 'Network connection notice (推進員)',
      topic: 'network_notice',
      recordKind: 'network_notice',
      clausePath: '第7',
    },
    {
      flow: 'notice',
      fields: [
        f('device', 'text', '接続した機器', 'Device', true),
        f('place', 'text', '設置場所', 'Place', true),
        f('connect_date', 'date', '接続日', 'Date', true),
      ],
      chain: one('network_notice'),
    },
  ),
  entry(
    'web_service_001',
    '001',
    'seed 001 6.(1)⑧(カ)',
    {
      code: 'web-service',
      nameJa: 'ウェブメール・オンラインストレージの利用',
      nameEn: 'Using web mail / online storage',
      topic: 'web_service',
      recordKind: 'web_service',
      clausePath: '第2章/6./(1)/⑧/(カ)',
    },
    {
      fields: [
        f('service', 'text', 'サービス名', 'Service', true),
        f('period_until', 'date', '利用期限', 'Use until'),
        purpose,
      ],
      chain: one('web_service'),
    },
  ),
  entry(
    'exception',
    'guideline',
    '例外措置',
    {
      code: 'exception',
      nameJa: '例外措置',
      nameEn: 'Exception to a clause',
      topic: 'exception',
      recordKind: 'exception',
    },
    {
      fields: [
        f('target_clause', 'text', '対象の規定', 'Clause', true),
        f('period_until', 'date', '期限', 'Until', true),
        f('measures', 'textarea', '代替の措置', 'Compensating measures', true),
        purpose,
      ],
      chain: one('exception'),
    },
  ),
];

/** A catalogue entry by key. */
export function catalogueEntry(key: string): CatalogueEntry | undefined {
  return CATALOGUE.find((e) => e.key === key);
}
