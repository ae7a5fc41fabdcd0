import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AxisDef, LevelDef, Scheme } from './rules.ts';

/** Reads one version of an organization's scheme as plain data for the rules. */
export async function loadScheme(
  db: Kysely<DB>,
  organizationId: string,
  versionId: string,
): Promise<Scheme | null> {
  const v = await db
    .selectFrom('classification_versions')
    .select(['id', 'name'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', versionId)
    .executeTakeFirst();
  if (!v) return null;
  const axes = await db
    .selectFrom('classification_axes')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('version_id', '=', versionId)
    .orderBy('sort_order')
    .execute();
  const levels = await db
    .selectFrom('classification_levels')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('version_id', '=', versionId)
    .orderBy('rank')
    .execute();
  const out: AxisDef[] = axes.map((a) => ({ id: a.id, name: a.name, levels: [] }));
  for (const l of levels) {
    const level: LevelDef = {
      id: l.id,
      axisId: l.axis_id,
      label: l.label,
      rank: Number(l.rank),
      definition: l.definition,
      restrictions: JSON.parse(l.restrictions),
      requiresLockable: !!Number(l.requires_lockable),
      requiresOffsite: !!Number(l.requires_offsite),
      designators: JSON.parse(l.designators),
    };
    out.find((a) => a.id === l.axis_id)?.levels.push(level);
  }
  return { versionId: v.id, name: v.name, axes: out };
}

/** The id of the organization's active version, or null when it has none yet. */
export async function activeVersionId(db: Kysely<DB>, organizationId: string): Promise<string | null> {
  const row = await db
    .selectFrom('classification_versions')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The organization's active scheme, or null. */
export async function activeScheme(db: Kysely<DB>, organizationId: string): Promise<Scheme | null> {
  const id = await activeVersionId(db, organizationId);
  return id ? loadScheme(db, organizationId, id) : null;
}

/** Every version of the organization, newest first. */
export function listVersions(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('classification_versions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('version', 'desc')
    .execute();
}

/** The re-map review list of a pending version, with asset numbers and names. */
export function listRemaps(db: Kysely<DB>, organizationId: string, versionId: string) {
  return db
    .selectFrom('classification_remaps as r')
    .innerJoin('assets as a', 'a.id', 'r.asset_id')
    .select([
      'r.id',
      'r.asset_id',
      'a.asset_no',
      'a.name',
      'r.old_level_id',
      'r.proposed_level_id',
      'r.confirmed_level_id',
      'r.confirmed_by',
      'r.confirmed_at',
    ])
    .where('r.organization_id', '=', organizationId)
    .where('r.version_id', '=', versionId)
    .orderBy('a.asset_no')
    .execute();
}
