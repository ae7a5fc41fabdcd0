/** Set-up proposals of kind `segments`: the segments and segment rules an imported policy names. */
import type { Kysely } from 'kysely';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Proposal, ProposalProvider } from '../module.ts';
import type { ClauseNode, PolicyAnalysis } from '../policy/index.ts';
import { flagsFor, type SegmentFlags } from './defaults.ts';
import { changeRecord, insertRecord } from './kit/write.ts';
import { segmentRegister } from './registers.ts';

export interface SegmentProposalPayload extends SegmentFlags {
  name: string;
  clausePath: string | null;
  /** The sentences that set the rules, for the reviewer. */
  rules: { kind: string; path: string; text: string }[];
}

/** A clause's words without spaces and bracketed asides (「LGWAN（総合行政ネットワーク）接続系」). */
function plain(text: string): string {
  return text.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]/g, '');
}

/** The first clause that names the segment, for a segment the text names but sets no rule for. */
function namingClause(tree: ClauseNode[], name: string): string | null {
  for (const n of tree) {
    if (plain(`${n.title ?? ''}${n.text}`).includes(name)) return n.path;
    const inside = namingClause(n.children, name);
    if (inside) return inside;
  }
  return null;
}

/**
 * One proposal per segment the analysis names, carrying the rules found for it and their clauses; a
 * segment without rules links to the clause that first names it.
 */
export function segmentProposals(
  analysis: Pick<PolicyAnalysis, 'segments' | 'segmentRules'> & { tree?: ClauseNode[] },
  existing: Set<string>,
  lang: Lang = 'ja',
): Proposal[] {
  const names = [...new Set([...analysis.segments, ...analysis.segmentRules.map((r) => r.segment)])];
  return names.map((name) => {
    const rules = analysis.segmentRules.filter((r) => r.segment === name);
    const clausePath = rules[0]?.path ?? namingClause(analysis.tree ?? [], name);
    const payload: SegmentProposalPayload = {
      name,
      clausePath,
      rules: rules.map((r) => ({ kind: r.kind, path: r.path, text: r.text })),
      ...flagsFor(
        name,
        rules.map((r) => r.kind),
      ),
    };
    return {
      kind: 'segments',
      key: `segment:${name}`,
      title: name,
      // One sentence can set several rules: the reviewer reads it once.
      detail: rules.length
        ? [...new Set(rules.map((r) => `${r.path}: ${r.text}`))].join('\n')
        : t(lang, 'systems.proposal.segment'),
      clausePath,
      payload,
      alreadyPresent: existing.has(name),
    };
  });
}

/** Creates the proposed segment, or adds the policy's rule flags to an existing one of that name. */
export async function acceptSegment(
  trx: Kysely<DB>,
  actor: Actor,
  proposal: Proposal,
): Promise<{ type: string; id: string }> {
  const p = proposal.payload as SegmentProposalPayload;
  const { rules: _rules, ...values } = p;
  const found = await rowInOrg(trx, 'network_segments', actor.organizationId, { name: p.name }, ['id']);
  if (!found) return { type: 'network_segment', id: await insertRecord(trx, actor, segmentRegister, values) };
  // Only raise flags: accepting a proposal never loosens a rule the organization set itself.
  const raise = Object.fromEntries(Object.entries(values).filter(([k, v]) => v === true && k !== 'name'));
  await changeRecord(trx, actor, segmentRegister, found.id, raise);
  return { type: 'network_segment', id: found.id };
}

/** The `segments` provider registered on the systems module. */
export const segmentsProvider: ProposalProvider = {
  kind: 'segments',
  async propose(db, organizationId, analysis, _versionId, lang = 'ja') {
    const rows = await rowsInOrg(db, 'network_segments', organizationId, {}, ['name']);
    return segmentProposals(analysis, new Set(rows.map((r) => r.name)), lang);
  },
  accept: acceptSegment,
};
