import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { activeScheme, highestOf, labelText } from '../classification/index.ts';

/**
 * The class a request freezes is the register's, not what the requester types: own class and, for a
 * medium or container, the highest of its contents (R-B7), labelled in the organization's scheme.
 */
export async function assetInfo(db: Kysely<DB>, org: string, id: string) {
  const row = await db
    .selectFrom('assets')
    .select(['id', 'asset_no', 'name', 'computed_class', 'owner_unit_id'])
    .where('organization_id', '=', org)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const scheme = await activeScheme(db, org);
  if (!scheme)
    return {
      id: row.id,
      number: row.asset_no,
      name: row.name,
      classLabel: null,
      ownerUnitId: row.owner_unit_id,
    };
  const own = await db
    .selectFrom('asset_classes')
    .select('level_id')
    .where('organization_id', '=', org)
    .where('asset_id', '=', id)
    .execute();
  const computed = JSON.parse(row.computed_class || '[]') as string[];
  const levels = highestOf([...own.map((o) => o.level_id), ...computed], scheme);
  return {
    id: row.id,
    number: row.asset_no,
    name: row.name,
    classLabel: levels.size ? labelText(levels, scheme) : null,
    ownerUnitId: row.owner_unit_id,
  };
}

/** Assets a person owns must be handed over before a transfer or retirement (R-E8). */
export async function ownedAssets(db: Kysely<DB>, org: string, userId: string) {
  const rows = await db
    .selectFrom('assets')
    .select(['asset_no', 'name'])
    .where('organization_id', '=', org)
    .where('owner_user_id', '=', userId)
    .where('status', '!=', 'disposed')
    .orderBy('asset_no')
    .execute();
  return {
    label: '管理責任者となっている情報資産 / Assets this person is responsible for',
    items: rows.map((r) => `${r.asset_no} ${r.name}`),
  };
}
