/** Reads of policy documents and versions, always scoped by organization. */
import { type Kysely, sql } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { findInOrg } from '../../http/find.ts';
import { formatWareki } from '../../shared/wareki.ts';
import type { PolicyVersionsTable, PolicyVisibility } from './tables.ts';

const wareki = (iso: string | null) => (iso ? formatWareki(iso) : null);

/** A version as the API shows it (dates also in 和暦, R-I8). */
export function versionSummary(v: Omit<PolicyVersionsTable, 'text' | 'analysis'>) {
  const amended: string[] = JSON.parse(v.amended_on);
  return {
    id: v.id,
    documentId: v.document_id,
    number: v.number,
    status: v.status,
    sourceFileName: v.source_file_name,
    sourceFormat: v.source_format,
    enactedOn: v.enacted_on,
    enactedOnWareki: wareki(v.enacted_on),
    effectiveOn: v.effective_on,
    effectiveOnWareki: wareki(v.effective_on),
    amendedOn: amended.map((d) => ({ date: d, wareki: formatWareki(d) })),
    warningCount: v.warning_count,
    importedBy: v.imported_by,
    importedAt: v.imported_at,
    inForceAt: v.in_force_at,
  };
}

const versionColumns = [
  'id',
  'organization_id',
  'document_id',
  'number',
  'source_file_name',
  'source_format',
  'enacted_on',
  'effective_on',
  'amended_on',
  'warning_count',
  'status',
  'imported_by',
  'imported_at',
  'in_force_at',
] as const;

/** Documents of the given visibilities with their version in force and latest version. */
export async function listDocuments(db: Kysely<DB>, org: string, visibilities: PolicyVisibility[]) {
  if (!visibilities.length) return [];
  const docs = await db
    .selectFrom('policy_documents')
    .selectAll()
    .where('organization_id', '=', org)
    .where('visibility', 'in', visibilities)
    .orderBy('created_at')
    .execute();
  if (!docs.length) return [];
  const versions = await db
    .selectFrom('policy_versions')
    .select(versionColumns)
    .where('organization_id', '=', org)
    .where(
      'document_id',
      'in',
      docs.map((d) => d.id),
    )
    .orderBy('number')
    .execute();
  return docs.map((d) => {
    const own = versions.filter((v) => v.document_id === d.id);
    const inForce = own.find((v) => v.status === 'in_force');
    const latest = own[own.length - 1];
    return {
      id: d.id,
      title: d.title,
      kinds: JSON.parse(d.kinds) as string[],
      visibility: d.visibility,
      versionCount: own.length,
      inForce: inForce ? versionSummary(inForce) : null,
      latest: latest ? versionSummary(latest) : null,
    };
  });
}

/** One document with every version (404 outside the organization). */
export async function getDocument(db: Kysely<DB>, org: string, id: string) {
  const d = await findInOrg(db, 'policy_documents', org, id, 'policy_document');
  const versions = await db
    .selectFrom('policy_versions')
    .select(versionColumns)
    .where('document_id', '=', d.id)
    .where('organization_id', '=', org)
    .orderBy('number', 'desc')
    .execute();
  return {
    id: d.id,
    title: d.title,
    kinds: JSON.parse(d.kinds) as string[],
    visibility: d.visibility,
    createdAt: d.created_at,
    versions: versions.map(versionSummary),
  };
}

/** A version with its document's visibility and the stored analysis (404 outside the organization). */
export async function getVersion(db: Kysely<DB>, org: string, id: string) {
  const v = await db
    .selectFrom('policy_versions as v')
    .innerJoin('policy_documents as d', 'd.id', 'v.document_id')
    .selectAll('v')
    .select(['d.title', 'd.visibility', 'd.kinds'])
    .where('v.id', '=', id)
    .where('v.organization_id', '=', org)
    .executeTakeFirst();
  if (!v) throw notFound('policy_version');
  return v;
}

/** Clauses whose heading or text contains the words (substring; Japanese needs no word splitting). */
export async function searchClauses(db: Kysely<DB>, org: string, versionId: string, q: string) {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .selectFrom('policy_clauses')
    .select(['path', 'depth', 'label', 'title', 'text'])
    .where('organization_id', '=', org)
    .where('version_id', '=', versionId)
    .where((eb) =>
      eb.or([
        sql<boolean>`${eb.ref('text')} like ${pattern} escape '\\'`,
        sql<boolean>`${eb.ref('title')} like ${pattern} escape '\\'`,
      ]),
    )
    .orderBy('seq')
    .limit(200)
    .execute();
}

/** Records that point at a clause: decisions' created records and roles established by it ("which clause demands me?"). */
export async function clauseLinks(db: Kysely<DB>, org: string, path: string, versionId?: string) {
  let q = db
    .selectFrom('policy_proposal_decisions')
    .select(['version_id', 'kind', 'key', 'title', 'decision', 'record_type', 'record_id', 'decided_at'])
    .where('organization_id', '=', org)
    .where('clause_path', '=', path)
    .where('decision', '=', 'accepted');
  if (versionId) q = q.where('version_id', '=', versionId);
  const decisions = await q.orderBy('decided_at').execute();
  const roles = await rowsInOrg(db, 'roles', org, { clause_path: path }, ['id', 'name', 'tier', 'post']);
  const obligations = versionId
    ? await rowsInOrg(
        db,
        'policy_obligations',
        org,
        { version_id: versionId, path },
        ['modality', 'actors', 'approver', 'approver_by_level', 'topic', 'text'],
        ['seq'],
      )
    : [];
  return {
    path,
    records: decisions.map((d) => ({
      versionId: d.version_id,
      kind: d.kind,
      key: d.key,
      title: d.title,
      recordType: d.record_type,
      recordId: d.record_id,
      decidedAt: d.decided_at,
    })),
    roles,
    obligations: obligations.map(({ approver_by_level, ...o }) => ({
      ...o,
      actors: JSON.parse(o.actors) as string[],
      approver: o.approver ? (JSON.parse(o.approver) as string[]) : [],
      approverByLevel: approver_by_level ? (JSON.parse(approver_by_level) as Record<string, string[]>) : null,
    })),
  };
}

/** Per clause path of a version: how many records its accepted proposals created (for the document view). */
export async function linkCounts(db: Kysely<DB>, org: string, versionId: string) {
  const rows = await db
    .selectFrom('policy_proposal_decisions')
    .select(['clause_path', 'kind'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', org)
    .where('version_id', '=', versionId)
    .where('decision', '=', 'accepted')
    .groupBy(['clause_path', 'kind'])
    .execute();
  const out: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    if (!r.clause_path) continue;
    out[r.clause_path] ??= {};
    out[r.clause_path][r.kind] = Number(r.n);
  }
  return out;
}
