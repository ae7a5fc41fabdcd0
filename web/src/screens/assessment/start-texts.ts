import { defineTexts } from '../../i18n/define.ts';

/** What the self-assessment screen says to someone who may not start one. */
export const startTexts = defineTexts(
  {
    cannotStart:
      '新しい自己点検を始めるには「自己点検の計画・項目編集・結果の取りまとめと周知・改善策の管理」の権限が必要です。権限は役割ごとに割り当てられます。ポリシーが自己点検を担当させる役割にこの権限がないときは、組織の設定（「組織・役割・利用者の設定」の権限）を担当する方に割当てを依頼してください。',
  },
  {
    cannotStart:
      'Starting a self-assessment needs the “Plan self-assessments, edit items, compile and publish results, track measures” permission. Permissions are given to roles: if the role your policy makes responsible for the self-assessment lacks it, ask whoever sets up the organization (the “Set up organization, roles and users” permission) to give it.',
  },
);
