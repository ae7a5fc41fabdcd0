/**
 * Kinds of law in the register, stored as codes and said in the reader's language. The Japanese word of
 * each (`register.law.kind.<code>` in the messages) is what a sheet or a law's number holds
 * (昭和25年法律第261号), and how the kind was stored before it became a code.
 */
import { optionsOf } from '../systems/index.ts';
import { en, headings, ja } from './messages.ts';

export const lawKinds = ['act', 'cabinet_order', 'ordinance', 'rule', 'other'] as const;
export type LawKind = (typeof lawKinds)[number];

/** Each kind with the words that name it in Japanese files (the first is its own word) and its English name. */
export const lawKindOptions = optionsOf({ ja, en, headings }, 'law.kind', lawKinds) as {
  value: LawKind;
  labels: string[];
  en: string;
}[];

/** The kind a Japanese word names (法律 → act); a word of no kind is `other`. */
export function lawKindOf(word: string): LawKind {
  return lawKindOptions.find((o) => o.labels.includes(word))?.value ?? 'other';
}
