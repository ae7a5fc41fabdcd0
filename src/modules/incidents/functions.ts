import type { FunctionDef } from '../module.ts';

/**
 * Role functions of incident handling. `incidents.report` is listed for completeness, but reporting
 * needs no function: every signed-in person who finds an incident must be able to report it.
 */
export const incidentFunctions: FunctionDef[] = [
  {
    key: 'incidents.report',
    ja: 'インシデントの報告',
    en: 'Report incidents',
    description: {
      ja: '情報の漏えいや機器の紛失などに気づいたときに報告します（だれでも報告できます）。',
      en: 'Reports a leak, a lost device or another incident when noticed (anyone may report).',
    },
  },
  {
    key: 'incidents.receive',
    ja: 'インシデント報告の受付（最初の報告先）',
    en: 'Receive incident reports (first responder)',
    description: {
      ja: 'インシデントの報告を最初に受け付け、対応を始めます。',
      en: 'Receives incident reports first and starts the response.',
    },
  },
  {
    key: 'incidents.escalate_to',
    ja: 'インシデントの上位報告先',
    en: 'Receive escalated incident reports',
    description: {
      ja: '重大なインシデントについて、上位の報告先として報告を受けます。',
      en: 'Receives serious incidents as the next level of the reporting chain.',
    },
  },
  {
    key: 'incidents.head_notice',
    ja: '団体の長としてインシデントの通知を受ける',
    en: 'Receive incident notices as head of the body',
    description: {
      ja: '団体の長として、重大なインシデントの知らせを受けます。',
      en: 'Is told of serious incidents as the head of the body.',
    },
  },
  {
    key: 'incidents.handle',
    ja: 'インシデントの対応',
    en: 'Handle incidents',
    description: {
      ja: 'インシデントの原因を調べ、被害を抑えるために行ったことを記録します。',
      en: 'Investigates incidents and records what is done to contain them.',
    },
  },
  {
    key: 'incidents.close',
    ja: 'インシデントの終結',
    en: 'Close incidents',
    description: {
      ja: '対応が終わったインシデントを終結させます。',
      en: 'Closes incidents once the response is finished.',
    },
  },
  {
    key: 'incidents.read_all',
    ja: '全インシデントの閲覧・統計',
    en: 'Read all incidents and statistics',
    description: {
      ja: 'すべての課のインシデントと、件数などの統計を見ます。',
      en: 'Sees the incidents of every unit and their statistics.',
    },
  },
  {
    key: 'failures.manage',
    ja: '障害記録・ログ点検の管理',
    en: 'Manage failure records and log reviews',
    description: {
      ja: 'システム障害の記録と、アクセスログの定期的な点検を管理します。',
      en: 'Keeps the records of system failures and the periodic log reviews.',
    },
  },
  {
    key: 'violations.manage',
    ja: '違反の受付と措置',
    en: 'Receive violations and decide measures',
    description: {
      ja: 'ポリシー違反の報告を受け、とるべき措置を決めて記録します。',
      en: 'Receives reports of policy violations and decides and records the measures.',
    },
  },
  {
    key: 'compliance.receive',
    ja: '遵守状況の確認結果の報告を受ける',
    en: 'Receive compliance check findings',
    description: {
      ja: 'ポリシーが守られているかを確かめた結果の報告を受けます。',
      en: 'Receives the findings of compliance checks.',
    },
  },
  {
    key: 'compliance.check',
    ja: '遵守状況の確認',
    en: 'Check compliance',
    description: {
      ja: '各課でポリシーが守られているかを確かめ、結果を記録します。',
      en: 'Checks whether units follow the policy and records the findings.',
    },
  },
  {
    key: 'emergency_plan.manage',
    ja: '緊急時対応計画・報告経路の管理',
    en: 'Manage the emergency response plan and the reporting chain',
    // The reporting chain is part of setting a body up: its first administrator sets it.
    setup: true,
    description: {
      ja: '緊急時の対応計画と、だれからだれへ報告するかの経路を定めます。',
      en: 'Keeps the emergency response plan and who reports to whom.',
    },
  },
];
