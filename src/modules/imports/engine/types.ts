/** What an import reads: the fields a register declares and the table a file gives. */

export type ImportKind = 'text' | 'code' | 'int' | 'date' | 'bool' | 'enum' | 'ref' | 'refs' | 'list';

/** One field a register accepts from a spreadsheet column. */
export interface ImportField {
  /** The API key the value is stored under (camelCase). */
  key: string;
  ja: string;
  en: string;
  kind: ImportKind;
  required?: boolean;
  /** Other headings offices use for this column (管理番号 for 資産番号, 課名 for 所管課). */
  aliases?: string[];
  /** For enum: each stored value with the words a sheet may hold for it. */
  options?: { value: string; labels: string[] }[];
  /** For ref/refs: which kind of record the text names (resolved by the register's lookups). */
  ref?: string;
  /** Longest text accepted. */
  max?: number;
}

/** A register's import: its fields, and an optional context the user picks (the training session). */
export interface ImportSpec {
  key: string;
  ja: string;
  en: string;
  fields: ImportField[];
}

/** The rows of a sheet or CSV ready for mapping: headings and data rows with their spreadsheet numbers. */
export interface ImportTable {
  /** 1-based row of the headings (the last one when headings take two rows). */
  headingRow: number;
  /** Heading text per column (index 0 = column A). */
  headings: string[];
  /** Non-blank data rows below the headings, each with its row number as the spreadsheet shows it. */
  rows: { row: number; cells: string[] }[];
}

/** Field key → 1-based column number. */
export type Mapping = Record<string, number>;

/** A problem with one cell (or one row when `column` is 0), named as Excel shows it. */
export interface RowError {
  row: number;
  /** 1-based column, 0 when the problem is the row as a whole. */
  column: number;
  field: string;
  code: string;
  params: Record<string, string | number>;
}

/** Resolves the text of a reference cell (a unit's name, a person's name or staff number). */
export type Resolver = (text: string) => { id: string } | { error: 'not_found' | 'ambiguous' };
