/**
 * The clause an incident type cites, as the body's own in-force policy has it. The catalogue's paths are
 * the sample policy's (seed 001): a body cites one only if its policy has that clause; a reporting type
 * otherwise cites the body's incident reporting clause; else nothing (never a clause the policy lacks).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { catalogueType } from './catalogue.ts';
import { INCIDENT, REPORT } from './policy-patterns.ts';

export interface BodyClauses {
  paths: Set<string>;
  /** The first sentence of the in-force policy about reporting an incident. */
  reporting: string | null;
}

/** The clause paths of the body's in-force policy and its incident reporting clause. */
export async function bodyClauses(db: Kysely<DB>, orgId: string): Promise<BodyClauses> {
  const version = await db
    .selectFrom('policy_versions')
    .select('id')
    .where('organization_id', '=', orgId)
    .where('status', '=', 'in_force')
    .orderBy('in_force_at', 'desc')
    .executeTakeFirst();
  if (!version) return { paths: new Set(), reporting: null };
  const [clauses, obligations] = await Promise.all([
    db
      .selectFrom('policy_clauses')
      .select('path')
      .where('organization_id', '=', orgId)
      .where('version_id', '=', version.id)
      .execute(),
    db
      .selectFrom('policy_obligations')
      .select(['path', 'text'])
      .where('organization_id', '=', orgId)
      .where('version_id', '=', version.id)
      .orderBy('seq')
      .execute(),
  ]);
  const reporting = obligations.find((o) => INCIDENT.test(o.text) && REPORT.test(o.text))?.path ?? null;
  return { paths: new Set(clauses.map((c) => c.path)), reporting };
}

/**
 * What a type cites: a path the body chose itself stands; one copied from the catalogue stands only where
 * the body's policy has it, else a reporting type cites the body's reporting clause, else none.
 */
export function citedClause(
  key: string,
  stored: string | null,
  planSection: string | null,
  body: BodyClauses,
): string | null {
  const fromCatalogue = catalogueType(key)?.clausePath ?? null;
  if (stored && stored !== fromCatalogue) return stored;
  if (stored && body.paths.has(stored)) return stored;
  return planSection === 'reporting' ? body.reporting : null;
}
