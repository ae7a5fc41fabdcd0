/**
 * Kinds of law in the register, stored as codes and said in the reader's language. The Japanese word of
 * each is what a sheet or a law's number holds (昭和25年法律第261号), and how the kind was stored before
 * it became a code.
 */
export const lawKinds = ['act', 'cabinet_order', 'ordinance', 'rule', 'other'] as const;
export type LawKind = (typeof lawKinds)[number];

/** Each kind with the words that name it in Japanese files (the first is its own word) and its English name. */
export const lawKindOptions: { value: LawKind; labels: string[]; en: string }[] = [
  { value: 'act', labels: ['法律'], en: 'Act' },
  { value: 'cabinet_order', labels: ['政令'], en: 'Cabinet order' },
  { value: 'ordinance', labels: ['条例'], en: 'Ordinance' },
  { value: 'rule', labels: ['規則'], en: 'Rule' },
  { value: 'other', labels: ['その他'], en: 'Other' },
];

/** The kind a Japanese word names (法律 → act); a word of no kind is `other`. */
export function lawKindOf(word: string): LawKind {
  return lawKindOptions.find((o) => o.labels.includes(word))?.value ?? 'other';
}
