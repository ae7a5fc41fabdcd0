import type { Kysely } from 'kysely';
import { type Args, prepared } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { activeScheme, highestOf, labelText } from '../classification/index.ts';
import { seesAllUnits } from './access.ts';

// The asset with its own levels (one row per level, or one with none): one statement, compiled once.
const assetById = prepared((db, p: Args<{ org: string; id: string }>) =>
  db
    .selectFrom('assets as a')
    .leftJoin('asset_classes as c', (j) =>
      j.onRef('c.asset_id', '=', 'a.id').onRef('c.organization_id', '=', 'a.organization_id'),
    )
    .select(['a.id', 'a.asset_no', 'a.name', 'a.computed_class', 'a.owner_unit_id', 'c.level_id'])
    .where('a.organization_id', '=', p.org)
    .where('a.id', '=', p.id),
);
const assetByNumber = prepared((db, p: Args<{ org: string; assetNo: string }>) =>
  db
    .selectFrom('assets as a')
    .leftJoin('asset_classes as c', (j) =>
      j.onRef('c.asset_id', '=', 'a.id').onRef('c.organization_id', '=', 'a.organization_id'),
    )
    .select(['a.id', 'a.asset_no', 'a.name', 'a.computed_class', 'a.owner_unit_id', 'c.level_id'])
    .where('a.organization_id', '=', p.org)
    .where('a.asset_no', '=', p.assetNo)
    .where('a.status', '!=', 'disposed'),
);
const nameById = prepared((db, p: Args<{ org: string; id: string }>) =>
  db
    .selectFrom('assets')
    .select(['asset_no', 'name'])
    .where('organization_id', '=', p.org)
    .where('id', '=', p.id),
);
const nameByNumber = prepared((db, p: Args<{ org: string; assetNo: string }>) =>
  db
    .selectFrom('assets')
    .select(['asset_no', 'name'])
    .where('organization_id', '=', p.org)
    .where('asset_no', '=', p.assetNo)
    .where('status', '!=', 'disposed'),
);

/**
 * The class a request freezes is the register's, not what the requester types: own class and, for a
 * medium or container, the highest of its contents (R-B7), labelled in the organization's scheme.
 * Read on every submit: the asset with its own levels in one statement, the scheme in another.
 */
export async function assetInfo(db: Kysely<DB>, org: string, id: string) {
  // By its id, or by the number on its label (資産番号) as staff know it.
  let rows = await assetById.execute(db, { org, id });
  if (!rows.length) rows = await assetByNumber.execute(db, { org, assetNo: id.trim() });
  const row = rows[0];
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
  // The number matches one asset that is not disposed (unique among those): every row is that asset's.
  const own = rows.flatMap((r) => (r.id === row.id && r.level_id != null ? [r.level_id] : []));
  const computed = JSON.parse(row.computed_class || '[]') as string[];
  const levels = highestOf([...own, ...computed], scheme);
  return {
    id: row.id,
    number: row.asset_no,
    name: row.name,
    classLabel: levels.size ? labelText(levels, scheme) : null,
    ownerUnitId: row.owner_unit_id,
  };
}

/** An asset's number and name, by id or number (what a register entry prints): one statement. */
export async function assetName(db: Kysely<DB>, org: string, id: string) {
  const row =
    (await nameById.first(db, { org, id })) ?? (await nameByNumber.first(db, { org, assetNo: id.trim() }));
  return row ? { number: row.asset_no, name: row.name } : null;
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
  return { items: rows.map((r) => `${r.asset_no} ${r.name}`) };
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
