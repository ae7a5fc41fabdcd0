import type { Kysely } from 'kysely';
import { type Args, prepared } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { activeScheme, highestOf, labelText } from '../classification/index.ts';
import { seesAllUnits } from './access.ts';

const assetById = prepared((db, p: Args<{ org: string; id: string }>) =>
  db
    .selectFrom('assets')
    .select(['id', 'asset_no', 'name', 'computed_class', 'owner_unit_id'])
    .where('organization_id', '=', p.org)
    .where('id', '=', p.id),
);
const assetByNumber = prepared((db, p: Args<{ org: string; assetNo: string }>) =>
  db
    .selectFrom('assets')
    .select(['id', 'asset_no', 'name', 'computed_class', 'owner_unit_id'])
    .where('organization_id', '=', p.org)
    .where('asset_no', '=', p.assetNo)
    .where('status', '!=', 'disposed'),
);
const ownLevels = prepared((db, p: Args<{ org: string; assetId: string }>) =>
  db
    .selectFrom('asset_classes')
    .select('level_id')
    .where('organization_id', '=', p.org)
    .where('asset_id', '=', p.assetId),
);

/**
 * The class a request freezes is the register's, not what the requester types: own class and, for a
 * medium or container, the highest of its contents (R-B7), labelled in the organization's scheme.
 * Read on every submit and every record of a decision: its statements are compiled once.
 */
export async function assetInfo(db: Kysely<DB>, org: string, id: string) {
  // By its id, or by the number on its label (資産番号) as staff know it.
  const row =
    (await assetById.first(db, { org, id })) ?? (await assetByNumber.first(db, { org, assetNo: id.trim() }));
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
  const own = await ownLevels.execute(db, { org, assetId: row.id });
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

/**
 * The assets a person may file a request about without reading the register: their unit's and their
 * own (registered), plus every asset they may read in the register. Number, name and class only.
 */
export async function fileableAssets(db: Kysely<DB>, auth: AuthContext, q: string | undefined) {
  let query = db
    .selectFrom('assets')
    .select(['id', 'asset_no', 'name'])
    .where('organization_id', '=', auth.organizationId)
    .where('status', '=', 'registered');
  const all = auth.functions.has('assets.read') && seesAllUnits(auth);
  if (!all)
    query = query.where((eb) =>
      eb.or([
        eb('owner_user_id', '=', auth.userId),
        ...(auth.unitId ? [eb('owner_unit_id', '=', auth.unitId)] : []),
      ]),
    );
  if (q) query = query.where((eb) => eb.or([eb('asset_no', 'like', `%${q}%`), eb('name', 'like', `%${q}%`)]));
  const rows = await query.orderBy('asset_no').limit(50).execute();
  const out = [];
  for (const r of rows) {
    const info = await assetInfo(db, auth.organizationId, r.id);
    out.push({ id: r.id, number: r.asset_no, name: r.name, classLabel: info?.classLabel ?? null });
  }
  return out;
}
