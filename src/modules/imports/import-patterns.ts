/** The words of the body's own Japanese ledgers that every import reads in its cells. */

/** Cells read as yes: 有/あり, ○ and check marks, はい, 済/要/該当, and their English. */
export const TRUE_WORDS = new Set([
  '有',
  'あり',
  '○',
  '〇',
  '◯',
  '✓',
  '✔',
  'レ',
  'はい',
  'yes',
  'y',
  'true',
  '1',
  '済',
  '要',
  '該当',
]);
/** Cells read as no: 無/なし, ×, dashes, いいえ, 不要/非該当, and their English. */
export const FALSE_WORDS = new Set([
  '無',
  'なし',
  '×',
  '✕',
  '-',
  '－',
  'いいえ',
  'no',
  'n',
  'false',
  '0',
  '不要',
  '非該当',
]);

/** Counter words after a number (3台, 12件, 5ライセンス), dropped to read the number. */
export const COUNTERS = /(台|件|本|個|日|人|ライセンス|本数)$/;
