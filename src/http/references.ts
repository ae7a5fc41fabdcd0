/**
 * Ids in a request body that name records must name records of the caller's organization: one check,
 * declared per route (`references` in `defineRoute`) and run before the handler, so another
 * organization's id is refused with 400 naming the field instead of being stored as a reference.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError, type FieldError } from './errors.ts';

/** Tables whose rows belong to one organization and have an id. */
export type TenantTable = {
  [K in keyof DB]: DB[K] extends { id: string; organization_id: string } ? K : never;
}[keyof DB];

/** A body field holding ids (a path such as `assetIds` or `members[].userId`) and the table they name. */
export type References = Record<
  string,
  TenantTable | ((body: Record<string, unknown>) => TenantTable | null)
>;

/** The ids at a path of a value, with the field name each is reported under. */
function idsAt(value: unknown, path: string[], at: string): { field: string; id: string }[] {
  if (value === null || value === undefined) return [];
  if (path.length === 0) {
    if (typeof value === 'string') return value ? [{ field: at, id: value }] : [];
    if (Array.isArray(value))
      return value.flatMap((v, i) => (typeof v === 'string' && v ? [{ field: `${at}.${i}`, id: v }] : []));
    return [];
  }
  const [head, ...rest] = path;
  const list = head.endsWith('[]');
  const key = list ? head.slice(0, -2) : head;
  const next = (value as Record<string, unknown>)[key];
  const name = at ? `${at}.${key}` : key;
  if (!list) return idsAt(next, rest, name);
  if (!Array.isArray(next)) return [];
  return next.flatMap((item, i) => idsAt(item, rest, `${name}.${i}`));
}

/**
 * Checks that every id at the declared fields names a record of `organizationId`; throws 400
 * `request.unknown_reference` naming each field that does not (at most 20).
 */
export async function checkReferences(
  db: Kysely<DB>,
  organizationId: string,
  body: unknown,
  references: References,
): Promise<void> {
  if (!body || typeof body !== 'object') return;
  const bad: FieldError[] = [];
  for (const [path, target] of Object.entries(references)) {
    const table = typeof target === 'function' ? target(body as Record<string, unknown>) : target;
    const refs = idsAt(body, path.split('.'), '');
    if (!refs.length) continue;
    if (!table) {
      for (const r of refs) bad.push({ field: r.field, code: 'field.unknown_reference' });
      continue;
    }
    const ids = [...new Set(refs.map((r) => r.id))];
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await db
        .selectFrom(table as 'users')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const r of rows) found.add(r.id);
    }
    for (const r of refs) if (!found.has(r.id)) bad.push({ field: r.field, code: 'field.unknown_reference' });
  }
  if (bad.length) throw new AppError('request.unknown_reference', 400, {}, bad.slice(0, 20));
}
