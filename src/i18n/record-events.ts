/** The labels of a register's "added", "changed" and "deleted" audit events, one set per kind of record. */
const verbs = {
  created: ['登録', 'added'],
  updated: ['変更', 'changed'],
  deleted: ['削除', 'deleted'],
} as const;

/**
 * `event.<prefix><kind><verb>` for each kind of record and verb, in Japanese (`登録`, `変更`, `削除` after the
 * record's name) or English (`added`, `changed`, `deleted`).
 */
export function recordEventLabels(
  prefix: string,
  kinds: Record<string, readonly [ja: string, en: string]>,
  lang: 'ja' | 'en',
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [kind, [ja, en]] of Object.entries(kinds)) {
    for (const [verb, [vJa, vEn]] of Object.entries(verbs))
      out[`event.${prefix}${kind}${verb}`] = lang === 'ja' ? `${ja}${vJa}` : `${en} ${vEn}`;
  }
  return out;
}
