import type { FunctionDef } from '../module.ts';

/** Role functions of self-assessment and vendor reviews; each organization maps them onto its roles. */
export const assessmentFunctions: FunctionDef[] = [
  {
    key: 'assessment.manage',
    ja: '自己点検の計画・項目編集・結果の取りまとめと周知・改善策の管理',
    en: 'Plan self-assessments, edit items, compile and publish results, track measures',
    description: {
      ja: '自己点検の時期と項目を決め、結果をまとめて職員に知らせ、改善の進み具合を管理します。',
      en: 'Decides when and what the self-assessment checks, compiles and announces the results, and follows the improvements.',
    },
  },
  {
    key: 'assessment.answer',
    ja: '自己点検の回答（割当て分以外も代理で）',
    en: 'Answer self-assessment items (also on behalf of others)',
    description: {
      ja: '自己点検の質問に答えます。割り当てられていない項目も、担当者に代わって回答できます。',
      en: 'Answers self-assessment questions, also those assigned to someone else, on their behalf.',
    },
  },
  {
    key: 'assessment.default_respondent',
    ja: '回答者が定まらない点検項目の回答',
    en: 'Answer check items whose policy sentence names nobody',
    description: {
      ja: 'ポリシーの文に回答する人が書かれていない点検項目に答えます。',
      en: 'Answers the check items whose policy sentence names nobody to answer them.',
    },
  },
  {
    key: 'vendors.review',
    ja: '委託事業者の定期確認',
    en: 'Review contractors periodically',
    description: {
      ja: '業務を委託している事業者が約束どおりに情報を扱っているか、定期的に確かめます。',
      en: 'Checks periodically that contractors handle information as agreed.',
    },
  },
  {
    key: 'vendors.review_receive',
    ja: '委託事業者の確認結果の報告を受ける',
    en: 'Receive the results of contractor reviews',
    description: {
      ja: '委託事業者を確かめた結果の報告を受け取ります。',
      en: 'Receives the reports of the contractor checks.',
    },
  },
];
