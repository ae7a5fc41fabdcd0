/** Reads of the systems module beyond plain register lists: names, due dates, findings, history. */
import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { withNames } from './kit/names.ts';
import { maintenanceDue, todayJst } from './maintenance.ts';

type Row = Record<string, unknown>;

/** Adds segment, unit and administrator names to system rows. */
export const decorateSystems = withNames({
  segmentId: ['segmentName', 'network_segments'],
  ownerUnitId: ['ownerUnitName', 'units'],
  administratorUserId: ['administratorName', 'users', 'display_name'],
});

/** Adds system names to connection rows. */
export const decorateConnections = withNames({
  fromSystemId: ['fromSystemName', 'information_systems'],
  toSystemId: ['toSystemName', 'information_systems'],
});

/** Adds the segment name to rows with a segmentId. */
export const decorateSegmentName = withNames({ segmentId: ['segmentName', 'network_segments'] });

/** Adds segment name, last maintenance and next due date (R-D4) to equipment rows. */
export async function decorateEquipment(db: Kysely<DB>, org: string, rows: Row[]): Promise<Row[]> {
  const named = await decorateSegmentName(db, org, rows);
  const ids = rows.map((r) => r.id as string);
  const last = ids.length
    ? await db
        .selectFrom('equipment_maintenance')
        .select(['equipment_id', (eb) => eb.fn.max('performed_on').as('last')])
        .where('organization_id', '=', org)
        .where('equipment_id', 'in', ids)
        .groupBy('equipment_id')
        .execute()
    : [];
  const lastOf = new Map(last.map((l) => [l.equipment_id, l.last as string]));
  const today = todayJst();
  return named.map((r) => ({
    ...r,
    ...maintenanceDue(
      r.maintenanceIntervalDays as number | null,
      lastOf.get(r.id as string) ?? null,
      String(r.createdAt).slice(0, 10),
      today,
    ),
  }));
}

/** A system's change history (R-F18): audit events of the record and the manual change log, newest first. */
export async function systemHistory(db: Kysely<DB>, org: string, systemId: string) {
  const events = await rowsInOrg(
    db,
    'audit_events',
    org,
    { target_type: 'information_system', target_id: systemId },
    ['seq', 'occurred_at', 'actor_label', 'event', 'data'],
    [['seq', 'desc']],
  );
  const changes = await rowsInOrg(db, 'system_changes', org, { system_id: systemId }, '*', [
    ['changed_on', 'desc'],
    ['created_at', 'desc'],
  ]);
  return {
    events: events.map((e) => ({
      seq: Number(e.seq),
      occurredAt: e.occurred_at,
      actorLabel: e.actor_label,
      event: e.event,
      data: JSON.parse(e.data),
    })),
    changeLog: changes.map((c) => ({
      id: c.id,
      changedOn: c.changed_on,
      what: c.what,
      why: c.why,
      approvedBy: c.approved_by,
      createdAt: c.created_at,
    })),
  };
}
