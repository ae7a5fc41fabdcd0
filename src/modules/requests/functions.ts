import type { FunctionDef } from '../module.ts';

/** Kinds of request the policy texts ask permission for (ObligationTopic) plus a few registers of their own. */
export const TOPICS: Record<string, { ja: string; en: string }> = {
  take_out: { ja: '持出し', en: 'take-out' },
  bring_in: { ja: '持込み', en: 'bring-in' },
  transport: { ja: '運搬', en: 'transport' },
  external_provision: { ja: '外部提供', en: 'external provision' },
  external_email: { ja: '外部への電子メール送信', en: 'external e-mail' },
  disposal: { ja: '廃棄・リース返却', en: 'disposal / lease return' },
  repair: { ja: '外部修理', en: 'external repair' },
  software_install: { ja: 'ソフトウェア導入', en: 'software install' },
  device_modification: { ja: '機器の改造・増設', en: 'device modification' },
  network_connection: { ja: 'ネットワーク接続', en: 'network connection' },
  network_notice: { ja: 'ネットワーク接続の報告', en: 'network connection notice' },
  cabling: { ja: '配線の変更', en: 'cabling change' },
  cloud_use: { ja: 'クラウドサービス利用', en: 'cloud service use' },
  web_service: { ja: 'ウェブメール・オンラインストレージ利用', en: 'web mail / online storage' },
  private_device: { ja: '私物端末の利用', en: 'private device use' },
  security_setting: { ja: 'セキュリティ設定の変更', en: 'security-setting change' },
  system_introduction: { ja: 'システム導入の事前協議', en: 'system introduction consultation' },
  wireless_lan: { ja: '無線LANの利用', en: 'wireless LAN' },
  outsourcing: { ja: '業務委託', en: 'outsourcing' },
  information_viewing: { ja: '情報の閲覧', en: 'information viewing' },
  exception: { ja: '例外措置', en: 'exception' },
  other: { ja: 'その他の許可', en: 'other permission' },
};

/** The approval function of one kind of request, which the organization grants to the roles its policy names. */
export const approveFn = (topic: string) => `requests.approve.${topic}`;

export const SUBMIT = 'requests.submit';
export const MANAGE_TYPES = 'requests.manage_types';
export const READ_ALL = 'requests.read_all';
export const CONFIRM_RETURN = 'requests.confirm_return';

/** Role functions of requests and approvals. */
export const requestFunctions: FunctionDef[] = [
  {
    key: SUBMIT,
    ja: '申請の提出',
    en: 'File requests',
    description: {
      ja: '持出しなどの申請を出します。この機能を役割に割り当てると、その役割の職員だけが申請できます。',
      en: 'Files requests such as take-outs; once given to a role, only that role’s people may file.',
    },
  },
  {
    key: MANAGE_TYPES,
    ja: '申請種別の設定',
    en: 'Set up request types',
    setup: true,
    description: {
      ja: '申請の種類ごとに、入力項目、承認する役割、承認が必要な分類を設定します。',
      en: 'Sets up each kind of request: its form, who approves it and which classes need approval.',
    },
  },
  {
    key: READ_ALL,
    ja: 'すべての申請・記録の閲覧',
    en: 'Read all requests and records',
    description: {
      ja: 'すべての職員の申請と、持出し記録簿などの記録を見ます。',
      en: 'Sees every request and the records such as the take-out log.',
    },
  },
  {
    key: CONFIRM_RETURN,
    ja: '返却後の事後確認',
    en: 'Confirm after a return',
    approves: true,
    description: {
      ja: '持ち出した情報資産が返却された後、その状態を確かめます。',
      en: 'Checks an asset after it has been returned.',
    },
  },
  ...Object.entries(TOPICS).map(([topic, l]) => ({
    key: approveFn(topic),
    ja: `${l.ja}の承認`,
    en: `Approve: ${l.en}`,
    approves: true,
    description: {
      ja: `${l.ja}の申請を承認または却下します。`,
      en: `Approves or rejects ${l.en} requests.`,
    },
  })),
];
