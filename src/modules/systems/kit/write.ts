/** Writes of a register: each in one transaction with its audit event, references checked first. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { conflict, notFound } from '../../../http/errors.ts';
import { checkReferences, type References, type TenantTable } from '../../../http/references.ts';
import type { Actor } from '../../../shared/actor.ts';
import { newId } from '../../../shared/ids.ts';
import { nowIso } from '../../../shared/time.ts';
import type { AuditEventName } from '../../audit/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { type Dependent, type FieldDef, fromDb, type RegisterEvents, toDb } from './fields.ts';
import { findRecord } from './list.ts';

export interface WriteDef {
  table: string;
  /** Audit target type, e.g. `information_system`. */
  target: string;
  fields: FieldDef[];
  /** The field whose value names a record in audit events. */
  nameKey: string;
  events: RegisterEvents;
  dependents?: Dependent[];
  /** Fills values a new record derives from elsewhere (the contract's clause list). */
  prepare?(
    trx: Kysely<DB>,
    organizationId: string,
    values: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
  /** Extra checks needing the database (throw badInput naming the field). */
  check?(
    trx: Kysely<DB>,
    organizationId: string,
    values: Record<string, unknown>,
    id: string | null,
  ): Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: the kit writes many tables described by their FieldDefs
const loose = (db: Kysely<DB>) => db as unknown as Kysely<any>;

/** The ids the fields hold that must name rows of the same organization (ref and refs fields). */
export function referencesOf(fields: FieldDef[]): References {
  return Object.fromEntries(
    fields
      .filter((f) => (f.kind === 'ref' || f.kind === 'refs') && f.refTable)
      .map((f) => [f.key, f.refTable as TenantTable]),
  );
}

/** Throws 400 naming the field when an id does not name a row of the same organization (`references.ts`). */
export async function checkRefs(
  trx: Kysely<DB>,
  fields: FieldDef[],
  organizationId: string,
  values: Record<string, unknown>,
): Promise<void> {
  await checkReferences(trx, organizationId, values, referencesOf(fields));
}

const audit = (
  trx: Kysely<DB>,
  actor: Actor,
  event: AuditEventName,
  target: string,
  id: string,
  data: unknown,
) =>
  // The register events share one shape ({ name, values | changes }); the catalogue types each name.
  recordAudit(trx, actor, event, { type: target, id }, data as never);

/** Creates a record and audits every value it was created with. */
export async function createRecord(
  db: Kysely<DB>,
  actor: Actor,
  def: WriteDef,
  values: Record<string, unknown>,
): Promise<string> {
  return db.transaction().execute((trx) => insertRecord(trx, actor, def, values));
}

/** The insert of `createRecord` inside the caller's transaction (proposal acceptance). */
export async function insertRecord(
  trx: Kysely<DB>,
  actor: Actor,
  def: WriteDef,
  input: Record<string, unknown>,
): Promise<string> {
  const { id, values } = await insertRow(trx, actor, def, input);
  await audit(trx, actor, def.events.created, def.target, id, {
    name: String(values[def.nameKey] ?? ''),
    values,
  });
  return id;
}

/**
 * Inserts one record after the register's own preparation and checks, without an audit event: the
 * caller audits (one event per record, or one for a whole import).
 */
export async function insertRow(
  trx: Kysely<DB>,
  actor: Actor,
  def: WriteDef,
  input: Record<string, unknown>,
): Promise<{ id: string; values: Record<string, unknown> }> {
  const values = { ...input };
  for (const f of def.fields)
    if (values[f.key] === undefined && f.initial !== undefined) values[f.key] = f.initial;
  Object.assign(values, await def.prepare?.(trx, actor.organizationId, values));
  await checkRefs(trx, def.fields, actor.organizationId, values);
  await def.check?.(trx, actor.organizationId, values, null);
  const id = newId();
  const now = nowIso();
  const row: Record<string, unknown> = {
    id,
    organization_id: actor.organizationId,
    created_at: now,
    updated_at: now,
  };
  for (const f of def.fields) row[f.column] = toDb(f, values[f.key]);
  await loose(trx).insertInto(def.table).values(row).execute();
  return { id, values };
}

/** Changes the given fields and audits each change with its before and after (R-F18). */
export async function updateRecord(
  db: Kysely<DB>,
  actor: Actor,
  def: WriteDef,
  id: string,
  values: Record<string, unknown>,
): Promise<void> {
  await db.transaction().execute((trx) => changeRecord(trx, actor, def, id, values));
}

/** The change of `updateRecord` inside the caller's transaction. */
export async function changeRecord(
  trx: Kysely<DB>,
  actor: Actor,
  def: WriteDef,
  id: string,
  values: Record<string, unknown>,
): Promise<void> {
  {
    const before = await findRecord(loose(trx), def.table, actor.organizationId, id);
    if (!before) throw notFound();
    await checkRefs(trx, def.fields, actor.organizationId, values);
    const merged: Record<string, unknown> = {};
    for (const f of def.fields) merged[f.key] = f.key in values ? values[f.key] : fromDb(f, before[f.column]);
    await def.check?.(trx, actor.organizationId, merged, id);
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    const set: Record<string, unknown> = {};
    for (const f of def.fields) {
      if (!(f.key in values)) continue;
      const old = fromDb(f, before[f.column]);
      const next = values[f.key] ?? null;
      if (JSON.stringify(old) === JSON.stringify(next)) continue;
      changes[f.key] = { before: old, after: next };
      set[f.column] = toDb(f, next);
    }
    if (Object.keys(changes).length === 0) return;
    set.updated_at = nowIso();
    await loose(trx)
      .updateTable(def.table)
      .set(set)
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', id)
      .execute();
    await audit(trx, actor, def.events.updated, def.target, id, {
      name: String(merged[def.nameKey] ?? ''),
      changes,
    });
  }
}

/** Deletes a record nothing points at; the audit event keeps what it held. */
export async function deleteRecord(db: Kysely<DB>, actor: Actor, def: WriteDef, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await findRecord(loose(trx), def.table, actor.organizationId, id);
    if (!before) throw notFound();
    for (const d of def.dependents ?? []) {
      const used = await loose(trx)
        .selectFrom(d.table)
        .select('id')
        .where('organization_id', '=', actor.organizationId)
        .where(d.column, '=', id)
        .executeTakeFirst();
      if (used) throw conflict('registers.in_use', { table: d.table });
    }
    await loose(trx)
      .deleteFrom(def.table)
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', id)
      .execute();
    const values: Record<string, unknown> = {};
    for (const f of def.fields) values[f.key] = fromDb(f, before[f.column]);
    await audit(trx, actor, def.events.deleted, def.target, id, {
      name: String(values[def.nameKey] ?? ''),
      values,
    });
  });
}
