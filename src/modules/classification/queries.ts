import type { Kysely } from 'kysely';
import { type Args, prepared } from '../../db/prepared.ts';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AxisDef, LevelDef, Scheme } from './rules.ts';

/** Reads one version of an organization's scheme as plain data for the rules. */
export async function loadScheme(
  db: Kysely<DB>,
  organizationId: string,
  versionId: string,
): Promise<Scheme | null> {
  return schemeWhere(db, organizationId, { versionId });
}

/** The id of the organization's active version, or null when it has none yet. */
export async function activeVersionId(db: Kysely<DB>, organizationId: string): Promise<string | null> {
  const row = await rowInOrg(db, 'classification_versions', organizationId, { status: 'active' }, ['id']);
  return row?.id ?? null;
}

/** The organization's active scheme, or null. */
export async function activeScheme(db: Kysely<DB>, organizationId: string): Promise<Scheme | null> {
  return schemeWhere(db, organizationId, { active: true });
}

type SchemeArgs = Args<{ org: string; versionId: string }>;

function schemeQuery(db: Kysely<DB>, p: SchemeArgs, active: boolean) {
  const q = db
    .selectFrom('classification_versions as v')
    .leftJoin('classification_axes as a', (j) =>
      j.onRef('a.version_id', '=', 'v.id').onRef('a.organization_id', '=', 'v.organization_id'),
    )
    .leftJoin('classification_levels as l', (j) =>
      j
        .onRef('l.axis_id', '=', 'a.id')
        .onRef('l.version_id', '=', 'v.id')
        .onRef('l.organization_id', '=', 'v.organization_id'),
    )
    .select([
      'v.id as version_id',
      'v.name as version_name',
      'a.id as axis_id',
      'a.name as axis_name',
      'l.id as level_id',
      'l.label',
      'l.rank',
      'l.definition',
      'l.restrictions',
      'l.requires_lockable',
      'l.requires_offsite',
      'l.designators',
    ])
    .where('v.organization_id', '=', p.org);
  return (active ? q.where('v.status', '=', 'active') : q.where('v.id', '=', p.versionId))
    .orderBy('a.sort_order')
    .orderBy('a.id')
    .orderBy('l.rank');
}

// Built and compiled once: the active scheme is read by every asset page, search, submit and approval.
const activeSchemeRows = prepared((db, p: SchemeArgs) => schemeQuery(db, p, true));
const schemeOfVersion = prepared((db, p: SchemeArgs) => schemeQuery(db, p, false));

/**
 * One statement: the version, its axes and their levels, one row per level (an axis without levels
 * gives one row of nulls). Asset pages, searches, submits and approvals all read the scheme, so its
 * four reads were four round trips on every one of them.
 */
async function schemeWhere(
  db: Kysely<DB>,
  organizationId: string,
  which: { versionId: string } | { active: true },
): Promise<Scheme | null> {
  const rows =
    'versionId' in which
      ? await schemeOfVersion.execute(db, { org: organizationId, versionId: which.versionId })
      : await activeSchemeRows.execute(db, { org: organizationId, versionId: '' });
  if (!rows.length) return null;
  const axes: AxisDef[] = [];
  // Only one version is active at a time; should two ever be, the first read wins, as before.
  const versionId = rows[0].version_id;
  for (const r of rows) {
    if (r.version_id !== versionId || !r.axis_id) continue;
    let axis = axes[axes.length - 1];
    if (axis?.id !== r.axis_id) {
      axis = { id: r.axis_id, name: r.axis_name ?? '', levels: [] };
      axes.push(axis);
    }
    if (!r.level_id) continue;
    const level: LevelDef = {
      id: r.level_id,
      axisId: r.axis_id,
      label: r.label ?? '',
      rank: Number(r.rank),
      definition: r.definition,
      restrictions: JSON.parse(r.restrictions ?? '[]'),
      requiresLockable: !!Number(r.requires_lockable),
      requiresOffsite: !!Number(r.requires_offsite),
      designators: JSON.parse(r.designators ?? '[]'),
    };
    axis.levels.push(level);
  }
  return { versionId, name: rows[0].version_name, axes };
}

/** Every version of the organization, newest first. */
export function listVersions(db: Kysely<DB>, organizationId: string) {
  return rowsInOrg(db, 'classification_versions', organizationId, {}, '*', [['version', 'desc']]);
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
