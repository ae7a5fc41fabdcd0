/** The `check_items` proposal provider: the check items a policy version implies, shown at import review. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import type { Proposal, ProposalProvider } from '../module.ts';
import type { PolicyAnalysis } from '../policy/index.ts';
import { areaTitles } from './areas.ts';
import './events.ts';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import { draftItems } from './generate.ts';

interface Payload {
  policyVersionId: string;
  area: string;
  question: string;
  actors: string[];
}

/** Proposes one check item per obligation of the version; accepting keeps its wording for campaigns. */
export const checkItemsProvider: ProposalProvider = {
  kind: 'check_items',
  async propose(
    db: Kysely<DB>,
    org: string,
    analysis: PolicyAnalysis,
    versionId: string,
    lang: Lang = 'ja',
  ): Promise<Proposal[]> {
    const drafts = await draftItems(db, org, versionId, analysis);
    const present = new Set(
      (await rowsInOrg(db, 'assessment_catalogue', org, { policy_version_id: versionId }, ['key'])).map(
        (r) => r.key,
      ),
    );
    const areas = areaTitles(lang);
    return drafts.map((d) => ({
      kind: 'check_items',
      key: d.key,
      title: d.question,
      detail: `${areas[d.area] ?? d.area} / ${d.actors.length ? d.actors.join('・') : t(lang, 'assessment.proposal.no_actor')}`,
      clausePath: d.clausePath,
      payload: {
        policyVersionId: versionId,
        area: d.area,
        question: d.question,
        actors: d.actors,
      } satisfies Payload,
      alreadyPresent: present.has(d.key),
    }));
  },
  async accept(trx: Kysely<DB>, actor: Actor, proposal: Proposal) {
    const p = proposal.payload as Payload;
    const existing = await rowInOrg(
      trx,
      'assessment_catalogue',
      actor.organizationId,
      { policy_version_id: p.policyVersionId, key: proposal.key },
      ['id'],
    );
    if (existing) return { type: 'assessment_check_item', id: existing.id };
    const id = await insertInOrg(trx, 'assessment_catalogue', actor.organizationId, {
      policy_version_id: p.policyVersionId,
      key: proposal.key,
      clause_path: proposal.clausePath,
      area: p.area,
      question: p.question,
      created_at: nowIso(),
    });
    await recordAudit(
      trx,
      actor,
      'assessment.catalogue_accepted',
      { type: 'assessment_check_item', id },
      {
        key: proposal.key,
        clausePath: proposal.clausePath,
        question: p.question,
      },
    );
    return { type: 'assessment_check_item', id };
  },
};
