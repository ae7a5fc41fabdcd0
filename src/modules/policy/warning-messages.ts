/**
 * Texts of what the engine tells the reviewer about a document it read (`Issue`, `PolicyWarning`): a
 * key with `{name}` parameters, in Japanese and English. The analysis keeps the Japanese words for the
 * command-line tools; the API says them in the reader's language.
 */
export const warningJa: Record<string, string> = {
  'policy.warning.toc_missing':
    '目次の「{entry}」に当たる見出しが本文にありません（目次は本文として扱いません）。',
  'policy.warning.toc_mismatch':
    '目次では「{entry}」ですが、本文（{line}行目）では「{heading}」です（目次は本文として扱いません）。',
  'policy.warning.unnumbered_text':
    '番号付きの条項より前に番号のない行が {count} 行あり、前文として扱いました。',
  'policy.warning.numbering_gap': '{parent}で番号「{missing}」が抜けています（「{before}」の前）。',
  'policy.warning.numbering_gap_top': '文書の最上位で番号「{missing}」が抜けています（「{before}」の前）。',
  'policy.warning.article_gap': '条の番号「{missing}」が抜けています（「{before}」の前）。',
  'policy.warning.duplicate_number':
    '「{path}」が{first}行目と{second}行目の2か所にあります。後のものを「{renamed}」として読みました。',
  'policy.warning.empty_heading': '見出し「{heading}」に本文がありません。',
  'policy.warning.glued_heading': '見出し「{heading}」が前の文の末尾に付いていたため、前の文から除きました。',
  'policy.warning.role_not_appointed':
    '「{role}」は役割として行動していますが、置く・充てる・指名する規定が見当たりません。',
  'policy.warning.role_typo': '「{written}」は「{role}」の誤記とみなしました。',
  'policy.warning.role_undefined': '「{written}」は本文で定義されていない役割です。',
  'policy.warning.classification_levels_missing':
    '分類の観点（{axes}）はありますが、区分（レベル）が定義されていません。',
  'policy.warning.classification_external':
    '情報資産の分類は{source}によるもので、この文書には定義がありません。',
  'policy.warning.correction_unmatched_clause':
    '前の版で訂正した条項「{path}」は、本文が変わったため適用していません。確認してください。',
  'policy.warning.correction_unmatched_parent':
    '前の版で訂正した条項「{path}」の親は、本文が変わったため適用していません。確認してください。',
  'policy.warning.correction_unmatched_role':
    '前の版で訂正した役割「{role}」は、本文が変わったため適用していません。確認してください。',
  'policy.warning.correction_unmatched_actor':
    '前の版で訂正した「{sentence}…」の行為者は、本文が変わったため適用していません。確認してください。',
  'policy.warning.correction_unmatched_level':
    '前の版で訂正した分類「{level}」は、本文が変わったため適用していません。確認してください。',
  'policy.warning.correction_unmatched_axis':
    '前の版で名前を訂正した分類の観点「{axis}」は、本文が変わったため適用していません。確認してください。',
};

export const warningEn: Record<string, string> = {
  'policy.warning.toc_missing':
    'The table of contents lists “{entry}”, but no heading in the text matches it (the table of contents is not read as text).',
  'policy.warning.toc_mismatch':
    'The table of contents says “{entry}”, but the text (line {line}) says “{heading}” (the table of contents is not read as text).',
  'policy.warning.unnumbered_text':
    '{count} unnumbered lines stand before the first numbered clause; they were read as the preamble.',
  'policy.warning.numbering_gap': 'Under {parent}, number “{missing}” is missing (before “{before}”).',
  'policy.warning.numbering_gap_top':
    'At the top of the document, number “{missing}” is missing (before “{before}”).',
  'policy.warning.article_gap': 'Article number “{missing}” is missing (before “{before}”).',
  'policy.warning.duplicate_number':
    '“{path}” stands twice, on lines {first} and {second}; the later one was read as “{renamed}”.',
  'policy.warning.empty_heading': 'The heading “{heading}” has no text.',
  'policy.warning.glued_heading':
    'The heading “{heading}” was stuck to the end of the sentence before it and was taken out of that sentence.',
  'policy.warning.role_not_appointed':
    '“{role}” acts as a role, but no clause establishes, assigns or designates it.',
  'policy.warning.role_typo': '“{written}” was read as a misspelling of “{role}”.',
  'policy.warning.role_undefined': '“{written}” is a role the text does not define.',
  'policy.warning.classification_levels_missing':
    'The classification names its aspects ({axes}) but defines no levels.',
  'policy.warning.classification_external':
    'Information assets are classified by {source}; this document does not define the classification.',
  'policy.warning.correction_unmatched_clause':
    'The correction of clause “{path}” made on the previous version was not applied because its text changed. Please check it.',
  'policy.warning.correction_unmatched_parent':
    'The correction of the parent of clause “{path}” made on the previous version was not applied because its text changed. Please check it.',
  'policy.warning.correction_unmatched_role':
    'The correction of role “{role}” made on the previous version was not applied because the text changed. Please check it.',
  'policy.warning.correction_unmatched_actor':
    'The correction of who acts in “{sentence}…” made on the previous version was not applied because the text changed. Please check it.',
  'policy.warning.correction_unmatched_level':
    'The correction of classification level “{level}” made on the previous version was not applied because the text changed. Please check it.',
  'policy.warning.correction_unmatched_axis':
    'The renaming of classification axis “{axis}” made on the previous version was not applied because the text changed. Please check it.',
};

/** A warning's words in one language (Japanese unless told). */
export function warningText(
  key: string,
  params: Record<string, string | number> = {},
  lang: 'ja' | 'en' = 'ja',
): string {
  const text = (lang === 'en' ? warningEn : warningJa)[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A warning in the reader's language (those stored before warnings had keys keep their Japanese words). */
export function warningIn(
  lang: 'ja' | 'en',
  w: { code: string; key?: string; params?: Record<string, string | number>; message: string; path?: string },
): { code: string; message: string; path?: string } {
  const message = w.key ? warningText(w.key, w.params, lang) : w.message;
  return { code: w.code, message, ...(w.path !== undefined ? { path: w.path } : {}) };
}
