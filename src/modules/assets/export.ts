import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { Scheme } from '../classification/index.ts';
import { HEAD, KIND_LABEL, STATUS_LABEL } from './columns.ts';
import { NO_MARK, YES_MARK } from './import-patterns.ts';

/** The header of the register for a scheme: fixed columns with one column per axis after 保存場所. */
export function registerHeader(scheme: Scheme | null): string[] {
  const h = Object.values(HEAD) as string[];
  const at = h.indexOf(HEAD.location) + 1;
  return [...h.slice(0, at), ...(scheme?.axes.map((a) => a.name) ?? []), ...h.slice(at)];
}

/** Every asset of the organization (or one unit) as register rows, in asset-number order. */
export async function registerRows(
  db: Kysely<DB>,
  org: string,
  scheme: Scheme | null,
  unitScope?: string | null,
): Promise<string[][]> {
  let q = db
    .selectFrom('assets as a')
    .innerJoin('units as u', 'u.id', 'a.owner_unit_id')
    .leftJoin('users as p', 'p.id', 'a.owner_user_id')
    .leftJoin('asset_locations as l', 'l.id', 'a.location_id')
    .leftJoin('assets as par', 'par.id', 'a.parent_id')
    .leftJoin('assets as src', 'src.id', 'a.copied_from')
    .select([
      'a.id',
      'a.asset_no',
      'a.name',
      'a.kind',
      'u.name as unit',
      'p.login_id as owner',
      'l.name as location',
      'a.restrictions',
      'a.backup',
      'a.personal_info',
      'a.specific_personal_info',
      'a.retention',
      'a.network_segment',
      'a.status',
      'a.draft_delete_on',
      'par.asset_no as parent',
      'src.asset_no as copied_from',
      'a.note',
    ])
    .where('a.organization_id', '=', org);
  if (unitScope !== undefined) q = q.where('a.owner_unit_id', '=', unitScope ?? '\u0000');
  const rows = await q.orderBy('a.asset_no').execute();
  const classes = await rowsInOrg(db, 'asset_classes', org, {}, ['asset_id', 'level_id']);
  const levelOf = new Map<string, string>();
  const labels = new Map<string, { axisId: string; label: string }>();
  for (const a of scheme?.axes ?? [])
    for (const l of a.levels) labels.set(l.id, { axisId: a.id, label: l.label });
  for (const c of classes) {
    const l = labels.get(c.level_id);
    if (l) levelOf.set(`${c.asset_id}|${l.axisId}`, l.label);
  }
  const yn = (v: number) => (Number(v) ? YES_MARK : NO_MARK);
  return rows.map((r) => [
    r.asset_no,
    r.name,
    KIND_LABEL[r.kind],
    r.unit,
    r.owner ?? '',
    r.location ?? '',
    ...(scheme?.axes.map((a) => levelOf.get(`${r.id}|${a.id}`) ?? '') ?? []),
    (JSON.parse(r.restrictions) as string[]).join('、'),
    r.backup ?? '',
    yn(r.personal_info),
    yn(r.specific_personal_info),
    r.retention ?? '',
    r.network_segment ?? '',
    STATUS_LABEL[r.status],
    r.draft_delete_on ?? '',
    r.parent ?? '',
    r.copied_from ?? '',
    r.note ?? '',
  ]);
}
