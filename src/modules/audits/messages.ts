/** Texts of the audits module. */
export const ja: Record<string, string> = {
  'audits.not_independent':
    '監査人は自らが所属する課（または役割を持つ課）を監査できません。監査の対象外の課の職員を選んでください。',
  'audits.special_needs_order': '特別監査には命じた者を指定してください。',
  'audits.open_findings': '未完了の指摘事項が残っています。',
  'audits.finding_closed': 'この指摘事項は完了しています。',
  'audits.not_your_unit': '自課の指摘事項にのみ回答できます。',
  'audits.plan_closed': 'この監査は完了しています。',
  'event.audits.plan_created': '監査計画の作成',
  'event.audits.auditor_added': '監査人の追加',
  'event.audits.started': '監査の開始',
  'event.audits.finding_added': '指摘事項の登録',
  'event.audits.finding_responded': '指摘事項への回答',
  'event.audits.finding_followed_up': '指摘事項のフォローアップ',
  'event.audits.reported': '監査報告書の作成',
  'event.audits.plan_closed': '監査の完了',
  'notice.audits.auditor_appointed.title': '監査人に指名されました: {audit}',
  'notice.audits.auditor_appointed.body': '監査の計画を確認し、指摘事項を記録してください。',
  'notice.audits.finding.title': '監査の指摘事項: {finding}',
  'notice.audits.finding.body': '{detail}',
};

export const en: Record<string, string> = {
  'audits.not_independent':
    'An auditor may not audit their own unit (or a unit where they hold a role): choose someone from outside the audited units.',
  'audits.special_needs_order': 'Name who ordered the special audit.',
  'audits.open_findings': 'Some findings are still open.',
  'audits.finding_closed': 'The finding is closed.',
  'audits.not_your_unit': 'You may answer only findings about your unit.',
  'audits.plan_closed': 'The audit is closed.',
  'event.audits.plan_created': 'Audit plan created',
  'event.audits.auditor_added': 'Auditor added',
  'event.audits.started': 'Audit started',
  'event.audits.finding_added': 'Audit finding added',
  'event.audits.finding_responded': 'Audit finding answered',
  'event.audits.finding_followed_up': 'Audit finding followed up',
  'event.audits.reported': 'Audit report issued',
  'event.audits.plan_closed': 'Audit closed',
  'notice.audits.auditor_appointed.title': 'You are appointed auditor: {audit}',
  'notice.audits.auditor_appointed.body': 'Read the audit plan and record the findings.',
  'notice.audits.finding.title': 'Audit finding: {finding}',
  'notice.audits.finding.body': '{detail}',
};
