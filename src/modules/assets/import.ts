import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { insertBatched } from '../../db/insert-batched.ts';
import type { DB } from '../../db/schema.ts';
import { transactional } from '../../db/transactional.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import { isBlankRow, unguard } from '../../shared/csv-parse.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { defaultRestrictions, type LevelDef, type Scheme, validateStorage } from '../classification/index.ts';
import type { Resolver } from '../imports/index.ts';
import { personResolver } from '../imports/index.ts';
import { HEAD, parseFlag, parseKind, parseList, parseStatus } from './columns.ts';
import { recomputeUpwards } from './containers.ts';
import { searchRows } from './search.ts';
import { DRAFT_REMINDER_DAYS, daysFromToday } from './service.ts';
import type { AssetsTable } from './tables.ts';

export interface ImportError {
  row: number;
  field: string;
  code: string;
  params: Record<string, string | number>;
  message: string;
}

interface Lookups {
  units: Map<string, string>;
  /** People by staff number, login ID or name. */
  person: Resolver;
  locations: Map<string, { id: string; name: string; lockable: boolean; offsite: boolean }>;
  existing: Map<string, string>;
}

async function lookups(db: Kysely<DB>, org: string): Promise<Lookups> {
  const [units, person, locs, assets] = await Promise.all([
    db.selectFrom('units').select(['id', 'name']).where('organization_id', '=', org).execute(),
    personResolver(db, org),
    db.selectFrom('asset_locations').selectAll().where('organization_id', '=', org).execute(),
    db.selectFrom('assets').select(['id', 'asset_no']).where('organization_id', '=', org).execute(),
  ]);
  return {
    units: new Map(units.map((u) => [u.name, u.id])),
    person,
    locations: new Map(
      locs.map((l) => [
        l.name,
        { id: l.id, name: l.name, lockable: !!Number(l.lockable), offsite: !!Number(l.offsite) },
      ]),
    ),
    existing: new Map(assets.map((a) => [a.asset_no, a.id])),
  };
}

/**
 * Checks every row and builds the rows to insert. Row numbers count the header as row 1, as a
 * spreadsheet shows them. Any error means nothing is imported.
 */
export async function planImport(
  db: Kysely<DB>,
  org: string,
  scheme: Scheme,
  functions: Set<string>,
  table: string[][],
  lang: Lang,
  /** The spreadsheet row of each body row, when the table does not start at row 1 (Excel imports). */
  rowNumbers?: number[],
) {
  const errors: ImportError[] = [];
  const err = (row: number, field: string, code: string, params: Record<string, string> = {}) =>
    errors.push({
      row,
      field,
      code,
      params,
      message: t(lang, 'assets.import.row', { row, field, message: t(lang, code, params) }),
    });
  const [header = [], ...body] = table;
  const col = new Map(header.map((h, i) => [h.trim(), i]));
  for (const required of [HEAD.assetNo, HEAD.name, HEAD.kind, HEAD.unit]) {
    if (!col.has(required)) err(1, required, 'assets.import.no_header', { value: required });
  }
  if (errors.length) return { errors, assets: [], classes: [], parents: [] };
  const L = await lookups(db, org);
  const cell = (r: string[], name: string) =>
    unguard((col.has(name) ? r[col.get(name) as number] : '') ?? '').trim();
  const seen = new Set<string>();
  const now = nowIso();
  const assets: AssetsTable[] = [];
  const classes: { asset_id: string; level: LevelDef }[] = [];
  const links: { id: string; row: number; parent: string; copied: string }[] = [];
  body.forEach((r, i) => {
    // Blank rows are skipped but still counted, so row numbers match what the spreadsheet shows.
    const row = rowNumbers?.[i] ?? i + 2;
    if (isBlankRow(r)) return;
    const before = errors.length;
    const assetNo = cell(r, HEAD.assetNo);
    if (!assetNo) err(row, HEAD.assetNo, 'assets.import.required');
    else if (seen.has(assetNo) || L.existing.has(assetNo))
      err(row, HEAD.assetNo, 'assets.import.duplicate', { value: assetNo });
    seen.add(assetNo);
    const name = cell(r, HEAD.name);
    if (!name) err(row, HEAD.name, 'assets.import.required');
    const kind = parseKind(cell(r, HEAD.kind));
    if (!kind) err(row, HEAD.kind, 'assets.import.bad_value', { value: cell(r, HEAD.kind) });
    const unitId = L.units.get(cell(r, HEAD.unit));
    if (!unitId) err(row, HEAD.unit, 'assets.import.unknown_unit', { value: cell(r, HEAD.unit) });
    const ownerName = cell(r, HEAD.owner);
    const owner = ownerName ? L.person(ownerName) : null;
    const ownerId = owner && 'id' in owner ? owner.id : null;
    if (owner && 'error' in owner)
      err(
        row,
        HEAD.owner,
        owner.error === 'ambiguous' ? 'imports.ref_ambiguous' : 'assets.import.unknown_user',
        {
          value: ownerName,
        },
      );
    const levels: LevelDef[] = [];
    for (const axis of scheme.axes) {
      const v = cell(r, axis.name);
      if (!v) continue;
      const level = axis.levels.find((l) => l.label === v.normalize('NFKC') || l.label === v);
      if (!level) err(row, axis.name, 'assets.import.unknown_level', { value: v, axis: axis.name });
      else if (level.designators.length && !level.designators.some((f) => functions.has(f)))
        err(row, axis.name, 'assets.not_designator', {
          level: level.label,
          fns: level.designators.join(' / '),
        });
      else levels.push(level);
    }
    const locName = cell(r, HEAD.location);
    const loc = locName ? L.locations.get(locName) : null;
    if (locName && !loc) err(row, HEAD.location, 'assets.import.unknown_location', { value: locName });
    if (loc) {
      const p = validateStorage(levels, loc)[0];
      if (p)
        err(row, HEAD.location, 'assets.location_not_allowed', {
          location: loc.name,
          level: p.level.label,
          need: t(lang, `assets.need.${p.need}`),
        });
    }
    let status = parseStatus(cell(r, HEAD.status));
    if (status === 'bad') err(row, HEAD.status, 'assets.import.bad_value', { value: cell(r, HEAD.status) });
    const complete = scheme.axes.every((a) => levels.some((l) => l.axisId === a.id));
    if (status === null) status = complete ? 'registered' : 'draft';
    if (status === 'registered' && !complete) {
      for (const a of scheme.axes)
        if (!levels.some((l) => l.axisId === a.id) && !cell(r, a.name))
          err(row, a.name, 'assets.import.required');
    }
    const flags = [HEAD.personal, HEAD.specific].map((h) => {
      const f = parseFlag(cell(r, h));
      if (f === null) err(row, h, 'assets.import.bad_value', { value: cell(r, h) });
      return f ? 1 : 0;
    });
    if (errors.length > before) return;
    const id = newId();
    const restrictions = col.has(HEAD.restrictions)
      ? parseList(cell(r, HEAD.restrictions))
      : defaultRestrictions(levels);
    const st = status as 'draft' | 'registered' | 'disposed';
    assets.push({
      id,
      organization_id: org,
      asset_no: assetNo,
      name,
      kind: kind as NonNullable<typeof kind>,
      owner_unit_id: unitId as string,
      owner_user_id: ownerId ?? null,
      restrictions: JSON.stringify(restrictions),
      location_id: loc?.id ?? null,
      backup: cell(r, HEAD.backup) || null,
      personal_info: flags[0],
      specific_personal_info: flags[1],
      retention: cell(r, HEAD.retention) || null,
      network_segment: cell(r, HEAD.segment) || null,
      status: st,
      draft_delete_on:
        st === 'draft' ? cell(r, HEAD.draftDeleteOn) || daysFromToday(DRAFT_REMINDER_DAYS) : null,
      parent_id: null,
      copied_from: null,
      note: cell(r, HEAD.note) || null,
      computed_class: JSON.stringify(levels.map((l) => l.id)),
      import_id: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    });
    for (const level of levels) classes.push({ asset_id: id, level });
    links.push({ id, row, parent: cell(r, HEAD.parent), copied: cell(r, HEAD.copiedFrom) });
  });
  // Containers and sources may be existing assets or rows of the same file.
  const inFile = new Map(assets.map((a) => [a.asset_no, a.id]));
  const byId = new Map(assets.map((a) => [a.id, a]));
  for (const l of links) {
    const a = byId.get(l.id) as AssetsTable;
    for (const [v, field, key] of [
      [l.parent, HEAD.parent, 'parent_id'],
      [l.copied, HEAD.copiedFrom, 'copied_from'],
    ] as const) {
      if (!v) continue;
      const target = inFile.get(v) ?? L.existing.get(v);
      if (!target || target === a.id) err(l.row, field, 'assets.import.bad_value', { value: v });
      else a[key] = target;
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return {
    errors,
    assets,
    classes,
    parents: [...new Set(assets.map((a) => a.parent_id).filter((p): p is string => !!p))],
  };
}

/** Inserts a checked plan in batches inside the caller's transaction, with one summary audit event. */
export const applyImport = transactional(
  async (
    trx,
    actor: Actor,
    plan: Awaited<ReturnType<typeof planImport>>,
    meta: { encoding: string; bytes: Buffer },
    /** False when the caller writes the audit event (the Excel import writes one for the whole file). */
    audit = true,
  ): Promise<string> => {
    const org = actor.organizationId;
    const importId = newId();
    const now = nowIso();
    const assets = plan.assets.map((a) => ({ ...a, import_id: importId, created_by: actor.userId }));
    // Containers first so foreign keys to rows of the same file hold on both databases.
    assets.sort(
      (a, b) => Number(!!a.parent_id || !!a.copied_from) - Number(!!b.parent_id || !!b.copied_from),
    );
    const withoutLinks = assets.map((a) => ({ ...a, parent_id: null, copied_from: null }));
    await insertBatched(trx, 'assets', withoutLinks, 400);
    for (const a of assets) {
      if (a.parent_id || a.copied_from) {
        await trx
          .updateTable('assets')
          .set({ parent_id: a.parent_id, copied_from: a.copied_from })
          .where('id', '=', a.id)
          .execute();
      }
    }
    const classRows = plan.classes.map((c) => ({
      organization_id: org,
      asset_id: c.asset_id,
      axis_id: c.level.axisId,
      level_id: c.level.id,
      set_by: actor.userId,
      set_at: now,
      source: 'import' as const,
      reason: null,
    }));
    await insertBatched(trx, 'asset_classes', classRows, 500);
    const grams = assets.flatMap((a) => searchRows(org, a.id, a));
    await insertBatched(trx, 'asset_search', grams, 2000);
    for (const p of plan.parents) await recomputeUpwards(trx, org, p);
    if (!audit) return importId;
    await recordAudit(
      trx,
      actor,
      'assets.imported',
      { type: 'asset_import', id: importId },
      {
        count: assets.length,
        encoding: meta.encoding,
        sha256: createHash('sha256').update(meta.bytes).digest('hex'),
        assetNos: assets.map((a) => a.asset_no),
      },
    );
    return importId;
  },
);
