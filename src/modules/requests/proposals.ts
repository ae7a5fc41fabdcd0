import type { Kysely } from 'kysely';
import { rowInOrg, rowsInOrg, rowsWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Proposal, ProposalProvider } from '../module.ts';
import { setRoleFunctions } from '../org/index.ts';
import type { PolicyAnalysis } from '../policy/index.ts';
import { levelsOutside, schemeLabels } from './approval-need.ts';
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

/** One proposed request type: the permissions of one kind (or of one clause when the kind is not known). */
export interface PermissionGroup {
  key: string;
  topic: string;
  /** set for a permission of no known kind: the clause's title names the type */
  name?: string;
  approvers: string[];
  levels: string[];
  /** approvers chosen by the asset's level, when the policy makes them depend on it */
  byLevel: Record<string, string[]>;
  path: string;
  text: string;
}

/** The title of the clause or its nearest titled ancestor (「庁外での情報処理作業」). */
function clauseTitle(path: string, clauses: PolicyAnalysis['clauses']): string | undefined {
  const titles = new Map(clauses.map((c) => [c.path, c.title] as const));
  for (let p = path; p !== ''; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') {
    const t = titles.get(p);
    if (t) return t;
  }
  return undefined;
}

/**
 * Groups the policy's permission obligations: one request type per kind of act, citing the first
 * clause; a permission of no known kind is still proposed, one per clause, named from its clause.
 */
export function permissionTopics(
  analysis: Pick<PolicyAnalysis, 'obligations' | 'clauses'>,
): Map<string, PermissionGroup> {
  const out = new Map<string, PermissionGroup>();
  for (const o of analysis.obligations ?? []) {
    const byLevel = o.approverByLevel ?? {};
    if (!o.approver?.length && Object.keys(byLevel).length === 0) continue;
    const known = !!o.topic && o.topic in TOPICS;
    const key = known ? (o.topic as string) : `clause:${o.path}`;
    const cur = out.get(key) ?? {
      key,
      topic: known ? (o.topic as string) : 'other',
      ...(known ? {} : { name: clauseTitle(o.path, analysis.clauses ?? []) ?? o.path }),
      approvers: [],
      levels: [],
      byLevel: {},
      path: o.path,
      text: o.text,
    };
    if (Object.keys(byLevel).length > 0) {
      for (const [level, roles] of Object.entries(byLevel))
        cur.byLevel[level] = [...new Set([...(cur.byLevel[level] ?? []), ...roles])];
    } else cur.approvers = [...new Set([...cur.approvers, ...(o.approver ?? [])])];
    cur.levels = [...new Set([...cur.levels, ...(o.levels ?? []), ...Object.keys(byLevel)])];
    out.set(key, cur);
  }
  return out;
}

/** A short stable code for a clause's own type: `permission-` and a hash of its path. */
function clauseCode(path: string): string {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619) >>> 0;
  return `permission-${h.toString(36)}`;
}

/** The chain: roles chosen by level when the policy makes them depend on it, else the roles it names (all must agree when several). */
function chainOf(g: PermissionGroup): TypeInput['definition']['chain'] {
  const fn = approveFn(g.topic);
  const levels = Object.entries(g.byLevel);
  if (levels.length > 0) {
    // Options with the same roles share one entry: 機密性3・機密性2 → 統括情報セキュリティ責任者.
    const options: { levels: string[]; roles: string[] }[] = [];
    for (const [level, roles] of levels) {
      const same = options.find((o) => o.roles.join('・') === roles.join('・'));
      if (same) same.levels.push(level);
      else options.push({ levels: [level], roles });
    }
    return [
      {
        function: fn,
        mode: 'any',
        unitScoped: true,
        byLevel: options,
        ...(g.approvers.length ? { roles: g.approvers } : {}),
      },
    ];
  }
  const several = g.approvers.length > 1;
  // A type of no known kind shares its approval function with others: its roles say who approves it.
  return [
    {
      function: fn,
      mode: several ? 'all' : 'any',
      unitScoped: several,
      ...(g.topic === 'other' && g.approvers.length ? { roles: g.approvers } : {}),
    },
  ];
}

/** The proposed type: the catalogue's form for the topic when there is one, the policy's approvers and levels. */
function proposedType(g: PermissionGroup): TypeInput {
  const base = g.topic === 'other' ? undefined : CATALOGUE.find((e) => e.type.topic === g.topic)?.type;
  const nameJa = g.name
    ? t('ja', 'requests.proposal.type_name', { name: g.name }).slice(0, 100)
    : (base?.nameJa ?? TOPICS[g.topic].ja);
  return {
    code: g.topic === 'other' ? clauseCode(g.path) : g.topic.replace(/_/g, '-'),
    nameJa,
    nameEn: g.name ? `Permission: ${g.path}`.slice(0, 100) : (base?.nameEn ?? TOPICS[g.topic].en),
    topic: g.topic,
    recordKind: base?.recordKind ?? g.topic,
    clausePath: g.path,
    active: true,
    definition: {
      flow: 'approval',
      fields: base?.definition.fields ?? [
        { key: 'purpose', type: 'textarea', label: { ja: '目的・理由', en: 'Purpose' }, required: true },
      ],
      levels: g.levels,
      chain: chainOf(g),
      returnTracking: base?.definition.returnTracking ?? null,
      confirmations: null,
      escalateAfterDays: 3,
    },
  };
}

/** How the approvers read in the proposal: 「機密性3 → 統括… / 機密性2 → 管理者」 or the roles. */
function describeApprovers(g: PermissionGroup, lang: Lang): string {
  const levels = Object.entries(g.byLevel);
  if (levels.length > 0)
    return t(lang, 'requests.proposal.approvers_by_level', {
      levels: levels.map(([l, r]) => `${l} → ${r.join('・')}`).join(' / '),
    });
  const approvers = t(lang, 'requests.proposal.approvers', { roles: g.approvers.join('・') });
  return g.levels.length
    ? `${approvers}${t(lang, 'requests.proposal.levels', { levels: g.levels.join('・') })}`
    : approvers;
}

/** Request types proposed from an imported policy's permission obligations. */
export const requestTypeProposals: ProposalProvider = {
  kind: 'request_types',
  async propose(
    db: Kysely<DB>,
    organizationId: string,
    analysis: PolicyAnalysis,
    _versionId: string,
    lang: Lang = 'ja',
  ): Promise<Proposal[]> {
    const existing = await rowsInOrg(db, 'request_types', organizationId, {}, ['topic', 'code']);
    return [...permissionTopics(analysis).values()].map((g) => {
      const type = proposedType(g);
      const roles = [...new Set([...g.approvers, ...Object.values(g.byLevel).flat()])];
      return {
        kind: 'request_types',
        key: `request_types:${g.key}`,
        // The kind's group heads the list (申請の種類): the title is the type's name alone.
        title: g.name ? (lang === 'en' ? type.nameEn : type.nameJa) : TOPICS[g.topic][lang],
        detail: describeApprovers(g, lang),
        clausePath: g.path,
        payload: { topic: g.topic, approverRoles: roles, levels: g.levels, type } satisfies Payload,
        alreadyPresent: existing.some((e) =>
          g.topic === 'other' ? e.code === type.code : e.topic === g.topic,
        ),
      };
    });
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
      const held = await rowsWhere(trx, 'role_functions', { role_id: r.id }, ['function_key']);
      const keys = held.map((h) => h.function_key);
      if (!keys.includes(fn)) await setRoleFunctions(trx, actor, r.id, [...keys, fn]);
    }
    const found = await rowInOrg(trx, 'request_types', actor.organizationId, { code: p.type.code }, ['id']);
    if (found) return { type: 'request_type', id: found.id };
    // Levels the body's scheme does not have (the scheme not accepted yet) leave the type inactive, never
    // refused: the home checklist then asks for the scheme, and the editor activates it.
    const outside = levelsOutside(p.type.definition, await schemeLabels(trx, actor.organizationId));
    const type = outside.length ? { ...p.type, active: false } : p.type;
    const id = await createType.in(trx, actor, type, { kind: 'policy' });
    return { type: 'request_type', id };
  },
};
