import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { type TypeDefinition, typeDefinition } from './model.ts';

/** A request of the organization with its frozen definition; another organization's id answers 404. */
export async function loadRequest(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await db
    .selectFrom('requests')
    .selectAll()
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (!row) throw notFound('request');
  return {
    ...row,
    def: parseDefinition(row.definition),
    values: JSON.parse(row.field_values) as Record<string, string | string[]>,
  };
}

export type LoadedRequest = Awaited<ReturnType<typeof loadRequest>>;

/** Parses stored definition JSON (validated when written). */
export function parseDefinition(json: string): TypeDefinition {
  return typeDefinition.parse(JSON.parse(json));
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
