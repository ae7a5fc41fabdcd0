/**
 * Which of the reviewer's corrections a proposal follows, so that the review screen marks it 「訂正済み」 and
 * says what was changed: a role's correction marks its role, a level or axis correction the classification,
 * a clause or sentence correction every proposal made from that clause (or a clause below it).
 */
import type { Proposal } from '../module.ts';
import { anchorOf } from './corrections.ts';
import { flatten } from './parse/clauses.ts';
import type { PolicyCorrectionsTable } from './tables.ts';
import type { PolicyAnalysis } from './types.ts';

/** A correction as the proposal shows it: what it concerns and what it changed. */
export interface AppliedCorrection {
  id: string;
  kind: string;
  target: string;
  change: Record<string, unknown>;
}

const changeOf = (value: string): Record<string, unknown> => {
  const { kind: _k, anchor: _a, ...rest } = JSON.parse(value);
  return rest;
};

/** For each proposal, the applied corrections it follows (in the order they were made). */
export function correctionsOfProposals(
  proposals: Proposal[],
  rows: PolicyCorrectionsTable[],
  analysis: PolicyAnalysis,
): AppliedCorrection[][] {
  const unmatched = new Set(analysis.correctionsUnmatched ?? []);
  // A clause correction is found by its anchor: the clause may have moved since (a new parent).
  const pathOf = new Map<string, string>();
  for (const n of flatten(analysis.tree)) {
    const a = anchorOf(n);
    if (!pathOf.has(a)) pathOf.set(a, n.path);
  }
  const applied = rows.flatMap((r, i) =>
    unmatched.has(i)
      ? []
      : [
          {
            row: r,
            path: (r.anchor ? pathOf.get(r.anchor) : undefined) ?? r.clause_path,
            shown: { id: r.id, kind: r.kind, target: r.target, change: changeOf(r.value) },
          },
        ],
  );
  const under = (path: string | null, clause: string | null) =>
    !!path && !!clause && (path === clause || path.startsWith(`${clause}/`));
  return proposals.map((p) =>
    applied
      .filter(({ row, path }) => {
        if (row.kind === 'role') return p.kind === 'roles' && p.key === `role:${row.target}`;
        if (row.kind === 'level' || row.kind === 'axis') return p.kind === 'classification';
        return under(p.clausePath, path);
      })
      .map((x) => x.shown),
  );
}
