import type { FunctionDef } from '../module.ts';

/**
 * Role functions of incident handling. `incidents.report` is listed for completeness, but reporting
 * needs no function: every signed-in person who finds an incident must be able to report it.
 */
export const incidentFunctions: FunctionDef[] = [
  { key: 'incidents.report', ja: 'インシデントの報告', en: 'Report incidents' },
  {
    key: 'incidents.receive',
    ja: 'インシデント報告の受付（最初の報告先）',
    en: 'Receive incident reports (first responder)',
  },
  { key: 'incidents.escalate_to', ja: 'インシデントの上位報告先', en: 'Receive escalated incident reports' },
  {
    key: 'incidents.head_notice',
    ja: '団体の長としてインシデントの通知を受ける',
    en: 'Receive incident notices as head of the body',
  },
  { key: 'incidents.handle', ja: 'インシデントの対応', en: 'Handle incidents' },
  { key: 'incidents.close', ja: 'インシデントの終結', en: 'Close incidents' },
  { key: 'incidents.read_all', ja: '全インシデントの閲覧・統計', en: 'Read all incidents and statistics' },
  { key: 'failures.manage', ja: '障害記録・ログ点検の管理', en: 'Manage failure records and log reviews' },
  { key: 'violations.manage', ja: '違反の受付と措置', en: 'Receive violations and decide measures' },
  {
    key: 'compliance.receive',
    ja: '遵守状況の確認結果の報告を受ける',
    en: 'Receive compliance check findings',
  },
  { key: 'compliance.check', ja: '遵守状況の確認', en: 'Check compliance' },
  {
    key: 'emergency_plan.manage',
    ja: '緊急時対応計画・報告経路の管理',
    en: 'Manage the emergency response plan and the reporting chain',
  },
];
