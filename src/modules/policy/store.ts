/** Writes a version's clauses and obligations as rows (for search, links and the register of duties). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../shared/ids.ts';
import type { ClauseNode, PolicyAnalysis } from './types.ts';

const CHUNK = 200;

function* walk(nodes: ClauseNode[]): Generator<ClauseNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}

const json = (v: unknown[] | undefined) => (v?.length ? JSON.stringify(v) : null);

async function insertChunked<T extends 'policy_clauses' | 'policy_obligations'>(
  trx: Kysely<DB>,
  table: T,
  rows: DB[T][],
): Promise<void> {
  // Bounded batches keep each statement under both databases' parameter limits.
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as any)
      .execute();
  }
}

/** Stores every clause (document order) and obligation of an analysis under a version. */
export async function storeClauses(
  trx: Kysely<DB>,
  organizationId: string,
  versionId: string,
  analysis: PolicyAnalysis,
): Promise<number> {
  const clauses = [...walk(analysis.tree)].map((n, seq) => ({
    id: newId(),
    organization_id: organizationId,
    version_id: versionId,
    seq,
    path: n.path,
    depth: n.depth,
    label: n.label,
    title: n.title ?? null,
    text: n.text,
  }));
  await insertChunked(trx, 'policy_clauses', clauses);
  const obligations = analysis.obligations.map((o, seq) => ({
    id: newId(),
    organization_id: organizationId,
    version_id: versionId,
    seq,
    path: o.path,
    modality: o.modality,
    actors: JSON.stringify(o.actors),
    approver: json(o.approver),
    approver_by_level: o.approverByLevel ? JSON.stringify(o.approverByLevel) : null,
    topic: o.topic ?? null,
    levels: json(o.levels),
    list: json(o.list),
    text: o.text,
  }));
  await insertChunked(trx, 'policy_obligations', obligations);
  return clauses.length;
}
