import { defineTexts } from '../../i18n/define.ts';

/** What closing a self-assessment asks first. */
export const closeTexts = defineTexts(
  {
    confirm: '回答の受付を締め切りますか。',
    missing:
      '{total} 件の回答のうち {missing} 件がまだ回答されていません。締め切ると、これらは未回答のまま集計されます。',
    allIn: '{total} 件すべて回答されています。',
  },
  {
    confirm: 'Close the answers?',
    missing: '{missing} of {total} answers are still missing. Once closed, they are compiled as unanswered.',
    allIn: 'All {total} answers are in.',
  },
);
