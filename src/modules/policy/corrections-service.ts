/**
 * The reviewer's corrections kept with a version: adding or undoing one reads the version's text again
 * with the corrections applied (analysis, clauses and obligations rewritten), in one audited transaction;
 * a new version of the same document gets the previous version's corrections again, and those whose
 * clause text changed stay listed as not applied.
 */
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../../db/dialect.ts';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { updateInOrg } from '../../db/update-in-org.ts';
import { badInput, conflict, notFound } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { resolveCorrection } from './corrections-resolve.ts';
import type { CorrectionInput } from './corrections-schema.ts';
import type { CorrectionEvent } from './events.ts';
import { type PreparedImport, prepareFromText } from './import.ts';
import { storeClauses } from './store.ts';
import type { PolicyCorrectionsTable } from './tables.ts';
import type { PolicyAnalysis, PolicyCorrection } from './types.ts';

type Row = PolicyCorrectionsTable;
const ATTEMPTS = 3;

/** A version's corrections in the order they apply. */
export function correctionRows(db: Kysely<DB>, org: string, versionId: string): Promise<Row[]> {
  return rowsInOrg(db, 'policy_corrections', org, { version_id: versionId }, '*', ['seq', 'id']);
}

const engineOf = (rows: Row[]): PolicyCorrection[] => rows.map((r) => JSON.parse(r.value));
const sameIds = (a: Row[], b: Row[]) => a.map((r) => r.id).join() === b.map((r) => r.id).join();
const changeOf = (r: Row): Record<string, unknown> => {
  const { kind: _k, anchor: _a, ...rest } = JSON.parse(r.value);
  return rest;
};

async function loadVersion(db: Kysely<DB>, org: string, versionId: string) {
  const v = await rowInOrg(db, 'policy_versions', org, { id: versionId }, [
    'id',
    'number',
    'status',
    'text',
    'analysis',
  ]);
  if (!v) throw notFound('policy_version');
  if (v.status === 'superseded') throw conflict('policy.correction_superseded');
  return v;
}

/** Locks the version row on PostgreSQL (SQLite has one writer) so that concurrent changes queue. */
async function lockVersion(trx: Kysely<DB>, versionId: string): Promise<void> {
  if (isPostgres(trx))
    await sql`select id from policy_versions where id = ${versionId} for update`.execute(trx);
}

/** Replaces a version's stored reading (analysis, clause and obligation rows) with a new one. */
async function rewriteReading(trx: Kysely<DB>, org: string, versionId: string, prepared: PreparedImport) {
  const a = prepared.analysis;
  await updateInOrg(trx, 'policy_versions', org, versionId, {
    analysis: prepared.analysisJson ?? JSON.stringify(a),
    warning_count: a.warnings.length,
  });
  await trx.deleteFrom('policy_obligations').where('version_id', '=', versionId).execute();
  await trx.deleteFrom('policy_clauses').where('version_id', '=', versionId).execute();
  await storeClauses(trx, org, versionId, a);
}

/**
 * Reads the version again with `next` as its corrections, then, in one transaction that sees the same
 * corrections as the reading did, writes `write` and the new reading; retried when another change came first.
 */
async function changeWith(
  db: Kysely<DB>,
  actor: Actor,
  versionId: string,
  plan: (rows: Row[], a: PolicyAnalysis) => { next: Row[]; check?: (a: PolicyAnalysis) => void },
  write: (trx: Kysely<DB>, number: number) => Promise<void>,
): Promise<void> {
  const org = actor.organizationId;
  for (let i = 0; i < ATTEMPTS; i++) {
    const v = await loadVersion(db, org, versionId);
    const rows = await correctionRows(db, org, versionId);
    const { next, check } = plan(rows, JSON.parse(v.analysis));
    const prepared = await prepareFromText(v.text, engineOf(next));
    check?.(prepared.analysis);
    const done = await db.transaction().execute(async (trx) => {
      await lockVersion(trx, versionId);
      const now = await loadVersion(trx, org, versionId);
      if (!sameIds(await correctionRows(trx, org, versionId), rows) || now.text !== v.text) return false;
      await write(trx, v.number);
      await rewriteReading(trx, org, versionId, prepared);
      return true;
    });
    if (done) return;
  }
  throw conflict('policy.correction_conflict');
}

/** Adds a correction to a version (checked against its reading) and reads the version again with it. */
export async function addCorrection(
  db: Kysely<DB>,
  actor: Actor,
  versionId: string,
  input: CorrectionInput,
): Promise<{ id: string }> {
  const id = newId();
  let row: Row | null = null;
  await changeWith(
    db,
    actor,
    versionId,
    (rows, a) => {
      const r = resolveCorrection(input, a);
      row = {
        id,
        organization_id: actor.organizationId,
        version_id: versionId,
        seq: rows.length ? Math.max(...rows.map((x) => x.seq)) + 1 : 1,
        kind: r.correction.kind,
        clause_path: r.clausePath,
        anchor: r.anchor,
        target: r.target,
        value: JSON.stringify(r.correction),
        carried_from: null,
        created_by: actor.userId,
        created_at: nowIso(),
      };
      const at = rows.length;
      return {
        next: [...rows, row],
        check: (after) => {
          if (after.correctionsUnmatched?.includes(at))
            throw badInput('policy.correction_not_applied', {}, [
              { field: 'kind', code: 'policy.correction_not_applied' },
            ]);
        },
      };
    },
    async (trx, number) => {
      const r = row as unknown as Row;
      await trx.insertInto('policy_corrections').values(r).execute();
      await auditCorrection(trx, actor, 'policy.correction_added', versionId, r, number);
    },
  );
  return { id };
}

/** Records a correction added to or removed from the version's reading, the version then read as `number`. */
function auditCorrection(
  trx: Kysely<DB>,
  actor: Actor,
  event: 'policy.correction_added' | 'policy.correction_removed',
  versionId: string,
  r: Row,
  number: number,
): Promise<unknown> {
  const meta: CorrectionEvent = {
    correctionId: r.id,
    number,
    kind: r.kind,
    clausePath: r.clause_path,
    target: r.target,
    change: changeOf(r),
  };
  return recordAudit(trx, actor, event, { type: 'policy_version', id: versionId }, meta);
}

/** Undoes a correction: the version is read again without it. */
export async function removeCorrection(
  db: Kysely<DB>,
  actor: Actor,
  versionId: string,
  correctionId: string,
): Promise<void> {
  let gone: Row | null = null;
  await changeWith(
    db,
    actor,
    versionId,
    (rows) => {
      gone = rows.find((r) => r.id === correctionId) ?? null;
      if (!gone) throw notFound('policy_correction');
      return { next: rows.filter((r) => r.id !== correctionId) };
    },
    async (trx, number) => {
      const r = gone as unknown as Row;
      await trx.deleteFrom('policy_corrections').where('id', '=', r.id).execute();
      await auditCorrection(trx, actor, 'policy.correction_removed', versionId, r, number);
    },
  );
}

/** The corrections of the latest version of a document, to be applied to its next version. */
export interface CarriedCorrections {
  versionId: string;
  number: number;
  rows: Row[];
  corrections: PolicyCorrection[];
}

/** The latest version's corrections of `documentId` (null when it has none or is not the caller's). */
export async function previousCorrections(
  db: Kysely<DB>,
  org: string,
  documentId: string | undefined,
): Promise<CarriedCorrections | null> {
  if (!documentId) return null;
  const last = await db
    .selectFrom('policy_versions')
    .select(['id', 'number'])
    .where('organization_id', '=', org)
    .where('document_id', '=', documentId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last) return null;
  const rows = await correctionRows(db, org, last.id);
  return rows.length ? { versionId: last.id, number: last.number, rows, corrections: engineOf(rows) } : null;
}

/**
 * Keeps the previous version's corrections with the new version (run in the import's transaction, after
 * the version was read with them): each is kept, those that did not apply are listed in the audit event.
 */
export async function carryCorrectionsIn(
  trx: Kysely<DB>,
  actor: Actor,
  version: { versionId: string; number: number },
  carried: CarriedCorrections,
  analysis: PolicyAnalysis,
): Promise<{ applied: number; unmatched: number }> {
  const unmatched = new Set(analysis.correctionsUnmatched ?? []);
  await trx
    .insertInto('policy_corrections')
    .values(
      carried.rows.map((r) => ({
        ...r,
        id: newId(),
        version_id: version.versionId,
        carried_from: r.id,
      })),
    )
    .execute();
  await recordAudit(
    trx,
    actor,
    'policy.corrections_carried',
    { type: 'policy_version', id: version.versionId },
    {
      number: version.number,
      fromVersionId: carried.versionId,
      fromNumber: carried.number,
      applied: carried.rows.length - unmatched.size,
      unmatched: carried.rows
        .filter((_, i) => unmatched.has(i))
        .map((r) => ({ kind: r.kind, clausePath: r.clause_path, target: r.target })),
    },
  );
  return { applied: carried.rows.length - unmatched.size, unmatched: unmatched.size };
}

/** A version's corrections as the screen lists them: what, who, when, and whether it applies to this text. */
export async function listCorrections(db: Kysely<DB>, org: string, versionId: string) {
  const v = await rowInOrg(db, 'policy_versions', org, { id: versionId }, ['id', 'analysis']);
  if (!v) throw notFound('policy_version');
  const rows = await correctionRows(db, org, versionId);
  const unmatched = new Set<number>((JSON.parse(v.analysis) as PolicyAnalysis).correctionsUnmatched ?? []);
  const people = rows.length
    ? await db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('organization_id', '=', org)
        .where(
          'id',
          'in',
          rows.map((r) => r.created_by ?? ''),
        )
        .execute()
    : [];
  return rows.map((r, i) => ({
    id: r.id,
    kind: r.kind,
    clausePath: r.clause_path,
    target: r.target,
    change: changeOf(r),
    applied: !unmatched.has(i),
    carried: r.carried_from !== null,
    createdBy: people.find((p) => p.id === r.created_by)?.display_name ?? null,
    createdAt: r.created_at,
  }));
}
