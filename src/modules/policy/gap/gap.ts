/** Gap analysis: which areas of mamori's outline a policy covers, covers thinly, or misses. */
import { flatten } from '../parse/clauses.ts';
import type { ClauseNode, PolicyAnalysis } from '../types.ts';
import { AREAS, type Area, type AreaScope } from './areas.ts';

export type GapStatus = 'covered' | 'thin' | 'missing';

export interface AreaResult {
  id: string;
  title: string;
  description: string;
  scope: AreaScope;
  parent?: string;
  status: GapStatus;
  /** clauses whose heading names the area first, then clauses that only mention it */
  paths: string[];
}

// "上記3の脅威" refers to a section; it does not cover the area by itself.
const mentions = (text: string, cue: string) => text.replace(/上記[0-9、及び]+の?/g, '').includes(cue);

function subtreeChars(node: ClauseNode): number {
  return flatten([node]).reduce((n, c) => n + c.text.length, 0);
}

function applies(area: Area, kinds: PolicyAnalysis['kinds']): boolean {
  if (area.scope === 'both') return true;
  if (area.scope === 'basic') return kinds.includes('基本方針');
  return kinds.includes('対策基準');
}

/** Rates every applicable area; a 対策基準 needs more text under a heading to count as covered. */
export function gapAnalysis(analysis: Pick<PolicyAnalysis, 'tree' | 'kinds'>): AreaResult[] {
  const nodes = flatten(analysis.tree);
  const standard = analysis.kinds.includes('対策基準');
  const minChars = standard ? 150 : 20;
  return AREAS.filter((a) => applies(a, analysis.kinds)).map((area) => {
    const strong = nodes.filter((n) => area.cues.some((c) => mentions(n.title ?? '', c)));
    const weak = nodes.filter((n) => !strong.includes(n) && area.cues.some((c) => mentions(n.text, c)));
    const substance = strong.reduce((sum, n) => sum + subtreeChars(n), 0);
    const threshold = area.scope === 'both' ? minChars : area.scope === 'standard' ? 60 : 20;
    // A 基本方針 section (目的, 脅威, 適用範囲 …) exists as a heading or not at all.
    const hits = area.scope === 'basic' ? strong.length : strong.length + weak.length;
    const status: GapStatus =
      strong.length > 0 && substance >= threshold ? 'covered' : hits > 0 ? 'thin' : 'missing';
    return {
      id: area.id,
      title: area.title,
      description: area.description,
      scope: area.scope,
      ...(area.parent ? { parent: area.parent } : {}),
      status,
      paths: [...strong, ...weak].map((n) => n.path),
    };
  });
}
