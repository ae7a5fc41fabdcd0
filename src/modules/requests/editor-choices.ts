/**
 * What the request-type editor offers a clerk to choose from, so nothing is typed: the levels of the body's
 * own classification scheme (as assets carry them) and the body's roles with the request functions each holds.
 */
import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { activeScheme, levelName } from '../classification/index.ts';

export interface SchemeAxisChoice {
  axis: string;
  /** Level names as a type lists them and assets carry them (重要性II, 機密性3, 秘). */
  levels: string[];
}

export interface RoleChoice {
  id: string;
  name: string;
  /** The request functions (`requests.*`) the role holds: which approvals its people may give. */
  functions: string[];
}

/** The axes and levels of the body's active scheme (none before a scheme is active). */
export async function schemeChoices(db: Kysely<DB>, organizationId: string): Promise<SchemeAxisChoice[]> {
  const scheme = await activeScheme(db, organizationId);
  return (scheme?.axes ?? []).map((a) => ({
    axis: a.name,
    levels: a.levels.map((l) => levelName(a.name, l.label)),
  }));
}

/** The body's roles in tier order, each with the request functions it holds. */
export async function roleChoices(db: Kysely<DB>, organizationId: string): Promise<RoleChoice[]> {
  const roles = await rowsInOrg(db, 'roles', organizationId, {}, ['id', 'name'], ['tier', 'name']);
  const held = await db
    .selectFrom('role_functions as rf')
    .innerJoin('roles as r', 'r.id', 'rf.role_id')
    .select(['rf.role_id', 'rf.function_key'])
    .where('r.organization_id', '=', organizationId)
    .where('rf.function_key', 'like', 'requests.%')
    .execute();
  return roles.map((r) => ({
    id: r.id,
    name: r.name,
    functions: held.filter((h) => h.role_id === r.id).map((h) => h.function_key),
  }));
}

export interface ClauseChoice {
  /** The clause's path as a type cites it (`6.(1)⑧`, `第4条`). */
  path: string;
  /** Its heading, or the start of its text. */
  text: string;
  /** The title of the policy document it is in. */
  document: string;
}

/** How much of a clause's own text names it where it has no heading. */
const CLAUSE_TEXT_CHARS = 40;

/** The clauses of the body's policy documents in force, in document order: what a type's grounds cite. */
export async function clauseChoices(db: Kysely<DB>, organizationId: string): Promise<ClauseChoice[]> {
  const rows = await db
    .selectFrom('policy_clauses as c')
    .innerJoin('policy_versions as v', 'v.id', 'c.version_id')
    .innerJoin('policy_documents as d', 'd.id', 'v.document_id')
    .select(['c.path', 'c.title', 'c.text', 'd.title as document'])
    .where('c.organization_id', '=', organizationId)
    .where('v.status', '=', 'in_force')
    .orderBy('d.title')
    .orderBy('c.seq')
    .execute();
  return rows.map((r) => {
    const own = (r.title ?? r.text).replace(/\s+/g, ' ').trim();
    return {
      path: r.path,
      text: own.length > CLAUSE_TEXT_CHARS ? `${own.slice(0, CLAUSE_TEXT_CHARS)}…` : own,
      document: r.document,
    };
  });
}
