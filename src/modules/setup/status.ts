/**
 * How far a body's set-up has come, derived from what exists in the body (nothing stored of its own): the
 * guided set-up continues where it stopped, and the home page lists what is left until the body runs.
 */
import type { Kysely } from 'kysely';
import { rowInOrg, rowsInOrg, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { activeScheme } from '../classification/index.ts';
import { currentAssignments, founderRole, parseOrgSettings } from '../org/index.ts';
import { listProposals } from '../policy/index.ts';

/** The steps of the guided set-up, in order. */
export const STEPS = ['body', 'policy', 'proposals', 'people', 'roles', 'asset', 'handover'] as const;
export type StepKey = (typeof STEPS)[number];

export interface SetupStatus {
  body: { name: string; kind: string | null };
  policy: { documentId: string; versionId: string; inForce: boolean } | null;
  undecided: number;
  scheme: boolean;
  takeOut: boolean;
  people: number;
  units: number;
  /** The roles the body's people must hold; `empty` names those nobody holds yet (the checklist lists them). */
  roles: { total: number; filled: number; empty: { id: string; name: string }[] };
  assets: number;
  handedOver: boolean;
  /** The set-up's own role (`org/founder.ts`), handed over on the last step. */
  founderRoleId: string | null;
  steps: { key: StepKey; done: boolean }[];
  /** The first step not done, or null when the body is running. */
  next: StepKey | null;
}

async function countOf(db: Kysely<DB>, table: 'units' | 'assets', org: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', org)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What exists in the body, step by step (read only). */
export async function setupStatus(db: Kysely<DB>, org: string): Promise<SetupStatus> {
  const body = await rowWhereOrThrow(db, 'organizations', { id: org }, ['name', 'settings']);
  const version = await db
    .selectFrom('policy_versions')
    .select(['id', 'document_id', 'status'])
    .where('organization_id', '=', org)
    .orderBy('imported_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const undecided = version
    ? (await listProposals(db, org, version.id)).filter((p) => !p.decision && !p.alreadyPresent).length
    : 0;
  const scheme = !!(await activeScheme(db, org));
  const roles = await rowsInOrg(db, 'roles', org, {}, ['id', 'name', 'optional']);
  const held = await currentAssignments(db, org).execute();
  const holders = new Map<string, string[]>();
  for (const a of held) holders.set(a.role_id, [...(holders.get(a.role_id) ?? []), a.user_id]);
  const bodyPeople = new Set(
    (await rowsInOrg(db, 'users', org, { status: 'active' }, ['id'])).map((u) => u.id),
  );
  const founder = await founderRole(db, org);
  // Roles the body's people must hold: every role but the founder's and those the policy makes optional.
  const needed = roles.filter((r) => r.id !== founder?.id && !r.optional);
  const isHeld = (r: { id: string }) => (holders.get(r.id) ?? []).some((u) => bodyPeople.has(u));
  const filled = needed.filter(isHeld).length;
  const empty = needed.filter((r) => !isHeld(r)).map((r) => ({ id: r.id, name: r.name }));
  const handedOver = !founder || (holders.get(founder.id) ?? []).some((u) => bodyPeople.has(u));
  const takeOut = !!(await rowInOrg(db, 'request_types', org, { topic: 'take_out', active: 1 }, ['id']));
  const people = bodyPeople.size;
  const assets = await countOf(db, 'assets', org);
  const units = await countOf(db, 'units', org);
  const kind = parseOrgSettings(body.settings).bodyKind ?? null;
  const done: Record<StepKey, boolean> = {
    body: !!kind,
    policy: !!version,
    proposals: !!version && undecided === 0 && scheme && takeOut,
    people: people > 0 && units > 0,
    roles: needed.length > 0 && filled === needed.length,
    asset: assets > 0,
    handover: handedOver,
  };
  const steps = STEPS.map((key) => ({ key, done: done[key] }));
  return {
    body: { name: body.name, kind },
    policy: version
      ? { documentId: version.document_id, versionId: version.id, inForce: version.status === 'in_force' }
      : null,
    undecided,
    scheme,
    takeOut,
    people,
    units,
    roles: { total: needed.length, filled, empty },
    assets,
    handedOver,
    founderRoleId: founder?.id ?? null,
    steps,
    next: steps.find((s) => !s.done)?.key ?? null,
  };
}
