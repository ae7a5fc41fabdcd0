import { defineTexts } from '../../i18n/define.ts';

/** How a prohibition (「〜していないか」) is answered: kept or not, rather than done or not. */
export const prohibitionTexts = defineTexts(
  {
    answers: {
      done: '守っている',
      partial: '一部守っていない',
      not_done: '守っていない',
      na: '該当なし',
    } as Record<string, string>,
  },
  {
    answers: { done: 'Kept', partial: 'Partly not kept', not_done: 'Not kept', na: 'Not applicable' },
  },
);

/** True when the question asks whether something forbidden is avoided (「〜していないか」「〜してはならない」). */
export function isProhibition(question: string): boolean {
  const q = question.trim().replace(/[。？?]+$/, '');
  return /ないか$/.test(q) || /てはならない|禁止/.test(q);
}
