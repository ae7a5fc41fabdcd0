import type { Insertable, Kysely } from 'kysely';
import { type Args, prepared } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { assetDisplay } from './asset-lookup.ts';
import { type LoadedRequest, labelsOf } from './load.ts';

/** A clause path as the office cites it: 第2章/5./(1) → ポリシー 第2章 5. (1). */
export function clauseCitation(path: string): string {
  return `ポリシー ${path.split('/').join(' ')}`;
}

/** The date a record is about: the first date field of the form, or the approval day. */
function occurredOn(req: LoadedRequest, fallback: string): string {
  const dateField = req.def.fields.find((f) => f.type === 'date' && typeof req.values[f.key] === 'string');
  return dateField ? String(req.values[dateField.key]) : fallback;
}

// The statements of every record, built and compiled once.
const unitName = prepared((db, p: Args<{ id: string }>) =>
  db.selectFrom('units').select('name').where('id', '=', p.id),
);
const insertRecord = prepared((db, p: Args<Required<Insertable<DB['request_records']>>>) =>
  db.insertInto('request_records').values({
    id: p.id,
    organization_id: p.organization_id,
    request_id: p.request_id,
    kind: p.kind,
    occurred_on: p.occurred_on,
    person_id: p.person_id,
    person_label: p.person_label,
    unit_name: p.unit_name,
    asset_id: p.asset_id,
    asset_class: p.asset_class,
    approvers: p.approvers,
    approved_on: p.approved_on,
    due_on: p.due_on,
    returned_at: p.returned_at,
    confirmers: p.confirmers,
    fields: p.fields,
    created_at: p.created_at,
  }),
);

/**
 * Writes the register entry of a granted request (持出し記録, 廃棄記録, …) inside the caller's
 * transaction. Requests whose type produces no record write nothing.
 */
export async function writeRecord(
  trx: Kysely<DB>,
  actor: Actor,
  req: LoadedRequest,
  opts: {
    typeName: string;
    today: string;
    approverIds: string[];
    dueOn: string | null;
    exemptBy?: string | null;
  },
): Promise<string | null> {
  const kind = req.type_record_kind;
  if (!kind) return null;
  const labels = await labelsOf(trx, req.organization_id, [req.requester_id, ...opts.approverIds]);
  const unit = req.unit_id ? await unitName.first(trx, { id: req.unit_id }) : undefined;
  const fields = [{ key: '_type', label: '種別', value: opts.typeName }];
  for (const f of req.def.fields) {
    const v = req.values[f.key];
    // The register names the asset as the office knows it (number and name), not by its internal id.
    const value =
      f.type === 'asset' && typeof v === 'string'
        ? await assetDisplay(trx, req.organization_id, v)
        : Array.isArray(v)
          ? v.join('、')
          : (v ?? '');
    fields.push({ key: f.key, label: f.label.ja, value });
  }
  const id = newId();
  await insertRecord.execute(trx, {
    id,
    organization_id: req.organization_id,
    request_id: req.id,
    kind,
    occurred_on: occurredOn(req, opts.today),
    person_id: req.requester_id,
    person_label: labels.get(req.requester_id) ?? req.requester_id,
    unit_name: unit?.name ?? null,
    asset_id: req.asset_id,
    asset_class: req.asset_class,
    // 許可者: who granted it, or the clause of the body's own policy under which no permission is needed.
    approvers: opts.exemptBy
      ? `許可不要（${clauseCitation(opts.exemptBy)}）`
      : opts.approverIds.map((a) => labels.get(a) ?? a).join('、') || null,
    approved_on: opts.today,
    due_on: opts.dueOn,
    returned_at: null,
    confirmers: null,
    fields: JSON.stringify(fields),
    created_at: nowIso(),
  });
  await recordAudit(
    trx,
    actor,
    'requests.record_written',
    { type: 'request_record', id },
    { kind, requestId: req.id },
  );
  return id;
}

/** Fills the return and confirmation columns of a request's record as they happen. */
export async function updateRecord(
  trx: Kysely<DB>,
  organizationId: string,
  requestId: string,
  set: { returned_at?: string; confirmers?: string },
): Promise<void> {
  await trx
    .updateTable('request_records')
    .set(set)
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .execute();
}
