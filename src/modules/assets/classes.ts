import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { badInput } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { canLower, isLowering, type LevelDef, levelById, type Scheme } from '../classification/index.ts';
import { recomputeUpwards } from './containers.ts';
import { assertStorage, loadLocation } from './validate.ts';

/** The levels an asset holds now, resolved against the scheme. */
export async function currentLevels(
  trx: Kysely<DB>,
  org: string,
  assetId: string,
  scheme: Scheme,
): Promise<LevelDef[]> {
  const rows = await rowsInOrg(trx, 'asset_classes', org, { asset_id: assetId }, ['level_id']);
  return rows.map((r) => levelById(scheme, r.level_id)).filter((l): l is LevelDef => !!l);
}

/**
 * Sets levels on an asset and records the designation (R-B1): who, when, and the reason when a
 * level is lowered (R-B3, refused without one). Storage is re-checked against the new class (R-B8).
 */
export async function designate(
  trx: Kysely<DB>,
  actor: Actor,
  asset: { id: string; asset_no: string; location_id: string | null },
  scheme: Scheme,
  levels: LevelDef[],
  opts: { reason?: string | null; source: 'designated' | 'inherited' },
): Promise<void> {
  const org = actor.organizationId;
  const before = await currentLevels(trx, org, asset.id, scheme);
  let lowered = false;
  for (const to of levels) {
    const from = before.find((b) => b.axisId === to.axisId);
    if (!from) continue;
    if (!canLower(from, to, { reason: opts.reason })) {
      throw badInput('assets.lowering_needs_reason', { from: from.label, to: to.label }, [
        { field: 'reason', code: 'assets.lowering_needs_reason' },
      ]);
    }
    if (isLowering(from, to)) lowered = true;
  }
  const after = [...before.filter((b) => !levels.some((l) => l.axisId === b.axisId)), ...levels];
  if (asset.location_id) assertStorage(after, await loadLocation(trx, org, asset.location_id));
  const now = nowIso();
  for (const l of levels) {
    await trx
      .deleteFrom('asset_classes')
      .where('organization_id', '=', org)
      .where('asset_id', '=', asset.id)
      .where('axis_id', '=', l.axisId)
      .execute();
  }
  await trx
    .insertInto('asset_classes')
    .values(
      levels.map((l) => ({
        organization_id: org,
        asset_id: asset.id,
        axis_id: l.axisId,
        level_id: l.id,
        set_by: actor.userId,
        set_at: now,
        source: opts.source,
        reason: lowered ? (opts.reason ?? null) : null,
      })),
    )
    .execute();
  await recomputeUpwards(trx, org, asset.id, scheme);
  const axisName = (id: string) => scheme.axes.find((a) => a.id === id)?.name ?? '';
  await recordAudit(
    trx,
    actor,
    'assets.classified',
    { type: 'asset', id: asset.id },
    {
      assetNo: asset.asset_no,
      levels: levels.map((l) => ({
        axis: axisName(l.axisId),
        before: before.find((b) => b.axisId === l.axisId)?.label ?? null,
        after: l.label,
      })),
      lowered,
      reason: lowered ? (opts.reason ?? null) : null,
      source: opts.source,
    },
  );
}
