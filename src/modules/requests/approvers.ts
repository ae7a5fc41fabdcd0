import type { Kysely } from 'kysely';
import { type Args, prepared } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import { inForceOn } from '../org/index.ts';
import type { ChainStep } from './model.ts';

export interface Holder {
  userId: string;
  acting: boolean;
  /** Where their notices are mailed (null: in the app only). */
  email: string | null;
  /** Their name as a register entry prints it. */
  label: string;
}

type Scope = 'any' | 'unit' | 'body';
interface HolderArgs {
  org: string;
  fn: string;
  today: string;
  unitId: string | null;
}

function holdersQuery(db: Kysely<DB>, p: Args<HolderArgs>, scope: Scope, roles?: readonly string[]) {
  let q = db
    .selectFrom('role_assignments as ra')
    .innerJoin('role_functions as rf', 'rf.role_id', 'ra.role_id')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .innerJoin('roles as r', 'r.id', 'ra.role_id')
    .select(['ra.user_id', 'ra.acting', 'u.email', 'u.display_name'])
    .where('ra.organization_id', '=', p.org)
    .where('rf.function_key', '=', p.fn)
    .where('u.organization_id', '=', p.org)
    .where('u.status', '=', 'active')
    // An ended assignment (transfer, review, handed over) grants nothing, as at sign-in.
    .where(inForceOn(p.today));
  if (roles?.length) q = q.where('r.name', 'in', [...roles]);
  // A unit-scoped step keeps assignments for the requester's unit or for the whole body.
  if (scope === 'unit')
    q = q.where((eb) => eb.or([eb('ra.unit_id', 'is', null), eb('ra.unit_id', '=', p.unitId)]));
  if (scope === 'body') q = q.where('ra.unit_id', 'is', null);
  return q;
}

// Read for every submit and decision: built and compiled once per shape.
const holdersPrepared = {
  any: prepared((db, p: Args<HolderArgs>) => holdersQuery(db, p, 'any')),
  unit: prepared((db, p: Args<HolderArgs>) => holdersQuery(db, p, 'unit')),
  body: prepared((db, p: Args<HolderArgs>) => holdersQuery(db, p, 'body')),
};

/**
 * The people who hold a function today: through role assignments valid on `today` (acting
 * deputies included), in the organization, active. A unit-scoped step keeps only assignments
 * for the requester's unit or for the whole body.
 */
export async function holdersOf(
  db: Kysely<DB>,
  organizationId: string,
  fn: string,
  opts: { unitScoped?: boolean; unitId?: string | null; roles?: readonly string[]; today: string },
): Promise<Holder[]> {
  const scope: Scope = opts.unitScoped ? (opts.unitId ? 'unit' : 'body') : 'any';
  const args = { org: organizationId, fn, today: opts.today, unitId: opts.unitId ?? null };
  // Steps limited to named roles are rare and the list's length shapes the SQL: built each time.
  const rows = opts.roles?.length
    ? await holdersQuery(db, args, scope, opts.roles).execute()
    : await holdersPrepared[scope].execute(db, args);
  const byUser = new Map<string, Holder>();
  for (const r of rows) {
    const prev = byUser.get(r.user_id);
    // A person who holds the function both in their own right and as a deputy counts as the holder.
    byUser.set(r.user_id, {
      userId: r.user_id,
      acting: prev ? prev.acting && !!r.acting : !!r.acting,
      email: r.email,
      label: r.display_name,
    });
  }
  return [...byUser.values()];
}

/** The holders of a chain step for one request, leaving out the requester (兼務の禁止). */
export async function stepHolders(
  db: Kysely<DB>,
  organizationId: string,
  step: ChainStep,
  request: { requester_id: string; unit_id: string | null },
  today: string,
): Promise<Holder[]> {
  const all = await holdersOf(db, organizationId, step.function, {
    unitScoped: step.unitScoped,
    unitId: request.unit_id,
    roles: step.roles,
    today,
  });
  return all.filter((h) => h.userId !== request.requester_id);
}

/**
 * The chain as it applies to one asset class: each step whose approvers depend on the level gets
 * the roles of the first option listing the class (any axis of 機密性3・完全性2); a class no
 * option lists, or no class at all, keeps the step's own roles. Pure: the result is frozen with the request.
 */
export function chainFor(chain: readonly ChainStep[], assetClass: string | null): ChainStep[] {
  const parts = assetClass ? assetClass.split('・') : [];
  return chain.map(({ byLevel, ...step }) => {
    const option = byLevel?.find((o) => o.levels.some((l) => parts.includes(l)));
    return option ? { ...step, roles: option.roles } : { ...step, ...(byLevel ? { byLevel } : {}) };
  });
}
