/** The reporting chain proposed from an imported policy's incident clause, linked to that clause (R-P1). */
import type { Kysely } from 'kysely';
import { rowsWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { conflict } from '../../http/errors.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Proposal, ProposalProvider } from '../module.ts';
import { setRoleFunctions } from '../org/index.ts';
import { type ChainStepConfig, ESCALATE_TO, RECEIVE } from './chain.ts';
import { chainFromPolicy, type PolicyChainRole } from './chain-policy.ts';
import { loadSettings, saveSettings } from './settings.ts';

interface Payload {
  clausePath: string;
  roles: PolicyChainRole[];
}

const KIND = 'incident_chain';

function describe(p: Payload, lang: Lang): string {
  return t(lang, 'incidents.proposal.chain', { roles: p.roles.map((r) => r.name).join(' → ') });
}

/** The chain's steps: the first role receives the report, each next one is escalated to; each step its role's alone. */
export async function chainSteps(
  trx: Kysely<DB>,
  actor: Actor,
  roles: PolicyChainRole[],
  timeoutHours: number,
): Promise<ChainStepConfig[]> {
  const org = actor.organizationId;
  const rows = await trx
    .selectFrom('roles')
    .select(['id', 'name', 'tier'])
    .where('organization_id', '=', org)
    .where(
      'name',
      'in',
      roles.map((r) => r.name),
    )
    .execute();
  const missing = roles.filter((r) => !rows.some((x) => x.name === r.name)).map((r) => r.name);
  if (missing.length) throw conflict('incidents.chain_roles_missing', { roles: missing.join('・') });
  const steps: ChainStepConfig[] = [];
  for (const [i, r] of roles.entries()) {
    const role = rows.find((x) => x.name === r.name);
    if (!role) continue;
    const fn = i === 0 ? RECEIVE : ESCALATE_TO;
    const held = (await rowsWhere(trx, 'role_functions', { role_id: role.id }, ['function_key'])).map(
      (h) => h.function_key,
    );
    if (!held.includes(fn)) await setRoleFunctions(trx, actor, role.id, [...held, fn]);
    steps.push({
      function: fn,
      tier: null,
      role: role.id,
      label: role.name,
      skippableWhenMinor: r.skippable,
      timeoutHours,
    });
  }
  return steps;
}

/** Proposes the chain the policy's incident clause sets; accepting it sets the body's chain. */
export const incidentChainProposals: ProposalProvider = {
  kind: KIND,
  async propose(db, organizationId, analysis, _versionId, lang: Lang = 'ja'): Promise<Proposal[]> {
    const chain = chainFromPolicy(analysis);
    if (!chain) return [];
    const payload: Payload = { clausePath: chain.clausePath, roles: chain.roles };
    const now = await loadSettings(db, organizationId);
    const same =
      now.stored &&
      now.chain.length === chain.roles.length &&
      now.chain.every((s, i) => s.label === chain.roles[i].name && !!s.role);
    return [
      {
        kind: KIND,
        key: `${KIND}:${chain.clausePath}`,
        title: t(lang, 'incidents.proposal.chain_title'),
        detail: describe(payload, lang),
        clausePath: chain.clausePath,
        payload,
        alreadyPresent: same,
      },
    ];
  },
  async accept(trx: Kysely<DB>, actor: Actor, proposal: Proposal) {
    const p = proposal.payload as Payload;
    const { stored: _s, ...now } = await loadSettings(trx, actor.organizationId);
    const timeout = now.chain[0]?.timeoutHours ?? 24;
    const chain = await chainSteps(trx, actor, p.roles, timeout);
    await saveSettings.in(trx, actor, { ...now, chain });
    return { type: 'incident_settings', id: actor.organizationId };
  },
};
