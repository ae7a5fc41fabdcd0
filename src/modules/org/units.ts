import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { badInput, conflict } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import './events.ts';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { mustFind, mustReference } from './lookup.ts';
import { unitAndDescendants } from './scope.ts';
import { createUnit } from './service.ts';

export interface UnitNode {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  sortOrder: number;
  active: boolean;
  children: UnitNode[];
}

/** Builds the unit tree from flat rows (pure; orphans whose parent is missing become roots). */
export function buildUnitTree(
  rows: {
    id: string;
    parent_id: string | null;
    name: string;
    kind: string;
    sort_order: number;
    active: number;
  }[],
): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const r of rows) {
    nodes.set(r.id, {
      id: r.id,
      parentId: r.parent_id,
      name: r.name,
      kind: r.kind,
      sortOrder: r.sort_order,
      active: r.active === 1,
      children: [],
    });
  }
  const roots: UnitNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.parentId ? nodes.get(n.parentId) : undefined;
    (parent ? parent.children : roots).push(n);
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'ja'));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** The organization's units as a tree. */
export async function unitTree(db: Kysely<DB>, organizationId: string): Promise<UnitNode[]> {
  const rows = await rowsInOrg(db, 'units', organizationId, {});
  return buildUnitTree(rows);
}

/** Renames a unit (and optionally changes its kind word or order). */
export const renameUnit = transactional(
  async (
    trx: Kysely<DB>,
    actor: Actor,
    id: string,
    input: { name: string; kind?: string; sortOrder?: number },
  ): Promise<void> => {
    const unit = await mustFind(trx, 'units', actor.organizationId, id);
    const kind = input.kind ?? unit.kind;
    const values = { name: input.name, kind, sort_order: input.sortOrder ?? unit.sort_order };
    await updateAudited(trx, actor, 'units', id, values, 'org.unit_renamed', 'unit', {
      before: unit.name,
      after: input.name,
      kind,
    });
  },
);

/** Moves a unit under another parent (or to the top); a unit cannot move below itself. */
export const moveUnit = transactional(
  async (trx: Kysely<DB>, actor: Actor, id: string, parentId: string | null): Promise<void> => {
    const org = actor.organizationId;
    const unit = await mustFind(trx, 'units', org, id);
    await mustReference(trx, 'units', org, parentId, 'parentId');
    if (parentId && (await unitAndDescendants(trx, org, [id])).includes(parentId)) {
      throw badInput('org.unit_cycle', {}, [{ field: 'parentId', code: 'org.unit_cycle' }]);
    }
    await updateAudited(trx, actor, 'units', id, { parent_id: parentId }, 'org.unit_moved', 'unit', {
      name: unit.name,
      fromParentId: unit.parent_id,
      toParentId: parentId,
    });
  },
);

/**
 * Abolishes a unit. It is kept (people, assignments and records still point at it) but no
 * longer offered; a unit that still has active people or active sub-units cannot be abolished.
 */
export const deactivateUnit = transactional(
  async (trx: Kysely<DB>, actor: Actor, id: string): Promise<void> => {
    const org = actor.organizationId;
    const unit = await mustFind(trx, 'units', org, id);
    const people = await rowInOrg(trx, 'users', org, { unit_id: id, status: 'active' }, ['id']);
    const child = await rowInOrg(trx, 'units', org, { parent_id: id, active: 1 }, ['id']);
    if (people || child) throw conflict('org.unit_in_use', { name: unit.name });
    await updateAudited(trx, actor, 'units', id, { active: 0 }, 'org.unit_deactivated', 'unit', {
      name: unit.name,
    });
  },
);

/** Adds a unit under a parent of the same organization (400 naming parentId otherwise). */
export const addUnit = transactional(
  async (trx: Kysely<DB>, actor: Actor, body: Parameters<typeof createUnit>[2]): Promise<{ id: string }> => {
    await mustReference(trx, 'units', actor.organizationId, body.parentId, 'parentId');
    return { id: await createUnit(trx, actor, body) };
  },
);
