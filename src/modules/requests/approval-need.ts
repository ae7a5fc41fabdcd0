import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict } from '../../http/errors.ts';
import { activeScheme, levelName } from '../classification/index.ts';
import type { TypeDefinition } from './model.ts';

/**
 * Whether a request needs its approver, decided only from the body's own scheme and policy.
 * A request goes without approval only where the body's policy says so: the type lists the levels that
 * need permission (from the body's scheme), the asset's class is known to that scheme and lies outside
 * them, and the type cites a clause of the body's policy in force — the record then cites that clause.
 * Everything else — no levels, no class, a class the scheme does not know, no clause — needs approval.
 */
export interface ApprovalNeed {
  required: boolean;
  /** The clause of the body's policy that exempts this class (when not required). */
  exemptBy: string | null;
}

/** The class labels of the body's active scheme as assets carry them: axis name + level (重要性II, 機密性3). */
export async function schemeLabels(db: Kysely<DB>, organizationId: string): Promise<Set<string>> {
  const scheme = await activeScheme(db, organizationId);
  return new Set(scheme?.axes.flatMap((a) => a.levels.map((l) => levelName(a.name, l.label))) ?? []);
}

/** The levels a type names (its own and those choosing approvers) that the body's scheme does not have. */
export function levelsOutside(def: TypeDefinition, labels: Set<string>): string[] {
  const named = [...def.levels, ...def.chain.flatMap((s) => s.byLevel?.flatMap((o) => o.levels) ?? [])];
  return [...new Set(named.filter((l) => !labels.has(l)))];
}

/** Refuses to activate a type whose levels are not all in the body's scheme (another body's levels never apply). */
export async function checkLevelsInScheme(
  db: Kysely<DB>,
  organizationId: string,
  def: TypeDefinition,
  active: boolean,
): Promise<void> {
  if (!active) return;
  const outside = levelsOutside(def, await schemeLabels(db, organizationId));
  if (outside.length) throw conflict('requests.levels_not_in_scheme', { levels: outside.join('、') });
}

/** True when the clause is part of the body's policy in force. */
async function inPolicy(db: Kysely<DB>, organizationId: string, clausePath: string): Promise<boolean> {
  const row = await db
    .selectFrom('policy_clauses as c')
    .innerJoin('policy_versions as v', 'v.id', 'c.version_id')
    .select('c.id')
    .where('c.organization_id', '=', organizationId)
    .where('v.status', '=', 'in_force')
    .where('c.path', '=', clausePath)
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

/** Decides whether a request of this type for an asset of this class needs approval (see above). */
export async function approvalNeed(
  db: Kysely<DB>,
  organizationId: string,
  type: { def: TypeDefinition; clause_path: string | null },
  assetClass: string | null,
): Promise<ApprovalNeed> {
  const need = { required: true, exemptBy: null };
  const levels = type.def.levels;
  if (levels.length === 0 || !assetClass || !type.clause_path) return need;
  const parts = assetClass.split('・');
  if (parts.some((p) => levels.includes(p))) return need;
  const labels = await schemeLabels(db, organizationId);
  // A class the scheme does not know (another body's level, a renamed one) is not exempt by anything.
  if (parts.some((p) => !labels.has(p)) || levelsOutside(type.def, labels).length) return need;
  if (!(await inPolicy(db, organizationId, type.clause_path))) return need;
  return { required: false, exemptBy: type.clause_path };
}
