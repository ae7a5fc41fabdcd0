/** Reads of the auth module: the caller's factors, session and the organizations a server hosts. */
import type { Kysely } from 'kysely';
import { rowsWhere, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { recoveryCodesLeft } from './recovery.ts';

/** The user's authenticator app (`confirmed` true/false: only a confirmed or only an unconfirmed one). */
export function totpFactor(db: Kysely<DB>, userId: string, confirmed?: boolean) {
  let q = db.selectFrom('totp_factors').selectAll().where('user_id', '=', userId);
  if (confirmed !== undefined) q = q.where('confirmed', '=', confirmed ? 1 : 0);
  return q.executeTakeFirst();
}

/** The caller's second factors: the app, the security keys and how many recovery codes are left. */
export async function secondFactors(db: Kysely<DB>, userId: string) {
  const totp = await totpFactor(db, userId, true);
  const keys = await rowsWhere(
    db,
    'webauthn_credentials',
    { user_id: userId },
    ['id', 'label', 'created_at'],
    ['created_at'],
  );
  return {
    totp: !!totp,
    webauthn: keys.map((k) => ({ id: k.id, label: k.label, createdAt: k.created_at })),
    recoveryCodesLeft: await recoveryCodesLeft(db, userId),
  };
}

/** The caller's session as the UI starts from it: who, where, which functions and roles. */
export async function sessionView(db: Kysely<DB>, auth: AuthContext) {
  const org = await rowWhereOrThrow(db, 'organizations', { id: auth.organizationId }, ['id', 'code', 'name']);
  const roles = auth.roleIds.length
    ? await db
        .selectFrom('roles')
        .select(['id', 'name'])
        .where('id', 'in', auth.roleIds)
        .orderBy('tier')
        .execute()
    : [];
  const s = await rowWhereOrThrow(db, 'sessions', { id: auth.sessionId }, ['idle_seconds']);
  return {
    user: { id: auth.userId, loginId: auth.loginId, displayName: auth.displayName },
    organization: org,
    stage: auth.stage,
    csrfToken: auth.csrfToken,
    functions: [...auth.functions].sort(),
    roles,
    isSystemAdmin: auth.isSystemAdmin,
    idleSeconds: s.idle_seconds,
  };
}

/** The organizations hosted on this server (removed ones left out). */
export async function hostedOrganizations(db: Kysely<DB>) {
  const items = await db
    .selectFrom('organizations')
    .select(['id', 'code', 'name', 'kind', 'sample'])
    .where('removed_at', 'is', null)
    .orderBy('code')
    .execute();
  return items.map((o) => ({ ...o, sample: !!o.sample }));
}

/** A hosted organization by id (removed ones are not). */
export function hostedOrganization(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'code'])
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}
