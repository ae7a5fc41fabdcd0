import type { Kysely } from 'kysely';
import { rowInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { findInOrg } from '../../http/find.ts';
import type { IncidentsTable } from './tables.ts';

/** Functions that see every incident of the organization (the chain's members and handlers). */
export const READ_ALL = [
  'incidents.read_all',
  'incidents.receive',
  'incidents.escalate_to',
  'incidents.handle',
  'incidents.close',
  'incidents.head_notice',
];

/** True when the user may read this incident: its reporter, or a holder of a reading function. */
export function mayRead(auth: AuthContext, inc: Pick<IncidentsTable, 'reporter_id'>): boolean {
  return inc.reporter_id === auth.userId || READ_ALL.some((f) => auth.functions.has(f));
}

/** Loads an incident of the caller's organization that the caller may read; 404 otherwise. */
export async function loadIncident(db: Kysely<DB>, auth: AuthContext, id: string): Promise<IncidentsTable> {
  const inc = await findInOrg(db, 'incidents', auth.organizationId, id, 'incident');
  if (
    !mayRead(auth, inc) &&
    !(await ownsActionOn(db, auth, inc.id)) &&
    !(await holdsStepOn(db, auth, inc.id))
  )
    throw notFound('incident');
  return inc;
}

/**
 * True when a step of the incident that has reached its holder names the user or one of their roles (a head
 * of the body named as a person, a chain step given to a role): they may read it to take their step.
 */
export async function holdsStepOn(db: Kysely<DB>, auth: AuthContext, incidentId: string): Promise<boolean> {
  const row = await db
    .selectFrom('incident_steps')
    .select('id')
    .where('organization_id', '=', auth.organizationId)
    .where('incident_id', '=', incidentId)
    .where('status', 'in', ['waiting', 'escalated', 'acknowledged'])
    .where((eb) =>
      eb.or([
        eb('user_id', '=', auth.userId),
        ...(auth.roleIds.length ? [eb('role_id', 'in', auth.roleIds)] : []),
      ]),
    )
    .executeTakeFirst();
  return Boolean(row);
}

/** True when the user is assigned an 対策 (action) on the incident: they may read it to carry it out. */
export async function ownsActionOn(db: Kysely<DB>, auth: AuthContext, incidentId: string): Promise<boolean> {
  const row = await rowInOrg(
    db,
    'incident_actions',
    auth.organizationId,
    { incident_id: incidentId, owner_id: auth.userId },
    ['id'],
  );
  return Boolean(row);
}

/** The reporter may add evidence and notes to their own report; handlers to any. */
export function requireHandlerOrReporter(auth: AuthContext, inc: IncidentsTable): void {
  if (inc.reporter_id !== auth.userId && !auth.functions.has('incidents.handle'))
    throw forbidden('incidents.handle');
}
