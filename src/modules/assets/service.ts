import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, badInput, conflict } from '../../http/errors.ts';
import { findInOrg } from '../../http/find.ts';
import type { Actor } from '../../shared/actor.ts';
import { addDays, todayJst } from '../../shared/business-days.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { activeScheme, defaultRestrictions, labelText, type Scheme } from '../classification/index.ts';
import { currentLevels, designate } from './classes.ts';
import { recomputeUpwards } from './containers.ts';
import './events.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { CreateAssetInput, UpdateAssetInput } from './schema.ts';
import { reindexAsset } from './search.ts';
import {
  assertDesignator,
  assertStorage,
  checkOwner,
  checkParent,
  loadLocation,
  resolveLevels,
} from './validate.ts';

/** Days a draft may live before its deletion reminder (R-B5), unless the form gives a date. */
export const DRAFT_REMINDER_DAYS = 90;

/** The date `days` from today in Japan, YYYY-MM-DD (a UTC day would be yesterday before 09:00 JST). */
export function daysFromToday(days: number, now = new Date()): string {
  return addDays(todayJst(now), days);
}

/** The active scheme, or 409 when the organization has none yet. */
export async function requireScheme(trx: Kysely<DB>, org: string): Promise<Scheme> {
  const s = await activeScheme(trx, org);
  if (!s) throw conflict('assets.no_scheme');
  return s;
}

/** Loads an asset of the organization or answers 404. */
export async function loadAsset(trx: Kysely<DB>, org: string, id: string) {
  return findInOrg(trx, 'assets', org, id);
}

async function assertNumberFree(trx: Kysely<DB>, org: string, assetNo: string): Promise<void> {
  const taken = await rowInOrg(trx, 'assets', org, { asset_no: assetNo }, ['id']);
  if (taken)
    throw new AppError('assets.number_taken', 409, { assetNo }, [
      { field: 'assetNo', code: 'assets.number_taken' },
    ]);
}

/** R-B5: registration needs a level on every axis of the scheme. */
export function assertComplete(scheme: Scheme, levelAxisIds: string[]): void {
  const missing = scheme.axes.filter((a) => !levelAxisIds.includes(a.id)).map((a) => a.name);
  if (missing.length)
    throw badInput('assets.class_required', { axes: missing.join('・') }, [
      { field: 'levels', code: 'assets.class_required' },
    ]);
}

/** Adds an asset as a draft or registered; its levels are designated in the same transaction. */
export const createAsset = transactional(
  async (
    trx,
    actor: Actor,
    functions: Set<string>,
    input: CreateAssetInput,
    copiedFrom: string | null = null,
  ): Promise<string> => {
    const org = actor.organizationId;
    const scheme = await requireScheme(trx, org);
    const levels = resolveLevels(scheme, input.levels);
    if (input.status === 'registered')
      assertComplete(
        scheme,
        levels.map((l) => l.axisId),
      );
    if (!copiedFrom) assertDesignator(levels, functions);
    await assertNumberFree(trx, org, input.assetNo);
    await checkOwner(trx, org, input.ownerUnitId, input.ownerUserId);
    if (input.locationId) assertStorage(levels, await loadLocation(trx, org, input.locationId));
    if (input.parentId) await checkParent(trx, org, null, input.parentId);
    const id = newId();
    const now = nowIso();
    const row = {
      id,
      organization_id: org,
      asset_no: input.assetNo,
      name: input.name,
      kind: input.kind,
      owner_unit_id: input.ownerUnitId,
      owner_user_id: input.ownerUserId ?? null,
      restrictions: JSON.stringify(input.restrictions ?? defaultRestrictions(levels)),
      location_id: input.locationId ?? null,
      backup: input.backup ?? null,
      personal_info: input.personalInfo ? 1 : 0,
      specific_personal_info: input.specificPersonalInfo ? 1 : 0,
      retention: input.retention ?? null,
      network_segment: input.networkSegment ?? null,
      status: input.status,
      draft_delete_on:
        input.status === 'draft' ? (input.draftDeleteOn ?? daysFromToday(DRAFT_REMINDER_DAYS)) : null,
      parent_id: input.parentId ?? null,
      copied_from: copiedFrom,
      note: input.note ?? null,
      computed_class: '[]',
      import_id: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('assets').values(row).execute();
    await reindexAsset(trx, org, id, row);
    await recordAudit(
      trx,
      actor,
      'assets.created',
      { type: 'asset', id },
      {
        assetNo: row.asset_no,
        name: row.name,
        kind: row.kind,
        status: row.status,
        ownerUnitId: row.owner_unit_id,
        ownerUserId: row.owner_user_id,
        copiedFrom,
        parentId: row.parent_id,
      },
    );
    if (levels.length)
      await designate(trx, actor, row, scheme, levels, { source: copiedFrom ? 'inherited' : 'designated' });
    else if (row.parent_id) await recomputeUpwards(trx, org, row.parent_id, scheme);
    return id;
  },
);

/** R-B3: a copy keeps its source's class; lowering it later needs a recorded reason. */
export const copyAsset = transactional(
  async (
    trx,
    actor: Actor,
    functions: Set<string>,
    sourceId: string,
    input: { assetNo: string; name?: string; lang?: Lang },
  ): Promise<string> => {
    const org = actor.organizationId;
    const src = await loadAsset(trx, org, sourceId);
    const scheme = await requireScheme(trx, org);
    const levels = await currentLevels(trx, org, src.id, scheme);
    return createAsset.in(
      trx,
      actor,
      functions,
      {
        assetNo: input.assetNo,
        name: input.name ?? t(input.lang ?? 'ja', 'assets.copy_name', { name: src.name }),
        kind: src.kind,
        ownerUnitId: src.owner_unit_id,
        ownerUserId: src.owner_user_id,
        restrictions: JSON.parse(src.restrictions),
        locationId: null,
        backup: null,
        personalInfo: !!Number(src.personal_info),
        specificPersonalInfo: !!Number(src.specific_personal_info),
        retention: src.retention,
        networkSegment: src.network_segment,
        parentId: null,
        note: src.note,
        status: src.status === 'registered' ? 'registered' : 'draft',
        levels: levels.map((l) => l.id),
        draftDeleteOn: null,
      },
      src.id,
    );
  },
);

const FIELD_COLUMNS = {
  name: 'name',
  kind: 'kind',
  ownerUnitId: 'owner_unit_id',
  ownerUserId: 'owner_user_id',
  locationId: 'location_id',
  backup: 'backup',
  retention: 'retention',
  networkSegment: 'network_segment',
  parentId: 'parent_id',
  note: 'note',
  draftDeleteOn: 'draft_delete_on',
} as const;

/** Changes fields of an asset; owner, location and container are re-validated, the change is audited. */
export const updateAsset = transactional(
  async (trx, actor: Actor, id: string, input: UpdateAssetInput): Promise<void> => {
    const org = actor.organizationId;
    const a = await loadAsset(trx, org, id);
    const set: Record<string, unknown> = {};
    for (const [k, col] of Object.entries(FIELD_COLUMNS)) {
      const v = input[k as keyof typeof FIELD_COLUMNS];
      if (v !== undefined) set[col] = v;
    }
    if (input.restrictions !== undefined) set.restrictions = JSON.stringify(input.restrictions);
    if (input.personalInfo !== undefined) set.personal_info = input.personalInfo ? 1 : 0;
    if (input.specificPersonalInfo !== undefined)
      set.specific_personal_info = input.specificPersonalInfo ? 1 : 0;
    const next = { ...a, ...set } as typeof a;
    if (input.ownerUnitId !== undefined || input.ownerUserId !== undefined)
      await checkOwner(trx, org, next.owner_unit_id, next.owner_user_id);
    if (input.locationId) {
      const scheme = await requireScheme(trx, org);
      assertStorage(
        await currentLevels(trx, org, id, scheme),
        await loadLocation(trx, org, input.locationId),
      );
    }
    if (input.parentId) await checkParent(trx, org, id, input.parentId);
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const [col, after] of Object.entries(set)) {
      const before = (a as Record<string, unknown>)[col];
      if (String(before ?? '') !== String(after ?? '')) changes[col] = { before, after };
    }
    if (!Object.keys(changes).length) return;
    await trx
      .updateTable('assets')
      .set({ ...set, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
    if ('name' in changes || 'note' in changes) await reindexAsset(trx, org, id, next);
    if ('parent_id' in changes) {
      await recomputeUpwards(trx, org, a.parent_id);
      await recomputeUpwards(trx, org, next.parent_id);
    }
    await recordAudit(trx, actor, 'assets.updated', { type: 'asset', id }, { assetNo: a.asset_no, changes });
  },
);

/** Sets levels on an asset (R-B1), refusing silent lowering (R-B3). */
export const classifyAsset = transactional(
  async (
    trx,
    actor: Actor,
    functions: Set<string>,
    id: string,
    levelIds: string[],
    reason?: string | null,
  ): Promise<void> => {
    const org = actor.organizationId;
    const a = await loadAsset(trx, org, id);
    const scheme = await requireScheme(trx, org);
    const levels = resolveLevels(scheme, levelIds);
    assertDesignator(levels, functions);
    await designate(trx, actor, a, scheme, levels, { reason, source: 'designated' });
    await trx.updateTable('assets').set({ updated_at: nowIso() }).where('id', '=', id).execute();
  },
);

/** Draft → registered; refused until every axis has a level (R-B5). */
export const registerAsset = transactional(async (trx, actor: Actor, id: string): Promise<void> => {
  const org = actor.organizationId;
  const a = await loadAsset(trx, org, id);
  if (a.status !== 'draft') throw conflict('assets.only_draft');
  const scheme = await requireScheme(trx, org);
  const levels = await currentLevels(trx, org, id, scheme);
  assertComplete(
    scheme,
    levels.map((l) => l.axisId),
  );
  await trx
    .updateTable('assets')
    .set({ status: 'registered', draft_delete_on: null, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
  await recordAudit(
    trx,
    actor,
    'assets.registered',
    { type: 'asset', id },
    { assetNo: a.asset_no, label: labelText(levels, scheme) },
  );
});

/** Marks an asset disposed (the disposal record itself belongs to the requests module). */
export const disposeAsset = transactional(async (trx, actor: Actor, id: string): Promise<void> => {
  const org = actor.organizationId;
  const a = await loadAsset(trx, org, id);
  if (a.status === 'disposed') return;
  await trx
    .updateTable('assets')
    .set({ status: 'disposed', updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
  await recomputeUpwards(trx, org, a.parent_id);
  await recordAudit(trx, actor, 'assets.disposed', { type: 'asset', id }, { assetNo: a.asset_no });
});

/** Deletes a draft that is no longer needed (R-B5); registered assets are disposed, never deleted. */
export const deleteDraft = transactional(async (trx, actor: Actor, id: string): Promise<void> => {
  const org = actor.organizationId;
  const a = await loadAsset(trx, org, id);
  if (a.status !== 'draft') throw conflict('assets.only_draft');
  const held = await trx
    .selectFrom('assets')
    .select('id')
    .where('organization_id', '=', org)
    .where((eb) => eb.or([eb('parent_id', '=', id), eb('copied_from', '=', id)]))
    .executeTakeFirst();
  if (held) throw conflict('assets.only_draft');
  await trx.deleteFrom('asset_search').where('asset_id', '=', id).execute();
  await trx.deleteFrom('asset_classes').where('asset_id', '=', id).execute();
  await trx.deleteFrom('classification_remaps').where('asset_id', '=', id).execute();
  await trx
    .updateTable('asset_classify_requests')
    .set({ asset_id: null })
    .where('asset_id', '=', id)
    .execute();
  await trx.deleteFrom('assets').where('id', '=', id).execute();
  await recomputeUpwards(trx, org, a.parent_id);
  await recordAudit(
    trx,
    actor,
    'assets.draft_deleted',
    { type: 'asset', id },
    { assetNo: a.asset_no, name: a.name },
  );
});
