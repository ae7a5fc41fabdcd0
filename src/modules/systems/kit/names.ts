/**
 * The names of the records a register's references point at, added to its API rows beside the ids
 * (`segmentId` → `segmentName`): what every register's list shows instead of an id.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Row = Record<string, unknown>;

/** For each reference key: the key its name is added as, the table it names, the column holding the name. */
export type NameRefs = Record<string, readonly [as: string, table: keyof DB & string, column?: string]>;

// biome-ignore lint/suspicious/noExplicitAny: the tables are named by the registers' data, see kit/list.ts
const loose = (db: Kysely<DB>) => db as unknown as Kysely<any>;

/** Adds to each row the name of the record each reference names (null when it names none). */
export async function addNames(db: Kysely<DB>, org: string, rows: Row[], refs: NameRefs): Promise<Row[]> {
  const sources = [...new Set(Object.values(refs).map(([, table, column = 'name']) => `${table}.${column}`))];
  const maps = new Map(
    await Promise.all(
      sources.map(async (source) => {
        const [table, column] = source.split('.');
        const found = await loose(db)
          .selectFrom(table)
          .select(['id', column])
          .where('organization_id', '=', org)
          .execute();
        return [source, new Map(found.map((r) => [r.id as string, r[column] as string]))] as const;
      }),
    ),
  );
  return rows.map((r) => {
    const out = { ...r };
    for (const [key, [as, table, column = 'name']] of Object.entries(refs))
      out[as] = maps.get(`${table}.${column}`)?.get(r[key] as string) ?? null;
    return out;
  });
}

/** A register's `decorate` that only adds the names of what its references point at. */
export function withNames(refs: NameRefs) {
  return (db: Kysely<DB>, org: string, rows: Row[]): Promise<Row[]> => addNames(db, org, rows, refs);
}
