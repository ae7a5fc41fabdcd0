import type { Insertable, Kysely } from 'kysely';
import { type Args, prepared } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { type AuditItem, auditEntry } from '../audit/index.ts';
import { assetDisplay } from './asset-lookup.ts';
import { type LoadedRequest, labelsOf } from './load.ts';

/**
 * A clause path as the office cites it: 第2章/5./(1) → ポリシー 第2章 5. (1). The registers are the body's
 * records, written in Japanese.
 */
export function clauseCitation(path: string): string {
  return t('ja', 'requests.record.clause', { clause: path.split('/').join(' ') });
}

/** The date a record is about: the first date field of the form, or the approval day. */
function occurredOn(req: LoadedRequest, fallback: string): string {
  const dateField = req.def.fields.find((f) => f.type === 'date' && typeof req.values[f.key] === 'string');
  return dateField ? String(req.values[dateField.key]) : fallback;
}

// The statements of every record, built and compiled once.
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
 * transaction and returns it with the audit event the caller must append in that transaction (with the
 * grant's). Requests whose type produces no record write nothing.
 */
export async function writeRecord(
  trx: Kysely<DB>,
  req: LoadedRequest,
  opts: {
    typeName: string;
    today: string;
    approverIds: string[];
    dueOn: string | null;
    exemptBy?: string | null;
    labels?: ReadonlyMap<string, string>;
  },
): Promise<{ id: string; audit: AuditItem } | null> {
  const kind = req.type_record_kind;
  if (!kind) return null;
  // The names read with the request and its decisions; read here only for whom the caller has none.
  const labels = new Map(opts.labels ?? []);
  if (req.requester_label != null) labels.set(req.requester_id, req.requester_label);
  const missing = [req.requester_id, ...opts.approverIds].filter((id) => !labels.has(id));
  if (missing.length)
    for (const [id, l] of await labelsOf(trx, req.organization_id, missing)) labels.set(id, l);
  const fields = [{ key: '_type', label: t('ja', 'requests.record.type'), value: opts.typeName }];
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
    unit_name: req.unit_name ?? null,
    asset_id: req.asset_id,
    asset_class: req.asset_class,
    // 許可者: who granted it, or the clause of the body's own policy under which no permission is needed.
    approvers: opts.exemptBy
      ? t('ja', 'requests.record.exempt', { clause: clauseCitation(opts.exemptBy) })
      : opts.approverIds.map((a) => labels.get(a) ?? a).join('、') || null,
    approved_on: opts.today,
    due_on: opts.dueOn,
    returned_at: null,
    confirmers: null,
    fields: JSON.stringify(fields),
    created_at: nowIso(),
  });
  return {
    id,
    audit: auditEntry('requests.record_written', { type: 'request_record', id }, { kind, requestId: req.id }),
  };
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
