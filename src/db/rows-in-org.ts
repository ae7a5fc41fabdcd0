/**
 * Reads of rows by equal columns: the select most services and queries start with
 * (`selectFrom(t).select(c).where(col, '=', v).where('organization_id', '=', org)`), written once.
 * `rowInOrg` / `rowInOrgOrThrow` / `rowsInOrg` read one organization's rows (what a tenant read must use);
 * `rowWhere` / `rowWhereOrThrow` / `rowsWhere` read tables that are no organization's (organizations,
 * sessions, a person's own factors) or, in system work, every organization at once.
 */
import type { Kysely, Selectable } from 'kysely';
import type { DB } from './schema.ts';

/** Tables whose rows belong to one organization (with or without an id of their own). */
export type OrgScopedTable = {
  [K in keyof DB]: DB[K] extends { organization_id: string } ? K : never;
}[keyof DB];

/** A table. */
type Table = keyof DB & string;

/** A column of `T`. */
export type ColumnOf<T extends Table> = keyof Selectable<DB[T]> & string;

/** Columns of `T` and the value each must equal. */
export type EqualTo<T extends Table> = { [K in ColumnOf<T>]?: Selectable<DB[T]>[K] };

/** The given columns of a row of `T` (all of them when `C` is left to its default). */
export type RowOf<T extends Table, C extends ColumnOf<T>> = Pick<Selectable<DB[T]>, C>;

/** An order: a column, ascending, or a column and its direction. */
export type OrderOf<T extends Table> = ColumnOf<T> | readonly [ColumnOf<T>, 'asc' | 'desc'];

/** The columns to give: `'*'`, the default, for all. */
type Columns<C extends string> = readonly C[] | '*';

/** What a read of one organization takes: the database, the table, the organization, `where`, the columns. */
type OrgArgs<T extends OrgScopedTable, C extends ColumnOf<T>> = [
  db: Kysely<DB>,
  table: T,
  organizationId: string,
  where: EqualTo<T>,
  columns?: Columns<C>,
];

/** What any other read takes: the database, the table, `where`, the columns. */
type Args<T extends Table, C extends ColumnOf<T>> = [
  db: Kysely<DB>,
  table: T,
  where: EqualTo<T>,
  columns?: Columns<C>,
];

// biome-ignore lint/suspicious/noExplicitAny: the table is a union of tables; the columns are checked by the types above
type Loose = Kysely<any>;

/** The select of `columns` from `table` where every column of `where` equals its value. */
function selectWhere<T extends Table, C extends ColumnOf<T>>(
  ...[db, table, where, columns = '*']: Args<T, C>
) {
  const from = (db as unknown as Loose).selectFrom(table as string);
  let q = columns === '*' ? from.selectAll() : from.select(columns as readonly string[] as string[]);
  for (const [column, value] of Object.entries(where)) q = q.where(column, '=', value);
  return q;
}

/** The first row of `table` where every column of `where` equals its value, or undefined. */
export async function rowWhere<T extends Table, C extends ColumnOf<T> = ColumnOf<T>>(
  ...args: Args<T, C>
): Promise<RowOf<T, C> | undefined> {
  return (await selectWhere(...args).executeTakeFirst()) as RowOf<T, C> | undefined;
}

/** As `rowWhere`, but a missing row throws Kysely's `NoResultError` (a row the caller knows is there). */
export async function rowWhereOrThrow<T extends Table, C extends ColumnOf<T> = ColumnOf<T>>(
  ...args: Args<T, C>
): Promise<RowOf<T, C>> {
  return (await selectWhere(...args).executeTakeFirstOrThrow()) as RowOf<T, C>;
}

/** Every row of `table` where every column of `where` equals its value, in `order`. */
export async function rowsWhere<T extends Table, C extends ColumnOf<T> = ColumnOf<T>>(
  ...[db, table, where, columns, order = []]: [...Args<T, C>, order?: readonly OrderOf<T>[]]
): Promise<RowOf<T, C>[]> {
  return (await ordered(selectWhere<T, C>(db, table, where, columns), order).execute()) as RowOf<T, C>[];
}

/** `where` and the organization: what makes a read one organization's (its condition comes last). */
function inOrg<T extends OrgScopedTable>(where: EqualTo<T>, organizationId: string): EqualTo<T> {
  return { ...where, organization_id: organizationId } as EqualTo<T>;
}

/** The first row of `table` in the organization where every column of `where` equals its value, or undefined. */
export function rowInOrg<T extends OrgScopedTable, C extends ColumnOf<T> = ColumnOf<T>>(
  ...[db, table, organizationId, where, columns]: OrgArgs<T, C>
) {
  return rowWhere<T, C>(db, table, inOrg(where, organizationId), columns);
}

/** As `rowInOrg`, but a missing row, or another organization's, throws Kysely's `NoResultError`. */
export function rowInOrgOrThrow<T extends OrgScopedTable, C extends ColumnOf<T> = ColumnOf<T>>(
  ...[db, table, organizationId, where, columns]: OrgArgs<T, C>
) {
  return rowWhereOrThrow<T, C>(db, table, inOrg(where, organizationId), columns);
}

/** Every row of `table` in the organization where every column of `where` equals its value, in `order`. */
export function rowsInOrg<T extends OrgScopedTable, C extends ColumnOf<T> = ColumnOf<T>>(
  ...[db, table, organizationId, where, columns, order]: [...OrgArgs<T, C>, order?: readonly OrderOf<T>[]]
) {
  return rowsWhere<T, C>(db, table, inOrg(where, organizationId), columns, order);
}

/** `q` sorted by each order in turn. */
function ordered<Q extends ReturnType<typeof selectWhere>>(
  q: Q,
  order: readonly (string | readonly [string, 'asc' | 'desc'])[],
) {
  let out = q;
  for (const o of order) out = (typeof o === 'string' ? out.orderBy(o) : out.orderBy(o[0], o[1])) as Q;
  return out;
}
