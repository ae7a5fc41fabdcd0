import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { activeScheme, highestOf, labelText, levelById, type Scheme } from '../classification/index.ts';
import { assetHistory, classesOf, contentsOf } from './queries.ts';
import type { AssetsTable } from './tables.ts';

type AssetRow = AssetsTable;

/** An asset as the API shows it: parsed JSON columns, designation records and label text. */
export async function presentAssets(db: Kysely<DB>, org: string, rows: AssetRow[]) {
  const scheme = await activeScheme(db, org);
  const classes = await classesOf(
    db,
    org,
    rows.map((r) => r.id),
  );
  return present(scheme, rows, classes);
}

type Designation = Awaited<ReturnType<typeof classesOf>>[number];

function present(scheme: Scheme | null, rows: AssetRow[], classes: Designation[]) {
  return rows.map((r) => {
    const own = classes.filter((c) => c.asset_id === r.id);
    const computed = scheme ? [...highestOf(JSON.parse(r.computed_class) as string[], scheme).values()] : [];
    const ownLevels = scheme ? own.map((c) => levelById(scheme, c.level_id)).filter((l) => !!l) : [];
    return {
      id: r.id,
      assetNo: r.asset_no,
      name: r.name,
      kind: r.kind,
      ownerUnitId: r.owner_unit_id,
      ownerUserId: r.owner_user_id,
      restrictions: JSON.parse(r.restrictions) as string[],
      locationId: r.location_id,
      backup: r.backup,
      personalInfo: !!Number(r.personal_info),
      specificPersonalInfo: !!Number(r.specific_personal_info),
      retention: r.retention,
      networkSegment: r.network_segment,
      status: r.status,
      draftDeleteOn: r.draft_delete_on,
      parentId: r.parent_id,
      copiedFrom: r.copied_from,
      note: r.note,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      classes: own.map((c) => ({
        axisId: c.axis_id,
        levelId: c.level_id,
        label: scheme ? (levelById(scheme, c.level_id)?.label ?? null) : null,
        setBy: c.set_by,
        setByName: c.set_by_name,
        setAt: c.set_at,
        source: c.source,
        reason: c.reason,
      })),
      label: scheme ? labelText(ownLevels, scheme) : '',
      computedClass: computed.map((l) => l.id),
      computedLabel: scheme ? labelText(computed, scheme) : '',
    };
  });
}

/**
 * One asset with its contents and its history from the audit log, given the asset with its designation
 * records as `assetWithClasses` reads them (one statement).
 */
export async function assetDetail(
  db: Kysely<DB>,
  org: string,
  { asset: row, classes }: { asset: AssetRow; classes: Designation[] },
) {
  const [asset] = present(await activeScheme(db, org), [row], classes);
  const [contents, history] = await Promise.all([contentsOf(db, org, row.id), assetHistory(db, org, row)]);
  return {
    asset,
    contents: contents.map((c) => ({
      id: c.id,
      assetNo: c.asset_no,
      name: c.name,
      kind: c.kind,
      status: c.status,
    })),
    history: history.map((h) => ({
      seq: Number(h.seq),
      at: h.occurred_at,
      actor: h.actor_label,
      event: h.event,
      data: JSON.parse(h.data),
    })),
  };
}
