import type { Kysely } from 'kysely';
import { type Args, prepared } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { type TypeDefinition, typeDefinition } from './model.ts';

// Read by every decision, withdrawal and return: built and compiled once.
const requestRead = prepared((db, p: Args<{ organizationId: string; id: string }>) =>
  db
    .selectFrom('requests as r')
    .leftJoin('request_types as t', 't.id', 'r.type_id')
    // The requester while an active member (their address too): a decision's notice goes to them.
    .leftJoin('users as ru', (j) =>
      j
        .onRef('ru.id', '=', 'r.requester_id')
        .onRef('ru.organization_id', '=', 'r.organization_id')
        .on('ru.status', '=', 'active'),
    )
    // What a register entry prints of the requester and their unit (read here, not again when granting).
    .leftJoin('users as rn', (j) =>
      j.onRef('rn.id', '=', 'r.requester_id').onRef('rn.organization_id', '=', 'r.organization_id'),
    )
    .leftJoin('units as un', (j) =>
      j.onRef('un.id', '=', 'r.unit_id').onRef('un.organization_id', '=', 'r.organization_id'),
    )
    .selectAll('r')
    .select(['t.name_ja as type_name', 't.name_en as type_name_en', 't.record_kind as type_record_kind'])
    .select(['ru.id as requester_active_id', 'ru.email as requester_email'])
    .select(['rn.display_name as requester_label', 'un.name as unit_name'])
    .where('r.id', '=', p.id)
    .where('r.organization_id', '=', p.organizationId),
);

/**
 * A request of the organization with its frozen definition, its type's name and record kind, its
 * requester's address while they are an active member, the requester's name and their unit's name (read
 * in the same statement: deciding and the register entry need them);
 * another organization's id answers 404.
 */
export async function loadRequest(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await requestRead.first(db, { organizationId, id });
  if (!row) throw notFound('request');
  return {
    ...row,
    def: parseDefinition(row.definition),
    values: JSON.parse(row.field_values) as Record<string, string | string[]>,
  };
}

export type LoadedRequest = Awaited<ReturnType<typeof loadRequest>>;

/** The requester as `notifyPeople` takes them: nobody when they are no longer an active member. */
export function requesterToNotify(req: LoadedRequest): { id: string; email: string | null }[] {
  return req.requester_active_id ? [{ id: req.requester_active_id, email: req.requester_email }] : [];
}

// Requests carry a frozen copy of their type's definition: thousands of rows share a few distinct texts,
// so each text is parsed and validated once (the inbox and the reminder sweep read every pending request).
const parsed = new Map<string, TypeDefinition>();

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/** Parses stored definition JSON (validated when written). The result is shared and frozen. */
export function parseDefinition(json: string): TypeDefinition {
  let def = parsed.get(json);
  if (!def) {
    def = deepFreeze(typeDefinition.parse(JSON.parse(json)));
    if (parsed.size >= 200) parsed.clear();
    parsed.set(json, def);
  }
  return def;
}

/** A type of the organization; another organization's id answers 404. */
export async function loadType(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await db
    .selectFrom('request_types')
    .selectAll()
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (!row) throw notFound('request_type');
  return { ...row, def: parseDefinition(row.definition) };
}

/** "Name (login)" labels of people, for records and decisions that must stay readable after they leave. */
export async function labelsOf(
  db: Kysely<DB>,
  organizationId: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'login_id'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
