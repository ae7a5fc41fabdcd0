import type { Kysely } from 'kysely';
import { rowWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { findInOrg } from '../../http/find.ts';

/** The organization's people with their unit's name and their link to a directory (nulls: none). */
export function peopleWithDirectoryLink(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('directory_accounts as d', 'd.user_id', 'u.id')
    .leftJoin('units as un', 'un.id', 'u.unit_id')
    .select([
      'u.id',
      'u.login_id',
      'u.display_name',
      'u.email',
      'u.status',
      'u.post',
      'un.name as unit_name',
      'd.source',
      'd.external_id',
      'd.directory_login',
      'd.suspended_by_sync',
      'd.last_seen_at',
    ])
    .where('u.organization_id', '=', organizationId);
}

/** Every person of the organization with how they sign in: 'ldap', 'oidc', 'local' (kept on purpose) or null. */
export async function listDirectoryAccounts(db: Kysely<DB>, organizationId: string) {
  const rows = await peopleWithDirectoryLink(db, organizationId).orderBy('u.login_id').execute();
  return rows.map((r) => ({
    id: r.id,
    loginId: r.login_id,
    displayName: r.display_name,
    status: r.status,
    post: r.post,
    unitName: r.unit_name ?? null,
    source: r.source ?? null,
    directoryLogin: r.directory_login ?? null,
    suspendedBySync: r.suspended_by_sync === 1,
    lastSeenAt: r.last_seen_at ?? null,
  }));
}

/** The latest 50 sync runs (plans summarised by their counts). */
export async function listRuns(db: Kysely<DB>, organizationId: string) {
  const rows = await db
    .selectFrom('directory_sync_runs')
    .select(['id', 'kind', 'status', 'plan', 'error', 'created_at', 'applied_at'])
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    counts: (JSON.parse(r.plan) as { counts?: Record<string, number> }).counts ?? null,
    error: r.error,
    createdAt: r.created_at,
    appliedAt: r.applied_at,
  }));
}

/** One run with its whole plan and result. */
export async function runDetail(db: Kysely<DB>, organizationId: string, id: string) {
  const r = await findInOrg(db, 'directory_sync_runs', organizationId, id, 'directory_sync_run');
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    plan: JSON.parse(r.plan) as unknown,
    result: r.result ? (JSON.parse(r.result) as unknown) : null,
    error: r.error,
    createdAt: r.created_at,
    appliedAt: r.applied_at,
  };
}

/** A body (not the hosting organization) by its code, as a sign-in link names it. */
export function bodyByCode(db: Kysely<DB>, code: string) {
  return rowWhere(db, 'organizations', { code, kind: 'body' }, ['id', 'code', 'name']);
}
