import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { updateInOrg } from '../../db/update-in-org.ts';
import { activeScheme, highestOf, type Scheme } from '../classification/index.ts';

/** Level ids of an asset and everything it holds, however deep. */
async function levelsWithin(trx: Kysely<DB>, org: string, assetId: string): Promise<string[]> {
  const seen = new Set<string>([assetId]);
  let frontier = [assetId];
  while (frontier.length) {
    const kids = await trx
      .selectFrom('assets')
      .select('id')
      .where('organization_id', '=', org)
      .where('parent_id', 'in', frontier)
      .where('status', '!=', 'disposed')
      .execute();
    frontier = kids.map((k) => k.id).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  const ids = [...seen];
  const out: string[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await trx
      .selectFrom('asset_classes')
      .select('level_id')
      .where('organization_id', '=', org)
      .where('asset_id', 'in', ids.slice(i, i + 500))
      .execute();
    out.push(...rows.map((r) => r.level_id));
  }
  return out;
}

/**
 * Recomputes the class of an asset from its own class and its contents (R-B7: a medium is handled
 * at the highest class it holds), then of each container above it.
 */
export async function recomputeUpwards(
  trx: Kysely<DB>,
  org: string,
  assetId: string | null,
  scheme?: Scheme | null,
): Promise<void> {
  const s = scheme === undefined ? await activeScheme(trx, org) : scheme;
  const seen = new Set<string>();
  let id = assetId;
  while (id && !seen.has(id)) {
    seen.add(id);
    const levels = s ? [...highestOf(await levelsWithin(trx, org, id), s).values()].map((l) => l.id) : [];
    await updateInOrg(trx, 'assets', org, id, { computed_class: JSON.stringify(levels) });
    const row = await trx.selectFrom('assets').select('parent_id').where('id', '=', id).executeTakeFirst();
    id = row?.parent_id ?? null;
  }
}

/** Recomputes every asset's computed class (after a scheme version is activated). */
export async function recomputeAllContainers(trx: Kysely<DB>, org: string): Promise<void> {
  const scheme = await activeScheme(trx, org);
  // Plain assets: computed = own class. Containers then take their contents into account.
  const own = await rowsInOrg(trx, 'asset_classes', org, {}, ['asset_id', 'level_id']);
  const byAsset = new Map<string, string[]>();
  for (const r of own) byAsset.set(r.asset_id, [...(byAsset.get(r.asset_id) ?? []), r.level_id]);
  await trx.updateTable('assets').set({ computed_class: '[]' }).where('organization_id', '=', org).execute();
  for (const [assetId, levels] of byAsset) {
    await updateInOrg(trx, 'assets', org, assetId, { computed_class: JSON.stringify(levels) });
  }
  const containers = await trx
    .selectFrom('assets')
    .select('parent_id')
    .distinct()
    .where('organization_id', '=', org)
    .where('parent_id', 'is not', null)
    .execute();
  for (const c of containers) await recomputeUpwards(trx, org, c.parent_id, scheme);
}
