import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Proposal, ProposalProvider } from '../module.ts';
import { setRoleFunctions } from '../org/service.ts';
import type { Obligation, PolicyAnalysis } from '../policy/types.ts';
import { CATALOGUE } from './catalogue.ts';
import { approveFn, TOPICS } from './functions.ts';
import type { TypeInput } from './model.ts';
import { createType } from './types-service.ts';

interface Payload {
  topic: string;
  approverRoles: string[];
  levels: string[];
  type: TypeInput;
}

/** Groups the policy's permission obligations by topic: one request type per topic, citing the first clause. */
export function permissionTopics(
  obligations: Obligation[],
): Map<string, { approvers: string[]; levels: string[]; path: string; text: string }> {
  const out = new Map<string, { approvers: string[]; levels: string[]; path: string; text: string }>();
  for (const o of obligations) {
    if (!o.topic || !o.approver?.length || !TOPICS[o.topic]) continue;
    const cur = out.get(o.topic) ?? { approvers: [], levels: [], path: o.path, text: o.text };
    cur.approvers = [...new Set([...cur.approvers, ...o.approver])];
    cur.levels = [...new Set([...cur.levels, ...(o.levels ?? [])])];
    out.set(o.topic, cur);
  }
  return out;
}

/** The proposed type: the catalogue's form for the topic when there is one, the policy's approvers and levels. */
function proposedType(topic: string, g: { approvers: string[]; levels: string[]; path: string }): TypeInput {
  const base = CATALOGUE.find((e) => e.type.topic === topic)?.type;
  const several = g.approvers.length > 1;
  return {
    code: topic.replace(/_/g, '-'),
    nameJa: base?.nameJa ?? TOPICS[topic].ja,
    nameEn: base?.nameEn ?? TOPICS[topic].en,
    topic,
    recordKind: base?.recordKind ?? topic,
    clausePath: g.path,
    active: true,
    definition: {
      flow: 'approval',
      fields: base?.definition.fields ?? [
        { key: 'purpose', type: 'textarea', label: { ja: '目的・理由', en: 'Purpose' }, required: true },
      ],
      levels: g.levels,
      // Several roles named together (責任者 and 管理者) must all agree; each for the requester's unit.
      chain: [{ function: approveFn(topic), mode: several ? 'all' : 'any', unitScoped: several }],
      returnTracking: base?.definition.returnTracking ?? null,
      confirmations: null,
      escalateAfterDays: 3,
    },
  };
}

/** Request types proposed from an imported policy's permission obligations. */
export const requestTypeProposals: ProposalProvider = {
  kind: 'request_types',
  async propose(db: Kysely<DB>, organizationId: string, analysis: PolicyAnalysis): Promise<Proposal[]> {
    const existing = new Set(
      (
        await db
          .selectFrom('request_types')
          .select('topic')
          .where('organization_id', '=', organizationId)
          .execute()
      ).map((r) => r.topic),
    );
    return [...permissionTopics(analysis.obligations ?? []).entries()].map(([topic, g]) => ({
      kind: 'request_types',
      key: `request_types:${topic}`,
      title: `申請種別: ${TOPICS[topic].ja}`,
      detail: `承認者: ${g.approvers.join('・')}${g.levels.length ? ` / 対象: ${g.levels.join('・')}` : ''}`,
      clausePath: g.path,
      payload: {
        topic,
        approverRoles: g.approvers,
        levels: g.levels,
        type: proposedType(topic, g),
      } satisfies Payload,
      alreadyPresent: existing.has(topic),
    }));
  },
  async accept(trx: Kysely<DB>, actor: Actor, proposal: Proposal) {
    const p = proposal.payload as Payload;
    const fn = approveFn(p.topic);
    // Grant the approval function to the roles the policy names, keeping what they already hold.
    const roles = p.approverRoles.length
      ? await trx
          .selectFrom('roles')
          .select('id')
          .where('organization_id', '=', actor.organizationId)
          .where('name', 'in', p.approverRoles)
          .execute()
      : [];
    for (const r of roles) {
      const held = await trx
        .selectFrom('role_functions')
        .select('function_key')
        .where('role_id', '=', r.id)
        .execute();
      const keys = held.map((h) => h.function_key);
      if (!keys.includes(fn)) await setRoleFunctions(trx, actor, r.id, [...keys, fn]);
    }
    const found = await trx
      .selectFrom('request_types')
      .select('id')
      .where('organization_id', '=', actor.organizationId)
      .where('code', '=', p.type.code)
      .executeTakeFirst();
    if (found) return { type: 'request_type', id: found.id };
    const id = await createType(trx, actor, p.type, { kind: 'policy' });
    return { type: 'request_type', id };
  },
};
