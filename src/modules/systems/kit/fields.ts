/** How a register describes its columns once, for rows, filters, sorting, CSV and audit diffs. */
import { t } from '../../../i18n/index.ts';
import type { AuditEventName } from '../../audit/index.ts';

export type FieldKind = 'text' | 'bool' | 'int' | 'date' | 'json' | 'ref' | 'refs';

export interface FieldDef {
  /** API name (camelCase). */
  key: string;
  /** Column name (snake_case). */
  column: string;
  kind: FieldKind;
  ja: string;
  en: string;
  /** Included in the free-text `q` search. */
  search?: boolean;
  /** May be filtered by equality (`?segmentId=…`). */
  filter?: boolean;
  sort?: boolean;
  /** For ref/refs: the table whose row of the same organization the id must name. */
  refTable?: string;
  /** Left out of CSV (long JSON that does not read well in a cell). */
  noCsv?: boolean;
  /** Stored when a new record leaves the field out (JSON lists start empty). */
  initial?: unknown;
  /** Import: other headings offices use for this column. */
  aliases?: string[];
  /**
   * Import: for a field with fixed values, each value and the words a sheet may hold for it. With `en`, the
   * CSV says the value by its first word (Japanese) or by `en`, in the reader's language.
   */
  options?: { value: string; labels: string[]; en?: string }[];
  /** Import: read the cell as a code (full-width to half-width), or as a list of words (JSON lists). */
  importAs?: 'code' | 'list';
  /** Import: not read from spreadsheets (checklists the register fills itself). */
  noImport?: boolean;
}

/** Another table whose rows point at this register; a referenced record cannot be deleted. */
export interface Dependent {
  table: string;
  column: string;
}

export interface RegisterEvents {
  created: AuditEventName;
  updated: AuditEventName;
  deleted: AuditEventName;
}

/**
 * A register's events named from one prefix (`vendors.contract_` gives `vendors.contract_created`,
 * `…_updated`, `…_deleted`), the prefix its labels come from (`recordEventLabels`); a prefix whose three
 * events the audit catalogue does not declare does not compile.
 */
export function registerEvents<P extends string>(
  prefix: P & (`${P}created` | `${P}updated` | `${P}deleted` extends AuditEventName ? unknown : never),
): RegisterEvents {
  return {
    created: `${prefix}created` as AuditEventName,
    updated: `${prefix}updated` as AuditEventName,
    deleted: `${prefix}deleted` as AuditEventName,
  };
}

/** Plain JS value of a stored cell. */
export function fromDb(f: FieldDef, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (f.kind === 'bool') return Number(v) === 1;
  if (f.kind === 'int') return Number(v);
  if (f.kind === 'json' || f.kind === 'refs') return JSON.parse(String(v));
  return v;
}

/** Stored cell of a JS value. */
export function toDb(f: FieldDef, v: unknown): unknown {
  // A flag left out means "no": the columns are NOT NULL 0/1.
  if (f.kind === 'bool') return v ? 1 : 0;
  if (v === null || v === undefined) return null;
  if (f.kind === 'json' || f.kind === 'refs') return JSON.stringify(v);
  return v;
}

/** A CSV cell: booleans as ○/×-free words so Excel filters read naturally. */
export function csvCell(f: FieldDef, v: unknown, lang: 'ja' | 'en'): unknown {
  if (v === null || v === undefined) return '';
  if (f.kind === 'bool') return t(lang, v ? 'registers.yes' : 'registers.no');
  if (Array.isArray(v))
    return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(' / ');
  const option = f.options?.find((o) => o.value === v);
  if (option?.en !== undefined) return lang === 'en' ? option.en : option.labels[0];
  return v;
}

/** Turns a row into the API object (camelCase, typed values, id and timestamps). */
export function rowToApi(fields: FieldDef[], row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { id: row.id };
  for (const f of fields) out[f.key] = fromDb(f, row[f.column]);
  out.createdAt = row.created_at;
  out.updatedAt = row.updated_at;
  return out;
}

/** Audit data of a new register record: its name and every value it was created with. */
export interface RecordCreated {
  name: string;
  values: Record<string, unknown>;
}
/** Audit data of a change: each changed field with its value before and after. */
export interface RecordUpdated {
  name: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}
/** Audit data of a deletion: what the record held. */
export interface RecordDeleted {
  name: string;
  values: Record<string, unknown>;
}
