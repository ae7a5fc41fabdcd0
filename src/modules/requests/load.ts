import type { Kysely } from 'kysely';
import { type Args, prepared } from '../../db/prepared.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { type TypeDefinition, typeDefinition } from './model.ts';

type RequestArgs = Args<{ organizationId: string; id: string }>;
const requestQuery = (db: Kysely<DB>, p: RequestArgs) =>
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
    .where('r.organization_id', '=', p.organizationId);

// Read by every decision, withdrawal and return: built and compiled once.
const requestRead = prepared(requestQuery);
// A decision's read: the request with every decision so far (one row each, or one row with none) and the
// name of who made it, in one statement.
const requestWithDecisions = prepared((db, p: RequestArgs) =>
  requestQuery(db, p)
    .leftJoin('request_decisions as d', (j) =>
      j.onRef('d.request_id', '=', 'r.id').onRef('d.organization_id', '=', 'r.organization_id'),
    )
    .leftJoin('users as du', (j) =>
      j.onRef('du.id', '=', 'd.user_id').onRef('du.organization_id', '=', 'd.organization_id'),
    )
    .select([
      'd.id as decision_id',
      'd.user_id as decision_user_id',
      'd.step as decision_step',
      'd.decision as decision_decision',
      'du.display_name as decision_user_name',
    ]),
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

/** A decision already made on a request, with the name of who made it (null once they left the body). */
export interface EarlierDecision {
  user_id: string;
  step: number;
  decision: string;
  display_name: string | null;
}

/** `loadRequest` with every decision made on the request so far, in one statement (a decision needs both). */
export async function loadRequestWithDecisions(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
): Promise<{ req: LoadedRequest; decisions: EarlierDecision[] }> {
  const rows = await requestWithDecisions.execute(db, { organizationId, id });
  if (!rows.length) throw notFound('request');
  const {
    decision_id: _i,
    decision_user_id: _u,
    decision_step: _s,
    decision_decision: _d,
    decision_user_name: _n,
    ...row
  } = rows[0];
  const decisions: EarlierDecision[] = [];
  for (const r of rows)
    if (r.decision_id != null && r.decision_user_id != null && r.decision_decision != null)
      decisions.push({
        user_id: r.decision_user_id,
        step: Number(r.decision_step),
        decision: r.decision_decision,
        display_name: r.decision_user_name,
      });
  return {
    req: {
      ...row,
      def: parseDefinition(row.definition),
      values: JSON.parse(row.field_values) as Record<string, string | string[]>,
    },
    decisions,
  };
}

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
  const row = await rowInOrg(db, 'request_types', organizationId, { id });
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
