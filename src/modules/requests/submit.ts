import type { Insertable, Kysely } from 'kysely';
import { type Args, prepared } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { badInput, forbidden, notFound } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { todayJst } from '../../shared/business-days.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { auditEntry, recordAudits } from '../audit/index.ts';
import { notifyPeople } from '../notifications/index.ts';
import { approvalNeed } from './approval-need.ts';
import { chainFor, stepHolders } from './approvers.ts';
import { findAsset, hasAssetRegister } from './asset-lookup.ts';
import { assetIdOf, checkValues } from './fields.ts';
import { finalizeApproval } from './finalize.ts';
import { SUBMIT } from './functions.ts';
import { loadRequest, parseDefinition } from './load.ts';
import { nextReference, referenceText } from './reference.ts';
import { waitingKey } from './waiting.ts';
import './events.ts';

export interface SubmitInput {
  typeId: string;
  /** The asset's class as the requester sees it; used only while no assets register is wired in. */
  assetClass?: string | null;
  values: Record<string, unknown>;
}

/**
 * Anyone signed in may file a request: staff without any role must be able to ask permission.
 * An organization that wants to limit filing maps `requests.submit` onto roles; from then on only
 * holders may file.
 */
export async function mayFile(
  db: Kysely<DB>,
  auth: Pick<AuthContext, 'organizationId' | 'functions'>,
): Promise<boolean> {
  if (auth.functions.has(SUBMIT)) return true;
  const mapped = await db
    .selectFrom('role_functions')
    .select('role_id')
    .where('organization_id', '=', auth.organizationId)
    .where('function_key', '=', SUBMIT)
    .executeTakeFirst();
  return !mapped;
}

// Read by every submit: built and compiled once.
const typeRead = prepared((db, p: Args<{ org: string; typeId: string }>) =>
  db
    .selectFrom('request_types')
    .selectAll()
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('role_functions')
            .select('role_id')
            .where('organization_id', '=', p.org)
            .where('function_key', '=', SUBMIT),
        )
        .as('submit_mapped'),
    )
    .where('id', '=', p.typeId)
    .where('organization_id', '=', p.org),
);
type RequestRow = Required<Insertable<DB['requests']>>;
// Not read back, and its failure fails the submit's transaction: on PostgreSQL it goes with the next statement.
const insertRequest = prepared(
  (db, p: Args<RequestRow>) =>
    db.insertInto('requests').values({
      id: p.id,
      organization_id: p.organization_id,
      type_id: p.type_id,
      type_code: p.type_code,
      requester_id: p.requester_id,
      unit_id: p.unit_id,
      asset_id: p.asset_id,
      asset_class: p.asset_class,
      approval_required: p.approval_required,
      status: p.status,
      current_step: p.current_step,
      waiting_key: p.waiting_key,
      version: p.version,
      field_values: p.field_values,
      definition: p.definition,
      clause_path: p.clause_path,
      due_on: p.due_on,
      returned_at: p.returned_at,
      step_started_at: p.step_started_at,
      escalated_step: p.escalated_step,
      last_reminder_on: p.last_reminder_on,
      submitted_at: p.submitted_at,
      decided_at: p.decided_at,
      closed_at: p.closed_at,
      fiscal_year: p.fiscal_year,
      serial: p.serial,
    }),
  { withNext: true },
);

/**
 * The type to file, read with whether the body maps `requests.submit` onto roles (one statement). Who
 * may file is checked first: a person who may not file learns nothing of the body's types.
 */
async function typeToFile(
  db: Kysely<DB>,
  auth: Pick<AuthContext, 'organizationId' | 'functions'>,
  typeId: string,
) {
  const row = await typeRead.first(db, { org: auth.organizationId, typeId });
  if (!auth.functions.has(SUBMIT) && (row ? Number(row.submit_mapped) : !(await mayFile(db, auth))))
    throw forbidden(SUBMIT);
  if (!row) throw notFound('request_type');
  const { submit_mapped: _, ...type } = row;
  return { ...type, def: parseDefinition(type.definition) };
}

/** Files a request: checks the form, freezes the asset's class, and notifies the first approvers. */
export async function submitRequest(
  db: Kysely<DB>,
  actor: Actor,
  auth: Pick<AuthContext, 'organizationId' | 'functions' | 'userId' | 'unitId'>,
  input: SubmitInput,
  today = todayJst(),
): Promise<string> {
  const type = await typeToFile(db, auth, input.typeId);
  if (!type.active)
    throw badInput('requests.type_inactive', {}, [{ field: 'typeId', code: 'requests.type_inactive' }]);
  const { values, errors } = checkValues(type.def.fields, input.values);
  if (errors.length) throw badInput('request.invalid', {}, errors);
  let assetId = assetIdOf(type.def.fields, values);
  let assetClass = input.assetClass?.trim() || null;
  if (assetId && hasAssetRegister()) {
    // Chosen from the list (its id) or typed as the number on its label: either way the register's asset.
    const asset = await findAsset(db, auth.organizationId, assetId);
    const field = type.def.fields.find((f) => f.type === 'asset')?.key ?? 'asset';
    if (!asset)
      throw badInput('request.invalid', {}, [{ field: `values.${field}`, code: 'requests.asset_unknown' }]);
    assetId = asset.id;
    values[field] = asset.id;
    assetClass = asset.classLabel;
  }
  // Never without an approver by accident: only the body's own policy can exempt a class (see approval-need.ts).
  const need = await approvalNeed(db, auth.organizationId, type, assetClass);
  const approvalRequired = need.required;
  // Approvers chosen by the asset's level are decided now and frozen with the request.
  const definition = { ...type.def, chain: chainFor(type.def.chain, assetClass) };
  const id = newId();
  const now = nowIso();
  const row = {
    id,
    organization_id: auth.organizationId,
    type_id: type.id,
    type_code: type.code,
    requester_id: auth.userId,
    unit_id: auth.unitId ?? null,
    asset_id: assetId,
    asset_class: assetClass,
    approval_required: approvalRequired ? 1 : 0,
    status: 'pending',
    current_step: 0,
    waiting_key: waitingKey('pending', definition, 0, auth.unitId ?? null),
    version: 1,
    field_values: JSON.stringify(values),
    definition: JSON.stringify(definition),
    clause_path: type.clause_path,
    due_on: null,
    returned_at: null,
    step_started_at: now,
    escalated_step: null,
    last_reminder_on: null,
    submitted_at: now,
    decided_at: null,
    closed_at: null,
  };
  // The 受付番号 is taken in the request's transaction and recorded with it.
  const numbered = async (trx: Kysely<DB>) => {
    const ref = await nextReference(trx, auth.organizationId, now);
    const submitted = auditEntry(
      'requests.submitted',
      { type: 'request', id },
      {
        code: type.code,
        reference: referenceText('ja', ref),
        fiscalYear: ref.fiscalYear,
        serial: ref.serial,
        assetId,
        assetClass,
        approvalRequired,
        clausePath: type.clause_path,
        exemptBy: need.exemptBy,
      },
    );
    return { row: { ...row, fiscal_year: ref.fiscalYear, serial: ref.serial }, submitted };
  };
  await db.transaction().execute(async (trx) => {
    if (!approvalRequired) {
      const { row: filed, submitted } = await numbered(trx);
      await insertRequest.execute(trx, filed);
      await recordAudits(trx, actor, [submitted]);
      const req = await loadRequest(trx, auth.organizationId, id);
      await finalizeApproval(trx, actor, req, {
        typeName: type.name_ja,
        typeNameEn: type.name_en,
        today,
        approverIds: [],
        exemptBy: need.exemptBy,
      });
      return;
    }
    // Every read first and the audit append last: on PostgreSQL the append takes the organization's
    // audit-head lock, held until COMMIT, so every other write of the organization waits only for the
    // append and the COMMIT, not for this transaction's reads and inserts as well.
    const holders = await stepHolders(
      trx,
      auth.organizationId,
      definition.chain[0],
      { requester_id: auth.userId, unit_id: auth.unitId ?? null },
      today,
    );
    await notifyPeople(
      trx,
      auth.organizationId,
      holders.map((h) => ({ id: h.userId, email: h.email })),
      {
        code: 'notice.requests.approval_requested',
        params: { type: { ja: type.name_ja, en: type.name_en }, requester: actor.label ?? '' },
        link: `/requests/${id}`,
      },
    );
    // The 受付番号 counter's row is locked until COMMIT too (PostgreSQL): taken just before the append.
    const { row: filed, submitted } = await numbered(trx);
    await insertRequest.execute(trx, filed);
    await recordAudits(trx, actor, [submitted]);
  });
  return id;
}
