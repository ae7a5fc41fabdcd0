/**
 * The words of a Japanese policy that the analysis keeps as they are written (stored in analyses as
 * such) and that the modules outside the engine read: the kinds of dates and of documents.
 */

/** The kinds of a date printed on a policy (stored in analyses in these words). */
export const DATE_WORDS = { enacted: '制定', effective: '施行', amended: '改正', made: '作成' } as const;
export type DateKind = (typeof DATE_WORDS)[keyof typeof DATE_WORDS];

/** A title naming the document as procedures (実施手順). */
export const PROCEDURES_TITLE = /実施手順/;

/** The kind of document a policy's title names (stored in analyses in these words). */
export type PolicyKind = '基本方針' | '対策基準';

/**
 * The Japanese word of each kind of document (`document-kinds.ts`): what the engine reads in a policy's
 * title, what an importer may send, and how the kind was stored before it became a code.
 */
export const DOCUMENT_KIND_WORDS: [
  word: PolicyKind | '実施手順',
  kind: 'basic_policy' | 'standards' | 'procedures',
][] = [
  ['基本方針', 'basic_policy'],
  ['対策基準', 'standards'],
  ['実施手順', 'procedures'],
];
