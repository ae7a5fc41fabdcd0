/** The roles provider: one proposal per role and per committee the policy establishes, each linked to its clause (R-P1, R-A1, R-A7). */
import type { Kysely } from 'kysely';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Proposal, ProposalProvider } from '../module.ts';
import type { PolicyAnalysis } from '../policy/index.ts';
import { createCommittee, setMembers } from './committees.ts';
import { createRole } from './service.ts';

/** What accepting a roles proposal creates. */
export interface RolePayload {
  name: string;
  tier: number;
  post: string | null;
  duties: string | null;
  clausePath: string;
  committee: boolean;
  /** a committee's purpose and the posts of its members, as the policy gives them */
  purpose?: string | null;
  members?: string[];
  /** the chair's seat as the policy names it (委員長, 議長, 本部長) */
  chairTitle?: string;
}

function rolePayloads(a: PolicyAnalysis): RolePayload[] {
  const known = a.roles.map((r) => r.tier).filter((t): t is number => typeof t === 'number');
  const top = known.length ? Math.min(...known) : 1;
  // A role whose rank the text leaves open goes below every ranked one; the administrator can move it.
  const below = known.length ? Math.max(...known) + 1 : 1;
  const out: RolePayload[] = a.roles.map((r) => ({
    name: r.name,
    tier: r.tier ?? below,
    post: r.post ?? null,
    duties: r.duties?.length ? r.duties.join('\n') : null,
    clausePath: r.path,
    committee: false,
  }));
  for (const c of a.committees) {
    // A committee ranks with the role whose post chairs it, else with the top of the hierarchy.
    // The chair may be named by a post (副町長) or by a role (CISOを委員長とし).
    const chair = c.chair?.post;
    const chairRole = chair
      ? a.roles.find((r) => r.post === chair || r.name === chair || r.aliases?.includes(chair))
      : undefined;
    out.push({
      name: c.name,
      tier: chairRole?.tier ?? top,
      post: c.chair?.post ?? null,
      duties: [c.purpose, ...c.duties].filter(Boolean).join('\n') || null,
      clausePath: c.path,
      committee: true,
      purpose: c.purpose ?? null,
      members: c.memberNames ?? [],
      ...(c.chair ? { chairTitle: c.chair.title } : {}),
    });
  }
  return out;
}

function describe(p: RolePayload, a: PolicyAnalysis, lang: Lang): string {
  const parts = [t(lang, 'org.proposal.tier', { tier: p.tier })];
  // A committee's post is its chair's: it is said as the chair, with the members, never as a post to fill.
  if (p.post)
    parts.push(
      p.committee
        ? t(lang, 'org.proposal.chair', { title: p.chairTitle ?? '', post: p.post })
        : t(lang, 'org.proposal.post', { post: p.post }),
    );
  if (p.committee) {
    const c = a.committees.find((x) => x.name === p.name);
    if (c?.members?.rows.length)
      parts.push(t(lang, 'org.proposal.members', { count: c.members.rows.length }));
    else if (p.members?.length)
      parts.push(t(lang, 'org.proposal.member_posts', { posts: p.members.join('・') }));
  }
  if (p.duties) parts.push(p.duties.split('\n')[0].slice(0, 120));
  return parts.join(' / ');
}

async function existingNames(db: Kysely<DB>, organizationId: string): Promise<Set<string>> {
  const rows = await rowsInOrg(db, 'roles', organizationId, {}, ['name']);
  const committees = await rowsInOrg(db, 'committees', organizationId, {}, ['name']);
  return new Set([...rows, ...committees].map((r) => r.name));
}

/**
 * A committee stays a committee (R-A8): its chair by post, its purpose and duties, and the members the policy
 * names (「各課長を委員とする」) as posts on its roster.
 */
async function acceptCommittee(trx: Kysely<DB>, actor: Actor, p: RolePayload) {
  const existing = await rowInOrg(trx, 'committees', actor.organizationId, { name: p.name }, ['id']);
  if (existing) return { type: 'committee', id: existing.id };
  const duties = p.duties
    ?.split('\n')
    .filter((d) => d !== p.purpose)
    .join('\n');
  const id = await createCommittee.in(trx, actor, {
    name: p.name,
    purpose: p.purpose ?? null,
    duties: duties || null,
    chairPost: p.post,
    clausePath: p.clausePath,
  });
  if (p.members?.length)
    await setMembers.in(
      trx,
      actor,
      id,
      p.members.map((post) => ({ post })),
    );
  return { type: 'committee', id };
}

/** Proposes the policy's roles and committees; those the organization already has by name are marked present. */
export const rolesProvider: ProposalProvider = {
  kind: 'roles',
  async propose(db, organizationId, analysis, _versionId, lang = 'ja'): Promise<Proposal[]> {
    const have = await existingNames(db, organizationId);
    return rolePayloads(analysis).map((p) => ({
      kind: 'roles',
      key: `${p.committee ? 'committee' : 'role'}:${p.name}`,
      title: p.name,
      detail: describe(p, analysis, lang),
      clausePath: p.clausePath,
      payload: p,
      alreadyPresent: have.has(p.name),
    }));
  },
  async accept(trx: Kysely<DB>, actor: Actor, proposal: Proposal) {
    const p = proposal.payload as RolePayload;
    if (p.committee) return acceptCommittee(trx, actor, p);
    const existing = await rowInOrg(trx, 'roles', actor.organizationId, { name: p.name }, ['id']);
    if (existing) return { type: 'role', id: existing.id };
    const id = await createRole(trx, actor, {
      name: p.name,
      tier: p.tier,
      post: p.post,
      duties: p.duties,
      clausePath: p.clausePath,
    });
    return { type: 'role', id };
  },
};
