/** Writes of policy documents and versions: import, put in force, visibility, acknowledgement. Each audited in its transaction. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { badInput, conflict, notFound } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { rowInOrg, rowWhere } from '../../db/rows-in-org.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { existsInOrg, updateInOrg } from '../../db/update-in-org.ts';
import { t } from '../../i18n/index.ts';
import { defaultVisibility, documentKinds, type PreparedImport, versionDates } from './import.ts';
import type { ImportOptions } from './schema.ts';
import { storeClauses } from './store.ts';
import type { PolicyVisibility } from './tables.ts';

const isProcedure = (kinds: string[]) => kinds.includes('procedures');

/** Stores an analyzed file as a new draft version (of a new document, or of `documentId`). Run inside a transaction. */
export async function importVersionIn(
  trx: Kysely<DB>,
  actor: Actor,
  prepared: PreparedImport,
  opts: ImportOptions,
): Promise<{ documentId: string; versionId: string; number: number }> {
  const org = actor.organizationId;
  const now = nowIso();
  const a = prepared.analysis;
  let documentId = opts.documentId;
  let number = 1;
  if (documentId) {
    if (!(await existsInOrg(trx, 'policy_documents', org, documentId))) throw notFound('policy_document');
    const last = await trx
      .selectFrom('policy_versions')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('document_id', '=', documentId)
      .executeTakeFirst();
    number = Number(last?.n ?? 0) + 1;
  } else {
    const kinds = documentKinds(a, opts.kind);
    const visibility = opts.visibility ?? defaultVisibility(kinds);
    if (visibility === 'public' && isProcedure(kinds)) {
      throw badInput('policy.procedure_not_public', {}, [
        { field: 'visibility', code: 'policy.procedure_not_public' },
      ]);
    }
    documentId = newId();
    await trx
      .insertInto('policy_documents')
      .values({
        id: documentId,
        organization_id: org,
        // A document's title is the body's record, kept in Japanese like its text.
        title: a.title || opts.fileName || t('ja', 'policy.untitled'),
        kinds: JSON.stringify(kinds),
        visibility,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  const dates = versionDates(a);
  const versionId = newId();
  await trx
    .insertInto('policy_versions')
    .values({
      id: versionId,
      organization_id: org,
      document_id: documentId,
      number,
      source_file_name: opts.fileName ?? null,
      source_format: prepared.format,
      text: prepared.text,
      analysis: prepared.analysisJson ?? JSON.stringify(a),
      enacted_on: dates.enactedOn,
      effective_on: dates.effectiveOn,
      amended_on: JSON.stringify(dates.amendedOn),
      warning_count: a.warnings.length,
      status: 'draft',
      imported_by: actor.userId,
      imported_at: now,
      in_force_at: null,
    })
    .execute();
  const clauses = await storeClauses(trx, org, versionId, a);
  await recordAudit(
    trx,
    actor,
    'policy.imported',
    { type: 'policy_version', id: versionId },
    {
      documentId,
      title: a.title,
      number,
      fileName: opts.fileName ?? null,
      format: prepared.format,
      clauses,
      warnings: a.warnings.length,
    },
  );
  return { documentId, versionId, number };
}

/** Puts a version in force on its effective date; the version in force before it is superseded. Run inside a transaction. */
export async function setInForceIn(
  trx: Kysely<DB>,
  actor: Actor,
  versionId: string,
  effectiveOn?: string,
): Promise<void> {
  const org = actor.organizationId;
  const v = await rowInOrg(trx, 'policy_versions', org, { id: versionId }, [
    'id',
    'document_id',
    'number',
    'status',
    'effective_on',
  ]);
  if (!v) throw notFound('policy_version');
  if (v.status === 'in_force') throw conflict('policy.already_in_force');
  const effective = effectiveOn ?? v.effective_on ?? nowIso().slice(0, 10);
  const previous = await rowInOrg(
    trx,
    'policy_versions',
    org,
    { document_id: v.document_id, status: 'in_force' },
    ['id', 'number'],
  );
  if (previous) {
    await updateInOrg(trx, 'policy_versions', org, previous.id, { status: 'superseded' });
  }
  await updateAudited(
    trx,
    actor,
    'policy_versions',
    v.id,
    {
      status: 'in_force',
      effective_on: effective,
      in_force_at: nowIso(),
    },
    'policy.version_in_force',
    'policy_version',
    {
      documentId: v.document_id,
      number: v.number,
      effectiveOn: effective,
      superseded: previous ? previous.number : null,
    },
  );
}

/** Changes who may read a document; 実施手順 can never be public (R-I6). */
export async function setVisibility(
  db: Kysely<DB>,
  actor: Actor,
  documentId: string,
  visibility: PolicyVisibility,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const doc = await rowInOrg(trx, 'policy_documents', actor.organizationId, { id: documentId }, [
      'id',
      'title',
      'kinds',
      'visibility',
    ]);
    if (!doc) throw notFound('policy_document');
    if (visibility === 'public' && isProcedure(JSON.parse(doc.kinds))) {
      throw badInput('policy.procedure_not_public', {}, [
        { field: 'visibility', code: 'policy.procedure_not_public' },
      ]);
    }
    if (doc.visibility === visibility) return;
    await updateAudited(
      trx,
      actor,
      'policy_documents',
      doc.id,
      {
        visibility,
        updated_at: nowIso(),
      },
      'policy.visibility_changed',
      'policy_document',
      {
        title: doc.title,
        before: doc.visibility,
        after: visibility,
      },
    );
  });
}

/** Records that the actor has read and accepts the version in force (R-E1); acknowledging twice is a no-op. */
export async function acknowledge(
  db: Kysely<DB>,
  actor: Actor,
  versionId: string,
): Promise<{ acknowledgedAt: string }> {
  return db.transaction().execute(async (trx) => {
    const v = await trx
      .selectFrom('policy_versions as v')
      .innerJoin('policy_documents as d', 'd.id', 'v.document_id')
      .select(['v.id', 'v.status', 'v.number', 'v.document_id', 'd.visibility'])
      .where('v.id', '=', versionId)
      .where('v.organization_id', '=', actor.organizationId)
      .executeTakeFirst();
    // Restricted documents are not for every member of staff to acknowledge.
    if (!v || v.visibility === 'restricted') throw notFound('policy_version');
    if (v.status !== 'in_force') throw conflict('policy.not_in_force');
    const userId = actor.userId as string;
    const done = await rowWhere(trx, 'policy_acknowledgements', { version_id: v.id, user_id: userId }, [
      'acknowledged_at',
    ]);
    if (done) return { acknowledgedAt: done.acknowledged_at };
    const at = nowIso();
    await trx
      .insertInto('policy_acknowledgements')
      .values({
        id: newId(),
        organization_id: actor.organizationId,
        version_id: v.id,
        user_id: userId,
        acknowledged_at: at,
      })
      .execute();
    await recordAudit(
      trx,
      actor,
      'policy.acknowledged',
      { type: 'policy_version', id: v.id },
      {
        documentId: v.document_id,
        number: v.number,
      },
    );
    return { acknowledgedAt: at };
  });
}
