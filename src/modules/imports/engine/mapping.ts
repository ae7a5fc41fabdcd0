/** Matching spreadsheet headings to a register's fields by name and aliases. */
import type { ImportField, Mapping } from './types.ts';

/**
 * A heading reduced to what identifies it: full-width to half-width, no spaces, no notes such as
 * (必須), ※, *, line breaks or the 「」 some sheets put around names; lower case.
 */
export function headingKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s※*＊「」『』【】[\]:：]/g, '')
    .toLowerCase();
}

/** The last part of a two-row heading (管理責任者・氏名 → 氏名) and the whole, as candidates. */
function candidates(heading: string): string[] {
  const parts = heading.split('・');
  return [heading, parts[parts.length - 1], parts[0]].map(headingKey);
}

/**
 * Suggests a column for each field: an exact label or alias match first, then the part of a
 * two-row heading; each column serves one field.
 */
export function suggestMapping(headings: string[], fields: ImportField[]): Mapping {
  const mapping: Mapping = {};
  const used = new Set<number>();
  for (const pass of [0, 1, 2]) {
    for (const f of fields) {
      if (mapping[f.key]) continue;
      const names = new Set([f.ja, f.en, ...(f.aliases ?? [])].map(headingKey));
      const col = headings.findIndex((h, i) => !used.has(i) && h !== '' && names.has(candidates(h)[pass]));
      if (col >= 0) {
        mapping[f.key] = col + 1;
        used.add(col);
      }
    }
  }
  return mapping;
}

/** A remembered mapping (field → heading text) applied to this file's headings; unknown headings drop out. */
export function applyRemembered(headings: string[], remembered: Record<string, string>): Mapping {
  const mapping: Mapping = {};
  for (const [field, heading] of Object.entries(remembered)) {
    const col = headings.findIndex((h) => headingKey(h) === headingKey(heading));
    if (col >= 0) mapping[field] = col + 1;
  }
  return mapping;
}

/** The mapping to remember: field → the heading text of its column. */
export function rememberable(headings: string[], mapping: Mapping): Record<string, string> {
  return Object.fromEntries(
    Object.entries(mapping)
      .filter(([, col]) => headings[col - 1])
      .map(([field, col]) => [field, headings[col - 1]]),
  );
}
