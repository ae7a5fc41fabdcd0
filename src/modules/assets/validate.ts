import type { Kysely } from 'kysely';
import { rowInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { AppError, badInput } from '../../http/errors.ts';
import type { LevelDef, Scheme, StorageLocation } from '../classification/index.ts';
import { validateStorage } from '../classification/index.ts';

/** The owner unit and person must belong to the organization (R-B3). */
export async function checkOwner(
  trx: Kysely<DB>,
  org: string,
  unitId: string,
  userId: string | null | undefined,
): Promise<void> {
  const unit = await rowInOrg(trx, 'units', org, { id: unitId }, ['id']);
  if (!unit)
    throw badInput('assets.owner_outside', {}, [{ field: 'ownerUnitId', code: 'assets.owner_outside' }]);
  if (!userId) return;
  const user = await rowInOrg(trx, 'users', org, { id: userId }, ['id']);
  if (!user)
    throw badInput('assets.owner_outside', {}, [{ field: 'ownerUserId', code: 'assets.owner_outside' }]);
}

/** Loads a storage location of the organization, or refuses the field. */
export async function loadLocation(
  trx: Kysely<DB>,
  org: string,
  locationId: string,
): Promise<StorageLocation> {
  const loc = await rowInOrg(trx, 'asset_locations', org, { id: locationId });
  if (!loc)
    throw badInput('assets.location_unknown', {}, [{ field: 'locationId', code: 'assets.location_unknown' }]);
  return { name: loc.name, lockable: !!Number(loc.lockable), offsite: !!Number(loc.offsite) };
}

/** Refuses a location that does not meet the storage rules of the class (R-B8). */
export function assertStorage(levels: LevelDef[], location: StorageLocation): void {
  const problems = validateStorage(levels, location);
  if (!problems.length) return;
  const p = problems[0];
  throw badInput(
    'assets.location_not_allowed',
    { location: location.name, level: p.level.label, need: p.need },
    [{ field: 'locationId', code: 'assets.location_not_allowed' }],
  );
}

/** Resolves level ids against the active scheme: each must exist, at most one per axis. */
export function resolveLevels(scheme: Scheme, levelIds: string[], field = 'levels'): LevelDef[] {
  const out: LevelDef[] = [];
  for (const id of levelIds) {
    const level = scheme.axes.flatMap((a) => a.levels).find((l) => l.id === id);
    if (!level) throw badInput('assets.level_unknown', {}, [{ field, code: 'assets.level_unknown' }]);
    if (out.some((l) => l.axisId === level.axisId))
      throw badInput('assets.axis_twice', {}, [{ field, code: 'assets.axis_twice' }]);
    out.push(level);
  }
  return out;
}

/** R-B1: a level with designators may only be set by someone holding one of those functions. */
export function assertDesignator(levels: LevelDef[], functions: Set<string>): void {
  for (const l of levels) {
    if (l.designators.length && !l.designators.some((f) => functions.has(f))) {
      throw new AppError('assets.not_designator', 403, {
        level: l.label,
        fns: l.designators.join(' / '),
        fn: l.designators.join(' / '),
      });
    }
  }
}

/** The container must be another asset of the organization and not inside this one. */
export async function checkParent(
  trx: Kysely<DB>,
  org: string,
  assetId: string | null,
  parentId: string,
): Promise<void> {
  const bad = () =>
    badInput('assets.parent_invalid', {}, [{ field: 'parentId', code: 'assets.parent_invalid' }]);
  let id: string | null = parentId;
  const seen = new Set<string>();
  while (id) {
    if (id === assetId || seen.has(id)) throw bad();
    seen.add(id);
    const row: { parent_id: string | null } | undefined = await rowInOrg(trx, 'assets', org, { id }, [
      'parent_id',
    ]);
    if (!row) throw bad();
    id = row.parent_id;
  }
}
