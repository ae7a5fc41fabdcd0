import type { Kysely } from 'kysely';
import { insertBatched } from '../../db/insert-batched.ts';
import { insertInOrg } from '../../db/insert-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { badInput, conflict } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { findInOrg } from '../../http/find.ts';
import { activeVersionId, loadScheme } from './queries.ts';
import { highestOf, levelById } from './rules.ts';
import type { SchemeInput } from './schema.ts';

/** What another module recomputes in the activating transaction once a scheme version is active. */
export type SchemeActivated = (trx: Kysely<DB>, organizationId: string) => Promise<void>;
const afterActivation: SchemeActivated[] = [];

/** Adds work to a scheme version's activation (the registry wires each manifest's `on.schemeActivated`). */
export function onSchemeActivated(fn: SchemeActivated): void {
  afterActivation.push(fn);
}

/**
 * Adds a scheme version. The first one becomes active at once; a later one waits as `pending`
 * with a re-map review item per classified asset, so no asset changes class silently.
 */
export const createVersion = transactional(
  async (trx, actor: Actor, input: SchemeInput): Promise<{ id: string; status: 'active' | 'pending' }> => {
    const org = actor.organizationId;
    const pending = await rowInOrg(trx, 'classification_versions', org, { status: 'pending' }, ['id']);
    if (pending) throw conflict('classification.pending_exists');
    const last = await trx
      .selectFrom('classification_versions')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('organization_id', '=', org)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    const currentId = await activeVersionId(trx, org);
    const status = currentId ? 'pending' : 'active';
    const now = nowIso();
    const id = await insertInOrg(trx, 'classification_versions', org, {
      version,
      name: input.name,
      status,
      clause_path: input.clausePath ?? null,
      created_by: actor.userId,
      created_at: now,
      activated_at: status === 'active' ? now : null,
    });
    for (const [i, axis] of input.axes.entries()) {
      const axisId = newId();
      await trx
        .insertInto('classification_axes')
        .values({ id: axisId, organization_id: org, version_id: id, name: axis.name, sort_order: i })
        .execute();
      await trx
        .insertInto('classification_levels')
        .values(
          axis.levels.map((l, j) => ({
            id: newId(),
            organization_id: org,
            version_id: id,
            axis_id: axisId,
            label: l.label,
            rank: j + 1,
            definition: l.definition ?? null,
            restrictions: JSON.stringify(l.restrictions),
            requires_lockable: l.requiresLockable ? 1 : 0,
            requires_offsite: l.requiresOffsite ? 1 : 0,
            designators: JSON.stringify(l.designators),
          })),
        )
        .execute();
    }
    const remapItems = currentId ? await createRemapItems(trx, org, currentId, id) : 0;
    await recordAudit(
      trx,
      actor,
      'classification.version_created',
      { type: 'classification_version', id },
      {
        version,
        name: input.name,
        clausePath: input.clausePath ?? null,
        axes: input.axes.map((a) => ({ name: a.name, levels: a.levels.map((l) => l.label) })),
        status,
        remapItems,
      },
    );
    return { id, status };
  },
);

/** One review item per (asset, level held); the proposal matches axis name and label, else none. */
async function createRemapItems(
  trx: Kysely<DB>,
  org: string,
  oldId: string,
  newVersionId: string,
): Promise<number> {
  const [oldScheme, newScheme] = await Promise.all([
    loadScheme(trx, org, oldId),
    loadScheme(trx, org, newVersionId),
  ]);
  if (!oldScheme || !newScheme) return 0;
  const held = await rowsInOrg(trx, 'asset_classes', org, {}, ['asset_id', 'level_id']);
  const rows = held.map((h) => {
    const old = levelById(oldScheme, h.level_id);
    const oldAxis = oldScheme.axes.find((a) => a.id === old?.axisId);
    const newAxis = newScheme.axes.find((a) => a.name === oldAxis?.name);
    const match = newAxis?.levels.find((l) => l.label === old?.label);
    return {
      id: newId(),
      organization_id: org,
      version_id: newVersionId,
      asset_id: h.asset_id,
      old_level_id: h.level_id,
      proposed_level_id: match?.id ?? null,
      confirmed_level_id: null,
      confirmed_by: null,
      confirmed_at: null,
    };
  });
  await insertBatched(trx, 'classification_remaps', rows, 500);
  return rows.length;
}

/** A person confirms the new level of one asset in the re-map review. */
export const confirmRemap = transactional(
  async (trx, actor: Actor, remapId: string, levelId: string): Promise<void> => {
    const org = actor.organizationId;
    const item = await findInOrg(trx, 'classification_remaps', org, remapId);
    const [version, level, old] = await Promise.all([
      trx
        .selectFrom('classification_versions')
        .select('status')
        .where('id', '=', item.version_id)
        .executeTakeFirst(),
      trx
        .selectFrom('classification_levels')
        .select(['label'])
        .where('organization_id', '=', org)
        .where('version_id', '=', item.version_id)
        .where('id', '=', levelId)
        .executeTakeFirst(),
      trx
        .selectFrom('classification_levels')
        .select('label')
        .where('id', '=', item.old_level_id)
        .executeTakeFirst(),
    ]);
    if (version?.status !== 'pending') throw conflict('classification.not_pending');
    if (!level)
      throw badInput('classification.level_unknown', {}, [
        { field: 'levelId', code: 'classification.level_unknown' },
      ]);
    await trx
      .updateTable('classification_remaps')
      .set({ confirmed_level_id: levelId, confirmed_by: actor.userId, confirmed_at: nowIso() })
      .where('id', '=', remapId)
      .execute();
    await recordAudit(
      trx,
      actor,
      'classification.remap_confirmed',
      { type: 'asset', id: item.asset_id },
      { assetId: item.asset_id, from: old?.label ?? '', to: level.label },
    );
  },
);

/** Activates a pending version once every re-map item is confirmed; applies the confirmed levels. */
export const activateVersion = transactional(
  async (trx, actor: Actor, versionId: string): Promise<number> => {
    const org = actor.organizationId;
    const v = await findInOrg(trx, 'classification_versions', org, versionId);
    if (v.status !== 'pending') throw conflict('classification.not_pending');
    const items = await rowsInOrg(trx, 'classification_remaps', org, { version_id: versionId });
    const open = items.filter((i) => !i.confirmed_level_id).length;
    if (open) throw conflict('classification.remap_incomplete', { count: open });
    const scheme = await loadScheme(trx, org, versionId);
    const byAsset = new Map<string, { levels: string[]; by: string | null }>();
    for (const i of items) {
      const e = byAsset.get(i.asset_id) ?? { levels: [], by: i.confirmed_by };
      e.levels.push(i.confirmed_level_id as string);
      byAsset.set(i.asset_id, e);
    }
    const now = nowIso();
    await trx.deleteFrom('asset_classes').where('organization_id', '=', org).execute();
    const rows = [...byAsset].flatMap(([assetId, e]) =>
      // Several old axes may map onto one new axis: the highest confirmed level wins (R-B7).
      [...highestOf(e.levels, scheme as NonNullable<typeof scheme>).values()].map((l) => ({
        organization_id: org,
        asset_id: assetId,
        axis_id: l.axisId,
        level_id: l.id,
        set_by: e.by,
        set_at: now,
        source: 'remap' as const,
        reason: null,
      })),
    );
    await insertBatched(trx, 'asset_classes', rows, 500);
    await trx
      .updateTable('classification_versions')
      .set({ status: 'retired' })
      .where('organization_id', '=', org)
      .where('status', '=', 'active')
      .execute();
    await trx
      .updateTable('classification_versions')
      .set({ status: 'active', activated_at: now })
      .where('id', '=', versionId)
      .execute();
    for (const fn of afterActivation) await fn(trx, org);
    await recordAudit(
      trx,
      actor,
      'classification.version_activated',
      { type: 'classification_version', id: versionId },
      { version: Number(v.version), name: v.name, remapped: byAsset.size },
    );
    return byAsset.size;
  },
);
