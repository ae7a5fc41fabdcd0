import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../../src/db/dialect.ts';
import type { DB } from '../../src/db/schema.ts';
import { recordAudit } from '../../src/modules/audit/service.ts';
import type { Actor } from '../../src/shared/actor.ts';

/** Appends the `i`th of a run of events (unit `u{i}` created), each in its own transaction. */
export function appendUnitEvent(db: Kysely<DB>, actor: Actor, i: number): Promise<unknown> {
  return db
    .transaction()
    .execute((trx) =>
      recordAudit(
        trx,
        actor,
        'org.unit_created',
        { type: 'unit', id: `u${i}` },
        { name: `課${i}`, kind: '課', parentId: null },
      ),
    );
}

/**
 * Runs `stmt` on the audit log as an attacker with database access would: around the append-only
 * triggers, which are back in place afterwards.
 */
export async function aroundAppendOnly(db: Kysely<DB>, stmt: string): Promise<void> {
  if (isPostgres(db)) {
    await sql`ALTER TABLE audit_events DISABLE TRIGGER USER`.execute(db);
    await sql.raw(stmt).execute(db);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER USER`.execute(db);
    return;
  }
  await sql`DROP TRIGGER audit_events_no_update`.execute(db);
  await sql`DROP TRIGGER audit_events_no_delete`.execute(db);
  await sql.raw(stmt).execute(db);
  for (const op of ['UPDATE', 'DELETE'])
    await sql
      .raw(
        `CREATE TRIGGER audit_events_no_${op.toLowerCase()} BEFORE ${op} ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`,
      )
      .execute(db);
}

/**
 * Rewrites the data of one event of the organization's chain as an attacker would (the one at `seq`, or
 * its first) and gives its id.
 */
export async function forgeEvent(db: Kysely<DB>, organizationId: string, seq?: number): Promise<string> {
  const events = db.selectFrom('audit_events').select('id').where('organization_id', '=', organizationId);
  const { id } = await (seq === undefined ? events.orderBy('seq') : events.where('seq', '=', seq))
    .limit(1)
    .executeTakeFirstOrThrow();
  await aroundAppendOnly(db, `UPDATE audit_events SET data = '{"name":"forged"}' WHERE id = '${id}'`);
  return id;
}
