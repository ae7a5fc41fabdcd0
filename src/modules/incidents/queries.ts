import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { rowInOrg, rowsInOrg, rowWhere, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { todayJst } from '../../shared/business-days.ts';
import { READ_ALL } from './access.ts';
import { INCIDENT_CATALOGUE } from './catalogue.ts';
import { type BodyClauses, bodyClauses, citedClause, clauseCitation } from './cited-clause.ts';
import { personalDataDeadlines } from './deadlines.ts';
import type { listQuery } from './schema.ts';
import { loadSettings } from './settings.ts';
import type { IncidentsTable } from './tables.ts';

const parse = (s: string) => JSON.parse(s) as string[];

/** Incidents of the organization the caller may read, newest first, with filters. */
export async function listIncidents(db: Kysely<DB>, auth: AuthContext, f: z.output<typeof listQuery>) {
  let q = db
    .selectFrom('incidents as i')
    .innerJoin('incident_types as t', 't.id', 'i.type_id')
    .leftJoin('units as u', 'u.id', 'i.unit_id')
    .leftJoin('users as r', 'r.id', 'i.reporter_id')
    .select([
      'i.id',
      'i.title',
      'i.found_at',
      'i.status',
      'i.minor',
      'i.personal_info',
      'i.source',
      'i.unit_id',
      'i.reporter_id',
      'i.created_at',
      't.key as type_key',
      't.name_ja as type_ja',
      't.name_en as type_en',
      'u.name as unit_name',
      'r.display_name as reporter_name',
    ])
    .where('i.organization_id', '=', auth.organizationId)
    .orderBy('i.found_at', 'desc');
  const all = READ_ALL.some((fn) => auth.functions.has(fn));
  if (f.mine === '1') q = q.where('i.reporter_id', '=', auth.userId);
  else if (!all)
    // Their own reports, and the incidents on which they carry out an 対策.
    q = q.where((eb) =>
      eb.or([
        eb('i.reporter_id', '=', auth.userId),
        eb(
          'i.id',
          'in',
          eb
            .selectFrom('incident_actions')
            .select('incident_id')
            .where('organization_id', '=', auth.organizationId)
            .where('owner_id', '=', auth.userId),
        ),
      ]),
    );
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.type) q = q.where('t.key', '=', f.type);
  if (f.from) q = q.where('i.found_at', '>=', f.from);
  if (f.to) q = q.where('i.found_at', '<', `${f.to}T99`);
  if (f.q) q = q.where('i.title', 'like', `%${f.q.replace(/[%_]/g, '')}%`);
  return q.limit(1000).execute();
}

/** Everything the detail screen shows: chain, timeline, evidence hashes, actions, contacts, clocks, plan section. */
export async function incidentDetail(db: Kysely<DB>, inc: IncidentsTable) {
  const org = inc.organization_id;
  const type = await rowWhereOrThrow(db, 'incident_types', { id: inc.type_id });
  const ofIncident = { incident_id: inc.id };
  const [steps, timeline, evidence, actions, contacts, settings, plan, clauses] = await Promise.all([
    rowsInOrg(db, 'incident_steps', org, ofIncident, '*', ['position']),
    rowsInOrg(db, 'incident_timeline', org, ofIncident, '*', ['at', 'seq', 'id']),
    rowsInOrg(
      db,
      'incident_evidence',
      org,
      ofIncident,
      ['id', 'file_name', 'content_type', 'size', 'sha256', 'description', 'added_by', 'created_at'],
      ['created_at'],
    ),
    db
      .selectFrom('incident_actions as a')
      .leftJoin('users as u', 'u.id', 'a.owner_id')
      .selectAll('a')
      // The screen names the 対策's owner, never their id.
      .select('u.display_name as owner_name')
      .where('a.organization_id', '=', org)
      .where('a.incident_id', '=', inc.id)
      .orderBy('a.created_at')
      .execute(),
    rowsInOrg(db, 'incident_contacts', org, ofIncident, '*', ['sent_at']),
    loadSettings(db, org),
    db
      .selectFrom('emergency_plans')
      .select(['version', 'sections'])
      .where('organization_id', '=', org)
      .orderBy('version', 'desc')
      .executeTakeFirst(),
    bodyClauses(db, org),
  ]);
  const sections = plan ? (JSON.parse(plan.sections) as { key: string; title: string; body: string }[]) : [];
  const planSection = sections.find((s) => s.key === type.plan_section) ?? null;
  const deadlines =
    inc.personal_info === 'no'
      ? null
      : personalDataDeadlines(todayJst(new Date(inc.found_at)), settings, !!type.unauthorized_access);
  return {
    incident: {
      ...inc,
      asset_ids: parse(inc.asset_ids),
      system_ids: parse(inc.system_ids),
      vendor_ids: parse(inc.vendor_ids),
      clause_paths: parse(inc.clause_paths),
    },
    type: {
      key: type.key,
      nameJa: type.name_ja,
      nameEn: type.name_en,
      steps: JSON.parse(type.steps),
      ...cited(citedClause(type.key, type.clause_path, type.plan_section, clauses), clauses),
      unauthorizedAccess: !!type.unauthorized_access,
    },
    steps,
    timeline,
    evidence,
    actions,
    contacts,
    deadlines,
    planSection: planSection ? { ...planSection, version: plan?.version } : null,
  };
}

/** Statistics by type, unit and month (JST) over the caller-visible incidents. */
export function statistics(rows: { found_at: string; type_ja: string; unit_name: string | null }[]) {
  const count = (key: (r: (typeof rows)[number]) => string) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
    return [...m.entries()]
      .map(([k, n]) => ({ key: k, count: n }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  };
  return {
    total: rows.length,
    byType: count((r) => r.type_ja),
    byUnit: count((r) => r.unit_name ?? '-'),
    byMonth: count((r) => todayJst(new Date(r.found_at)).slice(0, 7)).sort((a, b) =>
      a.key.localeCompare(b.key),
    ),
  };
}

/** Chain steps of open incidents still waiting for receipt (waiting or escalated), oldest notice first. */
export function waitingSteps(db: Kysely<DB>, orgId: string) {
  return db
    .selectFrom('incident_steps as s')
    .innerJoin('incidents as i', 'i.id', 's.incident_id')
    .selectAll('s')
    .select(['i.title', 'i.found_at'])
    .where('s.organization_id', '=', orgId)
    .where('s.status', 'in', ['waiting', 'escalated'])
    .where('i.status', '=', 'open')
    .orderBy('s.notified_at')
    .execute();
}

/** One evidence file of an incident, or undefined. */
export function evidenceFile(db: Kysely<DB>, orgId: string, incidentId: string, id: string) {
  return rowInOrg(db, 'incident_evidence', orgId, { incident_id: incidentId, id });
}

/** A type's clause: its path (for links) and how a reader cites it (shown). */
function cited(path: string | null, clauses: BodyClauses) {
  return { clausePath: path, clauseCitation: clauseCitation(path, clauses) };
}

/** The display name of the person who reported an incident ('' when no longer found). */
export async function reporterName(db: Kysely<DB>, inc: IncidentsTable): Promise<string> {
  const u = await rowWhere(db, 'users', { id: inc.reporter_id }, ['display_name']);
  return u?.display_name ?? '';
}

/** The organization's incident types with their steps, then the catalogue's it has not made its own. */
export async function incidentTypes(db: Kysely<DB>, orgId: string) {
  const [own, clauses] = await Promise.all([
    rowsInOrg(db, 'incident_types', orgId, {}, '*', ['created_at']),
    bodyClauses(db, orgId),
  ]);
  const have = new Set(own.map((t) => t.key));
  return [
    ...own.map((t) => ({
      key: t.key,
      nameJa: t.name_ja,
      nameEn: t.name_en,
      steps: JSON.parse(t.steps),
      ...cited(citedClause(t.key, t.clause_path, t.plan_section, clauses), clauses),
      unauthorizedAccess: !!t.unauthorized_access,
      planSection: t.plan_section,
      custom: true,
    })),
    ...INCIDENT_CATALOGUE.filter((c) => !have.has(c.key)).map((c) => ({
      key: c.key,
      nameJa: c.ja,
      nameEn: c.en,
      steps: c.steps,
      ...cited(citedClause(c.key, c.clausePath, c.planSection, clauses), clauses),
      unauthorizedAccess: c.unauthorizedAccess,
      planSection: c.planSection,
      custom: false,
    })),
  ];
}

/** Active people of the organization, to name an action owner or the subject of a violation. */
export function activePeople(db: Kysely<DB>, orgId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name as displayName', 'login_id as loginId'])
    .where('organization_id', '=', orgId)
    .where('status', '=', 'active')
    .orderBy('display_name')
    .limit(2000)
    .execute();
}
