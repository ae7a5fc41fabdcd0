/**
 * The clause an incident type cites, as the body's own in-force policy has it. The catalogue's paths are
 * the sample policy's (seed 001): a body cites one only if its policy has that clause; a reporting type
 * otherwise cites the body's incident reporting clause; else nothing (never a clause the policy lacks).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { catalogueType } from './catalogue.ts';
import { ARTICLE, CAPTION, INCIDENT, REPORT } from './policy-patterns.ts';

export interface BodyClauses {
  paths: Set<string>;
  /** Each clause as a reader cites it (its numbers and title as the policy writes them). */
  citations: Map<string, ClauseCitation>;
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
  if (!version) return { paths: new Set(), citations: new Map(), reporting: null };
  const [clauses, obligations] = await Promise.all([
    db
      .selectFrom('policy_clauses')
      .select(['path', 'title', 'text'])
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
  return {
    paths: new Set(clauses.map((c) => c.path)),
    citations: new Map(clauses.map((c) => [c.path, citeClause(c.path, c.title, c.text)])),
    reporting,
  };
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

/** The cited clause as a reader cites it (its numbers and title from the body's policy), or null. */
export function clauseCitation(path: string | null, body: BodyClauses): ClauseCitation | null {
  return path ? (body.citations.get(path) ?? citeClause(path)) : null;
}

/**
 * A clause as a reader of the policy cites it: its numbers as the text writes them and its title as the
 * text writes it — 第3章/5./(3) titled 事故の報告 → 第3章 5. (3) and 事故の報告, which the screen prints as
 * 第3章 5. (3)（事故の報告）. An article of a 例規 is cited from its own number (article numbers run through
 * the whole text), its title the caption written above it. Never the stored path with its slashes.
 */
export interface ClauseCitation {
  numbers: string;
  title: string | null;
}

/** The clause's citation from its path, its heading's title and (for a caption) its text. */
export function citeClause(path: string, title?: string | null, text?: string | null): ClauseCitation {
  const parts = path.split('/').filter(Boolean);
  const article = parts.findIndex((p) => ARTICLE.test(p));
  const numbers = (article >= 0 ? parts.slice(article) : parts).join(' ');
  const named = title?.trim().replace(/^[（(](.*)[)）]$/, '$1') || CAPTION.exec(text?.trim() ?? '')?.[1];
  return { numbers, title: named || null };
}
