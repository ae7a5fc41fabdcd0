/** Reads of a register: filter, free-text search, sort and paging, always scoped to one organization. */
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { type FieldDef, rowToApi } from './fields.ts';

/** The list query schema of a register (only its own sort keys and filters are accepted). */
export function listQuerySchema(fields: FieldDef[]) {
  const sortKeys = ['createdAt', 'updatedAt', ...fields.filter((f) => f.sort).map((f) => f.key)] as [
    string,
    ...string[],
  ];
  const shape: Record<string, z.ZodType> = {
    q: z.string().trim().max(200).optional(),
    sort: z.enum(sortKeys).optional(),
    dir: z.enum(['asc', 'desc']).default('asc'),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  };
  for (const f of fields.filter((x) => x.filter)) {
    shape[f.key] =
      f.kind === 'bool' ? z.enum(['true', 'false']).optional() : z.string().trim().max(200).optional();
  }
  return z.strictObject(shape);
}

export type ListQuery = Record<string, unknown> & {
  q?: string;
  sort?: string;
  dir: 'asc' | 'desc';
  limit: number;
  offset: number;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One page of a register plus the total count matching the filters. */
export async function listRegister(
  // biome-ignore lint/suspicious/noExplicitAny: the kit serves many tables; each register's fields describe the columns
  db: Kysely<any>,
  table: string,
  fields: FieldDef[],
  organizationId: string,
  query: ListQuery,
): Promise<{ items: Record<string, unknown>[]; total: number }> {
  const base = () => {
    let qb = db.selectFrom(table).where('organization_id', '=', organizationId);
    for (const f of fields.filter((x) => x.filter)) {
      const v = query[f.key];
      if (v === undefined) continue;
      qb = qb.where(f.column, '=', f.kind === 'bool' ? (v === 'true' ? 1 : 0) : v);
    }
    const q = query.q;
    if (q) {
      const pattern = `%${escapeLike(q.toLowerCase())}%`;
      const cols = fields.filter((f) => f.search);
      qb = qb.where((eb) =>
        eb.or(cols.map((f) => sql<boolean>`lower(${sql.ref(f.column)}) like ${pattern} escape '\\'`)),
      );
    }
    return qb;
  };
  const countRow = await base()
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  const sortField = fields.find((f) => f.key === query.sort);
  const sortCol = query.sort === 'updatedAt' ? 'updated_at' : sortField ? sortField.column : 'created_at';
  const rows = await base()
    .selectAll()
    .orderBy(sortCol, query.dir)
    .orderBy('id', 'asc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { items: rows.map((r) => rowToApi(fields, r)), total: Number(countRow?.n ?? 0) };
}

/** One record of the organization, or undefined (another organization's record looks absent). */
export async function findRecord(
  // biome-ignore lint/suspicious/noExplicitAny: dynamic table, see listRegister
  db: Kysely<any>,
  table: string,
  organizationId: string,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  return db
    .selectFrom(table)
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}
