/** Gathers every module's set-up proposals for a version and records the administrator's decisions (all or nothing). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { badInput, conflict, type FieldError, notFound } from '../../http/errors.ts';
import type { Lang } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import type { Proposal, ProposalProvider } from '../module.ts';
import { correctionRows } from './corrections-service.ts';
import './events.ts';
import { rowInOrg, rowsInOrg, rowsWhere } from '../../db/rows-in-org.ts';
import { type AppliedCorrection, correctionsOfProposals } from './proposals-corrected.ts';
import type { PolicyAnalysis } from './types.ts';

/** A proposal with what was decided about it, if anything, and the reviewer's corrections it follows. */
export interface ListedProposal extends Proposal {
  corrections: AppliedCorrection[];
  decision: {
    decision: 'accepted' | 'rejected';
    recordType: string | null;
    recordId: string | null;
    at: string;
  } | null;
}

let wired: ProposalProvider[] | null = null;

/** Every module's provider, as the registry wires them from the module manifests. */
export function setProposalProviders(list: ProposalProvider[]): void {
  wired = list;
}

function providers(): ProposalProvider[] {
  if (!wired) throw new Error('proposal providers are not wired: load src/modules/registry.ts first');
  return wired;
}

async function loadAnalysis(db: Kysely<DB>, org: string, versionId: string): Promise<PolicyAnalysis> {
  const v = await rowInOrg(db, 'policy_versions', org, { id: versionId }, ['analysis']);
  if (!v) throw notFound('policy_version');
  return JSON.parse(v.analysis);
}

async function proposeAll(db: Kysely<DB>, org: string, versionId: string, lang: Lang): Promise<Proposal[]> {
  return proposeFrom(db, org, await loadAnalysis(db, org, versionId), versionId, lang);
}

async function proposeFrom(
  db: Kysely<DB>,
  org: string,
  analysis: PolicyAnalysis,
  versionId: string,
  lang: Lang,
): Promise<Proposal[]> {
  const lists = [];
  for (const p of providers()) lists.push(await p.propose(db, org, analysis, versionId, lang));
  return lists.flat();
}

/** All proposals for a version, with earlier decisions attached, worded in the reader's language. */
export async function listProposals(
  db: Kysely<DB>,
  org: string,
  versionId: string,
  lang: Lang = 'ja',
): Promise<ListedProposal[]> {
  const analysis = await loadAnalysis(db, org, versionId);
  const proposals = await proposeFrom(db, org, analysis, versionId, lang);
  const corrections = correctionsOfProposals(proposals, await correctionRows(db, org, versionId), analysis);
  const rows = await rowsInOrg(db, 'policy_proposal_decisions', org, { version_id: versionId });
  const byKey = new Map(rows.map((r) => [`${r.kind}\u0000${r.key}`, r]));
  return proposals.map((p, i) => {
    const d = byKey.get(`${p.kind}\u0000${p.key}`);
    return {
      ...p,
      corrections: corrections[i],
      decision: d
        ? { decision: d.decision, recordType: d.record_type, recordId: d.record_id, at: d.decided_at }
        : null,
    };
  });
}

export interface Decision {
  kind: string;
  key: string;
  accept: boolean;
}

/**
 * Applies decisions inside the caller's transaction: every decision is checked before anything is written.
 * What is stored (titles, the texts an accepted proposal enters) is worded in `lang`, the decider's.
 */
export async function decideProposalsIn(
  trx: Kysely<DB>,
  actor: Actor,
  versionId: string,
  decisions: Decision[],
  lang: Lang = 'ja',
): Promise<{ kind: string; key: string; decision: string; record: { type: string; id: string } | null }[]> {
  const org = actor.organizationId;
  const proposals = await proposeAll(trx, org, versionId, lang);
  const decided = await rowsWhere(trx, 'policy_proposal_decisions', { version_id: versionId }, [
    'kind',
    'key',
  ]);
  const done = new Set(decided.map((d) => `${d.kind}\u0000${d.key}`));
  const byKind = new Map(providers().map((p) => [p.kind, p]));
  const fields: FieldError[] = [];
  const plan: { proposal: Proposal; provider: ProposalProvider; accept: boolean }[] = [];
  const seen = new Set<string>();
  decisions.forEach((d, i) => {
    const provider = byKind.get(d.kind);
    const proposal = proposals.find((p) => p.kind === d.kind && p.key === d.key);
    const id = `${d.kind}\u0000${d.key}`;
    if (!provider) fields.push({ field: `decisions.${i}.kind`, code: 'policy.unknown_proposal' });
    else if (!proposal || seen.has(id))
      fields.push({ field: `decisions.${i}.key`, code: 'policy.unknown_proposal' });
    else if (done.has(id)) throw conflict('policy.already_decided', { key: d.key });
    else plan.push({ proposal, provider, accept: d.accept });
    seen.add(id);
  });
  if (fields.length) throw badInput('request.invalid', {}, fields);
  const out = [];
  for (const { proposal: p, provider, accept } of plan) {
    // An equivalent record already exists: accepting records the link without creating a duplicate.
    const record = accept && !p.alreadyPresent ? await provider.accept(trx, actor, p) : null;
    await trx
      .insertInto('policy_proposal_decisions')
      .values({
        id: newId(),
        organization_id: org,
        version_id: versionId,
        kind: p.kind,
        key: p.key,
        title: p.title,
        clause_path: p.clausePath,
        decision: accept ? 'accepted' : 'rejected',
        record_type: record?.type ?? null,
        record_id: record?.id ?? null,
        decided_by: actor.userId,
        decided_at: nowIso(),
      })
      .execute();
    const base = { versionId, kind: p.kind, key: p.key, title: p.title, clausePath: p.clausePath };
    if (accept) {
      await recordAudit(
        trx,
        actor,
        'policy.proposal_accepted',
        record ?? { type: 'policy_version', id: versionId },
        {
          ...base,
          record,
        },
      );
    } else {
      await recordAudit(
        trx,
        actor,
        'policy.proposal_rejected',
        { type: 'policy_version', id: versionId },
        base,
      );
    }
    out.push({ kind: p.kind, key: p.key, decision: accept ? 'accepted' : 'rejected', record });
  }
  return out;
}

/** Records decisions in one transaction with their audit events: all or nothing. */
export function decideProposals(
  db: Kysely<DB>,
  actor: Actor,
  versionId: string,
  decisions: Decision[],
  lang: Lang = 'ja',
) {
  return db.transaction().execute((trx) => decideProposalsIn(trx, actor, versionId, decisions, lang));
}
