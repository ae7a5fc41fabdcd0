/** What an edit changes on a row: the columns to set, and each change under the input's field name. */

/** A field of an edit: its name in the input, the row's column, and the value to store (undefined: not given). */
export type EditField<R> = readonly [key: string, column: keyof R & string, value: unknown];

/** A change of one field, as audit rows list it. */
export type Changes = Record<string, { before: unknown; after: unknown }>;

/**
 * The columns of `row` that `fields` change (a field not given, or given its current value, changes nothing),
 * and the changes by field name with their values before and after.
 */
export function changedColumns<R>(row: R, fields: readonly EditField<R>[]) {
  const set: Record<string, unknown> = {};
  const changes: Changes = {};
  for (const [key, column, value] of fields) {
    if (value === undefined || value === row[column]) continue;
    set[column] = value;
    changes[key] = { before: row[column], after: value };
  }
  return { set, changes, changed: Object.keys(set).length > 0 };
}
