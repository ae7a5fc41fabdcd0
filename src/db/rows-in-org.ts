/**
 * Reads of one organization's rows by equal columns: the select most services and queries start with
 * (`selectFrom(t).select(c).where(col, '=', v).where('organization_id', '=', org)`), written once.
 */
import type { Kysely, Selectable } from 'kysely';
import type { DB } from './schema.ts';

/** Tables whose rows belong to one organization (with or without an id of their own). */
export type OrgScopedTable = {
  [K in keyof DB]: DB[K] extends { organization_id: string } ? K : never;
}[keyof DB];

/** A column of `T`. */
export type ColumnOf<T extends OrgScopedTable> = keyof Selectable<DB[T]> & string;

/** Columns of `T` and the value each must equal. */
export type EqualTo<T extends OrgScopedTable> = { [K in ColumnOf<T>]?: Selectable<DB[T]>[K] };

/** The given columns of a row of `T` (all of them when `C` is left to its default). */
export type RowOf<T extends OrgScopedTable, C extends ColumnOf<T>> = Pick<Selectable<DB[T]>, C>;

/** An order: a column, ascending, or a column and its direction. */
export type OrderOf<T extends OrgScopedTable> = ColumnOf<T> | readonly [ColumnOf<T>, 'asc' | 'desc'];

// biome-ignore lint/suspicious/noExplicitAny: the table is a union of tenant tables; each has organization_id
type Loose = Kysely<any>;

/** The select of `columns` (every column for `'*'`) from `table` in the organization where `where` holds. */
function selectWhere<T extends OrgScopedTable>(
  db: Kysely<DB>,
  table: T,
  organizationId: string,
  where: EqualTo<T>,
  columns: readonly string[] | '*',
) {
  const from = (db as unknown as Loose).selectFrom(table as string);
  let q = columns === '*' ? from.selectAll() : from.select(columns as string[]);
  for (const [column, value] of Object.entries(where)) q = q.where(column, '=', value);
  return q.where('organization_id', '=', organizationId);
}

/** The first row of `table` in the organization where every column of `where` equals its value, or undefined. */
export async function rowInOrg<T extends OrgScopedTable, C extends ColumnOf<T> = ColumnOf<T>>(
  db: Kysely<DB>,
  table: T,
  organizationId: string,
  where: EqualTo<T>,
  columns: readonly C[] | '*' = '*',
): Promise<RowOf<T, C> | undefined> {
  return (await selectWhere(db, table, organizationId, where, columns).executeTakeFirst()) as
    | RowOf<T, C>
    | undefined;
}

/** As `rowInOrg`, but a missing row throws Kysely's `NoResultError` (a row the caller knows is there). */
export async function rowInOrgOrThrow<T extends OrgScopedTable, C extends ColumnOf<T> = ColumnOf<T>>(
  db: Kysely<DB>,
  table: T,
  organizationId: string,
  where: EqualTo<T>,
  columns: readonly C[] | '*' = '*',
): Promise<RowOf<T, C>> {
  return (await selectWhere(db, table, organizationId, where, columns).executeTakeFirstOrThrow()) as RowOf<
    T,
    C
  >;
}

/** Every row of `table` in the organization where every column of `where` equals its value, in `order`. */
export async function rowsInOrg<T extends OrgScopedTable, C extends ColumnOf<T> = ColumnOf<T>>(
  db: Kysely<DB>,
  table: T,
  organizationId: string,
  where: EqualTo<T>,
  columns: readonly C[] | '*' = '*',
  order: readonly OrderOf<T>[] = [],
): Promise<RowOf<T, C>[]> {
  let q = selectWhere(db, table, organizationId, where, columns);
  for (const o of order) q = typeof o === 'string' ? q.orderBy(o) : q.orderBy(o[0], o[1]);
  return (await q.execute()) as RowOf<T, C>[];
}
