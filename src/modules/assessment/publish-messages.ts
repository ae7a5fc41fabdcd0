/** Texts of the notice that sends a self-assessment's results and measures to all staff. */

export const ja: Record<string, string> = {
  'assessment.publish.title': '自己点検結果（{title}）',
  'assessment.publish.overall': '実施率（全体）: {rate}',
  'assessment.publish.by_unit': '■ 所属別',
  'assessment.publish.unit': '・{label}: {rate}（回答 {answered}/{total}）',
  'assessment.publish.by_area': '■ 分野別',
  'assessment.publish.area': '・{label}: {rate}',
  'assessment.publish.measures': '■ 改善策',
  'assessment.publish.measure': '・{title}（期限 {due}）',
  'assessment.publish.no_measures': '・なし',
};

export const en: Record<string, string> = {
  'assessment.publish.title': 'Self-assessment results ({title})',
  'assessment.publish.overall': 'Done overall: {rate}',
  'assessment.publish.by_unit': '■ By unit',
  'assessment.publish.unit': '- {label}: {rate} (answered {answered}/{total})',
  'assessment.publish.by_area': '■ By area',
  'assessment.publish.area': '- {label}: {rate}',
  'assessment.publish.measures': '■ Improvement measures',
  'assessment.publish.measure': '- {title} (due {due})',
  'assessment.publish.no_measures': '- None',
};
