/**
 * The ready catalogue of incident types with their steps, citing seed 001 (萩・長門清掃一部事務組合).
 * An organization gets a copy of an entry the first time it is used and may then edit it.
 */
import { type Lang, t } from '../../i18n/index.ts';

export interface StepText {
  ja: string;
  en: string;
}

export interface CatalogueType {
  key: string;
  ja: string;
  en: string;
  clausePath: string | null;
  unauthorizedAccess: boolean;
  planSection: string | null;
  steps: StepText[];
}

export const INCIDENT_CATALOGUE: CatalogueType[] = [
  {
    key: 'malware',
    ja: '不正プログラム（マルウェア）感染・不審メール',
    en: 'Malware infection or suspicious e-mail',
    clausePath: '第2章/6./(4)/②',
    unauthorizedAccess: false,
    planSection: 'response',
    steps: [
      {
        ja: 'LANケーブルを抜く・無線を切るなど、端末をネットワークから切り離す',
        en: 'Disconnect the terminal from the network (unplug the cable, turn off Wi-Fi)',
      },
      {
        ja: '電源は切らずにそのままにする（証拠を残すため）',
        en: 'Keep it powered on as it is (to keep evidence)',
      },
      { ja: '自分で駆除・削除しない', en: 'Do not clean or delete anything yourself' },
      {
        ja: '情報セキュリティ管理者と委員会事務局に直ちに報告する',
        en: 'Report at once to the security manager and the committee secretariat',
      },
    ],
  },
  {
    key: 'misdelivery',
    ja: '電子メールの誤送信',
    en: 'E-mail sent to the wrong recipient',
    clausePath: '第2章/6./(1)/⑧',
    unauthorizedAccess: false,
    planSection: 'response',
    steps: [
      {
        ja: '誤送信先に連絡し、メールの削除を依頼する',
        en: 'Contact the recipients and ask them to delete the mail',
      },
      { ja: '情報セキュリティ責任者に報告する', en: 'Report to the information security officer' },
      {
        ja: '送信した情報の重要性と個人情報の有無を確認する',
        en: 'Check the classification of what was sent and whether personal data is involved',
      },
    ],
  },
  {
    key: 'lost_device',
    ja: '端末・記録媒体の紛失・盗難',
    en: 'Lost or stolen device or medium',
    clausePath: '第2章/5./(3)',
    unauthorizedAccess: false,
    planSection: 'reporting',
    steps: [
      { ja: '最後に確認した場所と日時を書き留める', en: 'Write down where and when it was last seen' },
      { ja: '記録されていた情報と重要性を確認する', en: 'Check what data it held and its classification' },
      { ja: '盗難の場合は警察に届け出る', en: 'Report a theft to the police' },
    ],
  },
  {
    key: 'unauthorized_access',
    ja: '不正アクセス',
    en: 'Unauthorized access',
    clausePath: '第2章/6./(5)',
    unauthorizedAccess: true,
    planSection: 'response',
    steps: [
      { ja: '該当するIDの利用を停止する', en: 'Stop use of the affected IDs' },
      { ja: 'アクセス記録を保全する', en: 'Preserve the access logs' },
      { ja: '警察・関係機関への連絡を検討する', en: 'Consider contacting the police and authorities' },
    ],
  },
  {
    key: 'policy_violation',
    ja: 'ポリシー違反',
    en: 'Policy violation',
    clausePath: '第2章/7./(5)',
    unauthorizedAccess: false,
    planSection: 'prevention',
    steps: [
      { ja: '違反の内容と関係者を記録する', en: 'Record what was violated and who was involved' },
      { ja: 'CISOに報告する', en: 'Report to the CISO' },
    ],
  },
  {
    key: 'attack',
    ja: 'サーバ等への攻撃',
    en: 'Attack on servers',
    clausePath: '第2章/6./(5)',
    unauthorizedAccess: true,
    planSection: 'response',
    steps: [
      { ja: '必要に応じて情報システムを停止する', en: 'Stop the systems if needed' },
      {
        ja: '攻撃の記録を保存する（証拠として添付する）',
        en: 'Keep the records of the attack (attach them as evidence)',
      },
      { ja: '警察・関係機関に連絡する', en: 'Contact the police and the authorities' },
    ],
  },
  {
    key: 'other',
    ja: 'その他',
    en: 'Other',
    clausePath: '第2章/5./(3)',
    unauthorizedAccess: false,
    planSection: 'reporting',
    steps: [
      {
        ja: '発見した状況をそのまま記録し、管理者に報告する',
        en: 'Record what you found as it is and report to the manager',
      },
    ],
  },
];

/** The catalogue entry for a key, if any. */
export function catalogueType(key: string): CatalogueType | undefined {
  return INCIDENT_CATALOGUE.find((t) => t.key === key);
}

/**
 * The three sections seed 001 7.(3)② requires of an emergency response plan, titled in `lang`
 * (`incidents.plan.section.<key>`; in Japanese they are the seed's own words).
 */
export function defaultPlanSections(lang: Lang = 'ja'): { key: string; title: string }[] {
  return ['reporting', 'response', 'prevention'].map((key) => ({
    key,
    title: t(lang, `incidents.plan.section.${key}`),
  }));
}
