import type { FunctionDef } from '../module.ts';

/** Role functions of self-assessment and vendor reviews; each organization maps them onto its roles. */
export const assessmentFunctions: FunctionDef[] = [
  {
    key: 'assessment.manage',
    ja: '自己点検の計画・項目編集・結果の取りまとめと周知・改善策の管理',
    en: 'Plan self-assessments, edit items, compile and publish results, track measures',
  },
  {
    key: 'assessment.answer',
    ja: '自己点検の回答（割当て分以外も代理で）',
    en: 'Answer self-assessment items (also on behalf of others)',
  },
  {
    key: 'assessment.default_respondent',
    ja: '回答者が定まらない点検項目の回答',
    en: 'Answer check items whose policy sentence names nobody',
  },
  { key: 'vendors.review', ja: '委託事業者の定期確認', en: 'Review contractors periodically' },
  {
    key: 'vendors.review_receive',
    ja: '委託事業者の確認結果の報告を受ける',
    en: 'Receive the results of contractor reviews',
  },
];
