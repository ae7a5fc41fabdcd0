/**
 * A register written as data: its columns by API key and kind, their words taken from the module's
 * messages catalogue (`register.<target>` the book, `register.<target>.<key>` a column,
 * `register.<target>.<key>.<value>` a value said in the reader's language) and the headings a body's own
 * Excel sheets use for them from the module's catalogue of recognised headings (same keys).
 */
import type { FieldDef } from './fields.ts';
import type { RegisterDef } from './routes.ts';

/** What a register says about a column beyond its words: kind, list behaviour, references, import. */
export type ColumnSpec = Omit<FieldDef, 'key' | 'column' | 'ja' | 'en' | 'aliases' | 'options'> & {
  /** The codes of a column with fixed values. */
  options?: readonly string[];
};

/** Column kinds the registers share. */
export const col = {
  /** Text searched by `q` and sortable (names, titles, places). */
  name: { kind: 'text', search: true, sort: true },
  /** Text searched by `q` (notes, purposes, who did it). */
  note: { kind: 'text', search: true },
  /** Text only shown (a clause path). */
  text: { kind: 'text' },
  /** A yes/no flag, filterable. */
  flag: { kind: 'bool', filter: true },
  /** A date the list sorts by. */
  date: { kind: 'date', sort: true },
  int: { kind: 'int' },
  /** The id of a row of `refTable` of the same organization, filterable. */
  ref: (refTable: string): ColumnSpec => ({ kind: 'ref', filter: true, refTable }),
  /** One of fixed codes, filterable and sortable; a sheet may say each by the words the catalogue lists. */
  choice: (options: readonly string[]): ColumnSpec => ({ kind: 'text', filter: true, sort: true, options }),
} satisfies Record<string, ColumnSpec | ((arg: never) => ColumnSpec)>;

/** A module's words for its registers: its messages in both languages and its recognised headings. */
export interface RegisterTexts {
  ja: Record<string, string>;
  en: Record<string, string>;
  /** Other headings a sheet may use for a column, or other words a cell may hold for a value. */
  headings: Record<string, readonly string[]>;
}

/** A kit register as its module defines it; the module's manifest gives it its tag and functions (`module.ts`). */
export type KitRegister = Omit<RegisterDef, 'readFns' | 'writeFns' | 'tag'>;

/** A register as written by its module: the kit's definition with columns in place of fields. */
export type RegisterSpec = Omit<KitRegister, 'fields' | 'book' | 'csvName'> & {
  columns: Record<string, ColumnSpec>;
  /** The CSV file's stem; the table's name with hyphens when left out. */
  csvName?: string;
};

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A column's `options`: each code with its own Japanese word (when the catalogue has one) and other words. */
export function optionsOf(
  texts: RegisterTexts,
  base: string,
  values: readonly string[],
): { value: string; labels: string[]; en?: string }[] {
  return values.map((value) => {
    const key = `${base}.${value}`;
    const own = texts.ja[`register.${key}`];
    const labels = [...(own ? [own] : []), ...(texts.headings[key] ?? [])];
    return own ? { value, labels, en: texts.en[`register.${key}`] } : { value, labels };
  });
}

/** The words of `key` in both languages; a register naming a word its catalogue lacks does not load. */
function words(texts: RegisterTexts, key: string): { ja: string; en: string } {
  const ja = texts.ja[`register.${key}`];
  const en = texts.en[`register.${key}`];
  if (ja === undefined || en === undefined) throw new Error(`register text register.${key} is missing`);
  return { ja, en };
}

/** A register of the module whose catalogue `texts` is, its words and headings taken from it. */
export function defineRegister(
  texts: RegisterTexts,
  { columns, csvName, ...spec }: RegisterSpec,
): KitRegister {
  return {
    ...spec,
    csvName: csvName ?? spec.table.replace(/_/g, '-'),
    book: words(texts, spec.target),
    fields: Object.entries(columns).map(([key, { options, ...column }]): FieldDef => {
      const at = `${spec.target}.${key}`;
      const aliases = texts.headings[at];
      return {
        key,
        column: snake(key),
        ...words(texts, at),
        ...column,
        ...(aliases ? { aliases: [...aliases] } : {}),
        ...(options ? { options: optionsOf(texts, at, options) } : {}),
      };
    }),
  };
}
