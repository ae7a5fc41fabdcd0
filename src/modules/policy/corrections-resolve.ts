/**
 * What the screen sends → the engine's correction: the clause named by its path as now shown gets its
 * anchor (a fingerprint of its own text), and every target is checked against the version's reading.
 */
import { badInput } from '../../http/errors.ts';
import { anchorOf } from './corrections.ts';
import type { CorrectionInput } from './corrections-schema.ts';
import { flatten } from './parse/clauses.ts';
import type { ClauseNode, PolicyAnalysis, PolicyCorrection } from './types.ts';

/** An engine correction with what it concerns, in words, for the list and the audit log. */
export interface ResolvedCorrection {
  correction: PolicyCorrection;
  clausePath: string | null;
  anchor: string | null;
  target: string;
}

const noChange = () =>
  badInput('policy.correction_no_change', {}, [{ field: 'kind', code: 'policy.correction_no_change' }]);

function clauseAt(tree: ClauseNode[], path: string, field: string): ClauseNode {
  const node = flatten(tree).find((n) => n.path === path);
  if (!node)
    throw badInput('policy.correction_clause_unknown', { path }, [
      { field, code: 'policy.correction_clause_unknown' },
    ]);
  return node;
}

/** A clause in words: its number and heading, or its number and the start of its text. */
const label = (n: ClauseNode) => {
  const words = n.title ?? (n.text.length > 30 ? `${n.text.slice(0, 30)}…` : n.text);
  return words ? `${n.label} ${words}` : n.label;
};

/** Checks a correction against the version's current reading and makes the engine's correction of it. */
export function resolveCorrection(input: CorrectionInput, a: PolicyAnalysis): ResolvedCorrection {
  switch (input.kind) {
    case 'clause': {
      if (input.parentPath === undefined && input.title === undefined) throw noChange();
      const node = clauseAt(a.tree, input.path, 'path');
      const anchor = anchorOf(node);
      let parent: { anchor: string; path: string } | null | undefined;
      if (input.parentPath === null) parent = null;
      else if (input.parentPath !== undefined) {
        const p = clauseAt(a.tree, input.parentPath, 'parentPath');
        if (p === node || p.path.startsWith(`${node.path}/`))
          throw badInput('policy.correction_parent_invalid', { path: node.path }, [
            { field: 'parentPath', code: 'policy.correction_parent_invalid' },
          ]);
        parent = { anchor: anchorOf(p), path: p.path };
      }
      return {
        correction: {
          kind: 'clause',
          anchor,
          path: node.path,
          ...(parent !== undefined ? { parent } : {}),
          ...(input.title !== undefined ? { title: input.title } : {}),
        },
        clausePath: node.path,
        anchor,
        target: label(node),
      };
    }
    case 'role': {
      if (input.post === undefined && input.tier === undefined && input.aliases === undefined)
        throw noChange();
      const role = a.roles.find((r) => r.name === input.name || r.aliases?.includes(input.name));
      if (!role)
        throw badInput('policy.correction_role_unknown', { name: input.name }, [
          { field: 'name', code: 'policy.correction_role_unknown' },
        ]);
      const { kind: _k, name: _n, ...change } = input;
      return {
        correction: { kind: 'role', name: role.name, ...change },
        clausePath: role.path,
        anchor: null,
        target: role.name,
      };
    }
    case 'actor': {
      if (input.actors === undefined && input.modality === undefined && input.approver === undefined)
        throw noChange();
      const node = clauseAt(a.tree, input.path, 'path');
      const ob = a.obligations.find((o) => o.path === node.path && o.text === input.sentence);
      if (!ob)
        throw badInput('policy.correction_sentence_unknown', { path: node.path }, [
          { field: 'sentence', code: 'policy.correction_sentence_unknown' },
        ]);
      const anchor = anchorOf(node);
      const { kind: _k, path: _p, ...change } = input;
      return {
        correction: { kind: 'actor', anchor, path: node.path, ...change },
        clausePath: node.path,
        anchor,
        target: ob.text,
      };
    }
    case 'level': {
      const levels = a.classification?.levels ?? [];
      const found = levels.find((l) => l.axis === input.axis && l.label === input.label);
      if (input.remove && !found)
        throw badInput('policy.correction_level_unknown', { axis: input.axis, label: input.label }, [
          { field: 'label', code: 'policy.correction_level_unknown' },
        ]);
      if (found && !input.remove && input.rank === undefined && input.definition === undefined)
        throw noChange();
      const { kind: _k, ...change } = input;
      return {
        correction: { kind: 'level', ...change },
        clausePath: a.classification?.path || null,
        anchor: null,
        target: `${input.axis}${input.label}`,
      };
    }
    case 'axis': {
      const axes = a.classification?.axes ?? [];
      if (!axes.includes(input.axis))
        throw badInput('policy.correction_axis_unknown', { axis: input.axis }, [
          { field: 'axis', code: 'policy.correction_axis_unknown' },
        ]);
      if (input.name === input.axis) throw noChange();
      if (axes.includes(input.name))
        throw badInput('policy.correction_axis_exists', { name: input.name }, [
          { field: 'name', code: 'policy.correction_axis_exists' },
        ]);
      return {
        correction: { kind: 'axis', axis: input.axis, name: input.name },
        clausePath: a.classification?.path || null,
        anchor: null,
        target: input.axis,
      };
    }
  }
}
