/** Reads of the systems module beyond plain register lists: names, due dates, findings, history. */
import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { maintenanceDue, todayJst } from './maintenance.ts';
import { type ConnectionKind, checkSegments, type Finding } from './segmentRules.ts';

type Row = Record<string, unknown>;

async function namesOf(
  db: Kysely<DB>,
  table: 'network_segments' | 'information_systems',
  org: string,
): Promise<Map<string, string>> {
  const rows = await db.selectFrom(table).select(['id', 'name']).where('organization_id', '=', org).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Adds segment, unit and administrator names to system rows. */
export async function decorateSystems(db: Kysely<DB>, org: string, rows: Row[]): Promise<Row[]> {
  const segs = await namesOf(db, 'network_segments', org);
  const units = new Map(
    (await db.selectFrom('units').select(['id', 'name']).where('organization_id', '=', org).execute()).map(
      (u) => [u.id, u.name],
    ),
  );
  const users = new Map(
    (
      await db.selectFrom('users').select(['id', 'display_name']).where('organization_id', '=', org).execute()
    ).map((u) => [u.id, u.display_name]),
  );
  return rows.map((r) => ({
    ...r,
    segmentName: segs.get(r.segmentId as string) ?? null,
    ownerUnitName: units.get(r.ownerUnitId as string) ?? null,
    administratorName: users.get(r.administratorUserId as string) ?? null,
  }));
}

/** Adds system names to connection rows. */
export async function decorateConnections(db: Kysely<DB>, org: string, rows: Row[]): Promise<Row[]> {
  const sys = await namesOf(db, 'information_systems', org);
  return rows.map((r) => ({
    ...r,
    fromSystemName: sys.get(r.fromSystemId as string) ?? null,
    toSystemName: sys.get(r.toSystemId as string) ?? null,
  }));
}

/** Adds the segment name to rows with a segmentId. */
export async function decorateSegmentName(db: Kysely<DB>, org: string, rows: Row[]): Promise<Row[]> {
  const segs = await namesOf(db, 'network_segments', org);
  return rows.map((r) => ({ ...r, segmentName: segs.get(r.segmentId as string) ?? null }));
}

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

/** The rule findings of one organization (R-C1…R-C4). */
export async function segmentFindings(db: Kysely<DB>, org: string): Promise<Finding[]> {
  const [segments, systems, connections] = await Promise.all([
    db
      .selectFrom('network_segments')
      .selectAll()
      .where('organization_id', '=', org)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('information_systems')
      .selectAll()
      .where('organization_id', '=', org)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('system_connections')
      .selectAll()
      .where('organization_id', '=', org)
      .orderBy('created_at')
      .execute(),
  ]);
  return checkSegments(
    segments.map((s) => ({
      id: s.id,
      name: s.name,
      isolated: !!s.isolated,
      mfaRequired: !!s.mfa_required,
      internetFacing: !!s.internet_facing,
      monitored: !!s.monitored,
      sanitizedOnly: !!s.sanitized_only,
      dedicatedTerminals: !!s.dedicated_terminals,
    })),
    systems.map((s) => ({
      id: s.id,
      name: s.name,
      segmentId: s.segment_id,
      mfa: !!s.mfa,
      dedicatedTerminals: !!s.dedicated_terminals,
    })),
    connections.map((c) => ({
      id: c.id,
      fromSystemId: c.from_system_id,
      toSystemId: c.to_system_id,
      kind: c.kind as ConnectionKind,
    })),
  );
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
