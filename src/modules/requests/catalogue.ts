import { approveFn, CONFIRM_RETURN } from './functions.ts';
import type { FieldSpec, TypeInput } from './model.ts';
import { SEED001_HIGH } from './policy-patterns.ts';

/**
 * Ready-made request types for what the sample policies ask permission for. The administrator
 * adds one with a click and edits it afterwards; each cites the seed clause it comes from. The
 * levels are seed 001's (重要性I/II): an organization with another scheme edits them.
 */
export interface CatalogueEntry {
  key: string;
  seed: string;
  /** The requirement ID (requirements.tsv), or null for a clause no requirement names (`clausePath` says which). */
  requirement: string | null;
  type: TypeInput;
}

/** A word of the guideline's vocabulary in both languages. */
interface Pair {
  ja: string;
  en: string;
}

/**
 * A field of a ready-made form. Its options are the guideline's words in both languages; the body's
 * type stores them in Japanese (the words its people pick from), as the form has always offered them.
 */
const f = (
  key: string,
  type: FieldSpec['type'],
  label: Pair,
  required = false,
  options?: Pair[],
): FieldSpec => ({
  key,
  type,
  label,
  required,
  ...(options ? { options: options.map((o) => o.ja) } : {}),
});

const asset = (required = true) => f('asset', 'asset', { ja: '対象の情報資産', en: 'Asset' }, required);
const purpose = f('purpose', 'textarea', { ja: '目的・理由', en: 'Purpose / reason' }, true);
const one = (topic: string) => [{ function: approveFn(topic), mode: 'any' as const, unitScoped: false }];
const both = (topic: string) => [{ function: approveFn(topic), mode: 'all' as const, unitScoped: true }];

function entry(
  key: string,
  seed: string,
  requirement: string | null,
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
  { ...f('take_out_date', 'date', { ja: '持出日', en: 'Date taken out' }, true), initial: 'today' as const },
  f('return_due', 'date', { ja: '返却予定日', en: 'Return due' }, true),
  f('destination', 'text', { ja: '持出先', en: 'Destination' }, true),
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
        f('device', 'text', { ja: '持ち込む端末・媒体', en: 'Device or medium' }, true),
        f('bring_in_date', 'date', { ja: '持込日', en: 'Date' }, true),
        f('return_due', 'date', { ja: '持ち帰り予定日', en: 'Taken back on' }),
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
        f('transport_date', 'date', { ja: '運搬日', en: 'Date' }, true),
        f('destination', 'text', { ja: '運搬先', en: 'Destination' }, true),
        f('protection', 'select', { ja: '保護の方法', en: 'Protection' }, true, [
          { ja: '施錠できる搬送容器', en: 'Locked transport container' },
          { ja: '暗号化', en: 'Encryption' },
          { ja: 'その他', en: 'Other' },
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
        f('recipient', 'text', { ja: '提供先', en: 'Recipient' }, true),
        f('provide_date', 'date', { ja: '提供日', en: 'Date' }, true),
        f('safeguards', 'checklist', { ja: '講じる措置', en: 'Safeguards' }, true, [
          { ja: '暗号化またはパスワード設定', en: 'Encrypted or password-protected' },
          { ja: '提供範囲を必要最小限にした', en: 'Kept to the minimum needed' },
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
        f('to_address', 'text', { ja: '送信先', en: 'Recipient address' }, true),
        f('send_date', 'date', { ja: '送信日', en: 'Date' }, true),
        f('safeguards', 'checklist', { ja: '講じる措置', en: 'Safeguards' }, true, [
          { ja: '添付ファイルを暗号化した', en: 'Attachments encrypted' },
          { ja: 'パスワードは別の経路で伝える', en: 'Password sent by another route' },
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
        f('disposal_date', 'date', { ja: '処理日', en: 'Date' }, true),
        f('handler', 'text', { ja: '担当者', en: 'Person in charge' }, true),
        f('method', 'select', { ja: '処理内容', en: 'Method' }, true, [
          { ja: '物理的破壊', en: 'Physical destruction' },
          { ja: '消去ソフトによる消去', en: 'Erased with erasure software' },
          { ja: '委託先による消去', en: 'Erased by a contractor' },
          { ja: 'リース返却（消去後）', en: 'Returned to the lessor (after erasure)' },
        ]),
        f('contractor', 'text', { ja: '委託先', en: 'Contractor' }),
        f('certificate', 'text', { ja: '消去証明書（番号・保管場所）', en: 'Erasure certificate' }),
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
        f('vendor', 'text', { ja: '修理業者', en: 'Repairer' }, true),
        f('erased', 'select', { ja: '記録内容の消去', en: 'Storage erased' }, true, [
          { ja: '消去済み', en: 'Erased' },
          { ja: '消去せず（守秘義務契約あり）', en: 'Not erased (under a confidentiality contract)' },
        ]),
        f('contract_ref', 'text', { ja: '守秘義務契約（契約番号等）', en: 'Confidentiality contract' }),
        f('repair_date', 'date', { ja: '引渡日', en: 'Handed over on' }, true),
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
        f('device', 'text', { ja: '端末', en: 'Device' }, true),
        f('period_until', 'date', { ja: '利用期限', en: 'Use until' }, true),
        f('checks', 'checklist', { ja: '確認事項', en: 'Checklist' }, true, [
          { ja: 'ウイルス対策ソフトを導入し最新にしている', en: 'Antivirus installed and up to date' },
          { ja: 'ソフトウェアのライセンスを確認した', en: 'Software licences checked' },
          { ja: 'パスワード等で利用者を認証する', en: 'Users authenticated by password or similar' },
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
        f('setting', 'text', { ja: '変更する設定', en: 'Setting' }, true),
        f('change_date', 'date', { ja: '変更日', en: 'Date' }, true),
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
        f('software', 'text', { ja: 'ソフトウェア名・版', en: 'Software and version' }, true),
        f('licence', 'text', { ja: 'ライセンス', en: 'Licence' }, true),
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
      fields: [
        asset(false),
        f('change', 'textarea', { ja: '改造・増設の内容', en: 'Change' }, true),
        purpose,
      ],
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
        f('device', 'text', { ja: '接続する機器', en: 'Device' }, true),
        f('network', 'text', { ja: '接続先ネットワーク', en: 'Network' }, true),
        f('connect_date', 'date', { ja: '接続日', en: 'Date' }, true),
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
        f('service', 'text', { ja: 'サービス名', en: 'Service' }, true),
        f('provider', 'text', { ja: '事業者', en: 'Provider' }, true),
        f('info_class', 'text', { ja: '扱う情報の分類', en: 'Class of information handled' }, true),
        f('evaluation', 'checklist', { ja: '信頼性の評価', en: 'Reliability evaluation' }, true, [
          {
            ja: 'ISMAP 等の認証・監査報告を確認した',
            en: 'ISMAP or other certification / audit report checked',
          },
          { ja: 'データの保存場所と準拠法を確認した', en: 'Data location and governing law checked' },
          {
            ja: '契約終了時のデータ返却・消去を確認した',
            en: 'Return / erasure of data at contract end checked',
          },
        ]),
        f('evaluation_note', 'textarea', { ja: '評価の所見', en: 'Evaluation notes' }, true),
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
        f('system', 'text', { ja: 'システム名', en: 'System' }, true),
        f('planned_date', 'date', { ja: '導入予定日', en: 'Planned for' }, true),
        f('network', 'text', { ja: '接続するネットワーク', en: 'Network' }),
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
        f('place', 'text', { ja: '場所', en: 'Place' }, true),
        f('work', 'textarea', { ja: '作業内容', en: 'Work' }, true),
        f('work_date', 'date', { ja: '作業日', en: 'Date' }, true),
        f('worker', 'text', { ja: '作業者（業者）', en: 'Worker (contractor)' }, true),
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
      nameEn: 'Network connection notice (security promotion officer)',
      topic: 'network_notice',
      recordKind: 'network_notice',
      clausePath: '第7',
    },
    {
      flow: 'notice',
      fields: [
        f('device', 'text', { ja: '接続した機器', en: 'Device' }, true),
        f('place', 'text', { ja: '設置場所', en: 'Place' }, true),
        f('connect_date', 'date', { ja: '接続日', en: 'Date' }, true),
      ],
      chain: one('network_notice'),
    },
  ),
  entry(
    'web_service_001',
    '001',
    null,
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
        f('service', 'text', { ja: 'サービス名', en: 'Service' }, true),
        f('period_until', 'date', { ja: '利用期限', en: 'Use until' }),
        purpose,
      ],
      chain: one('web_service'),
    },
  ),
  entry(
    'exception',
    'guideline',
    null,
    {
      code: 'exception',
      nameJa: '例外措置',
      nameEn: 'Exception to a clause',
      topic: 'exception',
      recordKind: 'exception',
    },
    {
      fields: [
        f('target_clause', 'text', { ja: '対象の規定', en: 'Clause' }, true),
        f('period_until', 'date', { ja: '期限', en: 'Until' }, true),
        f('measures', 'textarea', { ja: '代替の措置', en: 'Compensating measures' }, true),
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
