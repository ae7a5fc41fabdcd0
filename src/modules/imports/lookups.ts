/** Resolvers from what a sheet writes (a unit's name, a person's name or staff number) to ids. */
import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { Resolver } from './engine/types.ts';

/** A name as compared: full-width to half-width, no spaces (山口　太郎 = 山口太郎), lower case. */
export const nameKey = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** A resolver over several keys per record; a key shared by two records is ambiguous. */
export function keyedResolver(records: { id: string; keys: (string | null | undefined)[] }[]): Resolver {
  const map = new Map<string, Set<string>>();
  for (const r of records)
    for (const k of r.keys) {
      if (!k) continue;
      const key = nameKey(k);
      if (!map.has(key)) map.set(key, new Set());
      map.get(key)?.add(r.id);
    }
  return (text) => {
    const ids = map.get(nameKey(text));
    if (!ids || ids.size === 0) return { error: 'not_found' };
    if (ids.size > 1) return { error: 'ambiguous' };
    return { id: [...ids][0] };
  };
}

/**
 * People by staff number, login ID or name. A staff number or login ID wins over a name: two people
 * called 山口太郎 are told apart by their numbers.
 */
export async function personResolver(db: Kysely<DB>, org: string): Promise<Resolver> {
  const users = await db
    .selectFrom('users')
    .select(['id', 'login_id', 'display_name', 'staff_no'])
    .where('organization_id', '=', org)
    .where('status', '!=', 'retired')
    .execute();
  const byNumber = keyedResolver(users.map((u) => ({ id: u.id, keys: [u.staff_no, u.login_id] })));
  const byName = keyedResolver(users.map((u) => ({ id: u.id, keys: [u.display_name] })));
  return (text) => {
    const n = byNumber(text);
    return 'id' in n ? n : byName(text);
  };
}

/** Active units by name. */
export async function unitResolver(db: Kysely<DB>, org: string): Promise<Resolver> {
  const units = await rowsInOrg(db, 'units', org, { active: 1 }, ['id', 'name']);
  return keyedResolver(units.map((u) => ({ id: u.id, keys: [u.name] })));
}

/** Records of a register table by the columns that name them (name, asset number, …). */
export async function namedResolver(
  db: Kysely<DB>,
  org: string,
  table: string,
  columns: string[],
): Promise<Resolver> {
  // biome-ignore lint/suspicious/noExplicitAny: register tables are described by their field lists
  const rows = (await (db as unknown as Kysely<any>)
    .selectFrom(table)
    .select(['id', ...columns])
    .where('organization_id', '=', org)
    .execute()) as Record<string, string | null>[];
  return keyedResolver(rows.map((r) => ({ id: String(r.id), keys: columns.map((c) => r[c]) })));
}

/** What names the records of each register table a `ref` field may point at. */
export const NAME_COLUMNS: Record<string, string[]> = {
  network_segments: ['name'],
  information_systems: ['name'],
  equipment: ['name', 'asset_number'],
  vendors: ['name'],
  software: ['product'],
};

/** Resolvers for every table the fields refer to. */
export async function resolversFor(
  db: Kysely<DB>,
  org: string,
  tables: string[],
): Promise<Record<string, Resolver>> {
  const out: Record<string, Resolver> = {};
  for (const table of new Set(tables)) {
    if (table === 'users') out[table] = await personResolver(db, org);
    else if (table === 'units') out[table] = await unitResolver(db, org);
    else out[table] = await namedResolver(db, org, table, NAME_COLUMNS[table] ?? ['name']);
  }
  return out;
}
