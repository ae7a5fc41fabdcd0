/** Checks every data row against the fields: values normalized, each problem named by row and column. */
import type { ImportField, ImportTable, Mapping, Resolver, RowError } from './types.ts';
import { readCell } from './values.ts';

/** A row ready to write: its spreadsheet row number and its values by field key. */
export interface PlannedRow {
  row: number;
  values: Record<string, unknown>;
}

/** Missing required fields in the mapping: nothing can be imported until each has a column. */
export function unmappedRequired(fields: ImportField[], mapping: Mapping): ImportField[] {
  return fields.filter((f) => f.required && !mapping[f.key]);
}

/**
 * Reads each row through the mapping. A cell that cannot be read, or an empty required cell, is an
 * error naming the row and column as Excel shows them; rows with errors are left out of `rows`.
 */
export function planRows(
  table: ImportTable,
  fields: ImportField[],
  mapping: Mapping,
  resolvers: Record<string, Resolver>,
): { rows: PlannedRow[]; errors: RowError[] } {
  const rows: PlannedRow[] = [];
  const errors: RowError[] = [];
  for (const { row, cells } of table.rows) {
    const values: Record<string, unknown> = {};
    let bad = false;
    for (const f of fields) {
      const column = mapping[f.key];
      if (!column) continue;
      const read = readCell(f, cells[column - 1] ?? '', f.ref ? resolvers[f.ref] : undefined);
      if ('code' in read) {
        errors.push({ row, column, field: f.key, code: read.code, params: read.params ?? {} });
        bad = true;
      } else if (read.value === null && f.required) {
        errors.push({ row, column, field: f.key, code: 'imports.required', params: {} });
        bad = true;
      } else if (read.value !== null) values[f.key] = read.value;
    }
    if (!bad) rows.push({ row, values });
  }
  return { rows, errors };
}

/** Errors for a value that must be unique: repeated in the file, or already in the register. */
export function duplicates(
  rows: PlannedRow[],
  field: string,
  column: number,
  existing: Set<string>,
): RowError[] {
  const seen = new Map<string, number>();
  const errors: RowError[] = [];
  for (const r of rows) {
    const v = r.values[field];
    if (typeof v !== 'string') continue;
    const first = seen.get(v);
    if (first !== undefined)
      errors.push({
        row: r.row,
        column,
        field,
        code: 'imports.duplicate_in_file',
        params: { value: v, first },
      });
    else if (existing.has(v))
      errors.push({ row: r.row, column, field, code: 'imports.already_registered', params: { value: v } });
    else seen.set(v, r.row);
  }
  return errors;
}
