import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';

/** The function that lifts the unit limit: holders see the records of the whole body. */
export const SCOPE_ALL = 'org.scope_all';

/** Ids of `rootIds` and every unit below them, in one organization. */
export async function unitAndDescendants(
  db: Kysely<DB>,
  organizationId: string,
  rootIds: string[],
): Promise<string[]> {
  if (rootIds.length === 0) return [];
  const units = await rowsInOrg(db, 'units', organizationId, {}, ['id', 'parent_id']);
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (!u.parent_id) continue;
    children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u.id]);
  }
  const known = new Set(units.map((u) => u.id));
  const out = new Set<string>();
  const stack = rootIds.filter((id) => known.has(id));
  while (stack.length) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...out];
}

/**
 * Units whose records the caller may see: null means the whole body (the caller holds
 * `org.scope_all`); otherwise the caller's own unit and every unit below it (empty when the
 * caller belongs to no unit). Other modules filter their lists with it.
 */
export async function visibleUnitIds(
  db: Kysely<DB>,
  auth: Pick<AuthContext, 'organizationId' | 'functions' | 'unitId'>,
): Promise<string[] | null> {
  if (auth.functions.has(SCOPE_ALL)) return null;
  return unitAndDescendants(db, auth.organizationId, auth.unitId ? [auth.unitId] : []);
}
