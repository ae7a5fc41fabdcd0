/** The organization's policy in force, read for the lists the policy itself enumerates. */
import type { Kysely } from 'kysely';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { PolicyAnalysis } from '../policy/index.ts';
import {
  type ClauseList,
  contractClausesFromAnalysis,
  type LawMention,
  lawsFromAnalysis,
} from './fromPolicy.ts';

/** Analyses of every policy version in force (基本方針 and 対策基準 may be separate documents). */
export async function inForceAnalyses(db: Kysely<DB>, org: string): Promise<PolicyAnalysis[]> {
  const rows = await rowsInOrg(
    db,
    'policy_versions',
    org,
    { status: 'in_force' },
    ['analysis'],
    [['in_force_at', 'desc']],
  );
  return rows.map((r) => JSON.parse(r.analysis) as PolicyAnalysis);
}

/** The required contract clauses: the stored list, else the list read from the policy in force. */
export async function effectiveClauseList(
  db: Kysely<DB>,
  org: string,
): Promise<(ClauseList & { source: 'manual' | 'policy' }) | null> {
  const stored = await rowInOrg(db, 'contract_clause_lists', org, {});
  if (stored)
    return {
      clauses: JSON.parse(stored.clauses),
      path: stored.clause_path ?? '',
      source: stored.source === 'policy' ? 'policy' : 'manual',
    };
  for (const a of await inForceAnalyses(db, org)) {
    const list = contractClausesFromAnalysis(a);
    if (list) return { ...list, source: 'policy' };
  }
  return null;
}

/** Laws the policy in force cites, with whether the register already has each. */
export async function lawProposals(
  db: Kysely<DB>,
  org: string,
): Promise<(LawMention & { alreadyPresent: boolean })[]> {
  const have = new Set(
    (await db.selectFrom('laws').select('name').where('organization_id', '=', org).execute()).map(
      (r) => r.name,
    ),
  );
  const seen = new Map<string, LawMention>();
  for (const a of await inForceAnalyses(db, org))
    for (const l of lawsFromAnalysis(a)) if (!seen.has(l.name)) seen.set(l.name, l);
  return [...seen.values()].map((l) => ({ ...l, alreadyPresent: have.has(l.name) }));
}
