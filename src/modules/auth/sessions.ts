import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { type Args, prepared } from '../../db/prepared.ts';
import { rowWhereOrThrow } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { newToken } from '../../shared/ids.ts';
import { addSeconds, nowIso } from '../../shared/time.ts';
import { administratorsOf, parseOrgSettings, rolesAndFunctionsOf } from '../org/index.ts';

export const SESSION_COOKIE = 'mamori_session';
export type Stage = AuthContext['stage'];

/** The stored id of a session token: its SHA-256, so a database read does not yield live tokens. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Creates a session row in a given stage and returns its token (set it as the cookie). Sign-in code
 * calls `startSignedInSession` (`sign-in-steps.ts`), which asks the stage machine for the stage.
 */
export async function createSession(
  db: Kysely<DB>,
  user: { id: string; organization_id: string },
  stage: Stage,
  req: FastifyRequest,
  opts: { factorProven?: boolean; passwordProven?: boolean } = {},
): Promise<string> {
  const org = await rowWhereOrThrow(db, 'organizations', { id: user.organization_id }, ['settings']);
  const s = parseOrgSettings(org.settings).session;
  const token = newToken();
  const now = nowIso();
  await db
    .insertInto('sessions')
    .values({
      id: sessionIdOf(token),
      organization_id: user.organization_id,
      user_id: user.id,
      stage,
      factor_at: (opts.factorProven ?? stage === 'full') ? now : null,
      reauth_at: null,
      password_at: opts.passwordProven ? now : null,
      csrf_token: newToken(24),
      challenge: null,
      acting_organization_id: null,
      created_at: now,
      last_seen_at: now,
      expires_at: addSeconds(now, s.absoluteHours * 3600),
      idle_seconds: s.idleMinutes * 60,
      client_ip: req.ip ?? null,
      user_agent: String(req.headers['user-agent'] ?? '').slice(0, 300),
    })
    .execute();
  return token;
}

/** Sets the session cookie: HttpOnly, SameSite=Strict, Secure over TLS. */
export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.protocol === 'https',
    path: '/',
  });
}

/** Removes the session cookie. */
export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

const TOUCH_EVERY_MS = 15_000;

// One statement: the session, its person, and the roles and functions they hold today in the
// organization they act in (the conditions of org's `rolesAndFunctionsOf`: current, not ended), one
// row per role and function. Read on every request, so neither a grant nor a revocation waits.
// Built and compiled once (`prepared`): it runs before every signed-in request's handler.
const sessionRead = prepared((db, p: Args<{ id: string; today: string }>) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organizations as o', 'o.id', 'u.organization_id')
    .leftJoin('role_assignments as ra', (j) =>
      j
        .onRef('ra.user_id', '=', 's.user_id')
        .on((eb) =>
          eb('ra.organization_id', '=', eb.fn.coalesce('s.acting_organization_id', 's.organization_id')),
        )
        .on('ra.ended_at', 'is', null)
        .on((eb) => eb.or([eb('ra.valid_from', 'is', null), eb('ra.valid_from', '<=', p.today)]))
        .on((eb) => eb.or([eb('ra.valid_until', 'is', null), eb('ra.valid_until', '>=', p.today)])),
    )
    .leftJoin('role_functions as rf', 'rf.role_id', 'ra.role_id')
    .select([
      'ra.role_id',
      'rf.function_key',
      's.id',
      's.stage',
      's.csrf_token',
      's.user_id',
      's.organization_id',
      's.acting_organization_id',
      's.last_seen_at',
      's.expires_at',
      's.idle_seconds',
      's.reauth_at',
      'u.login_id',
      'u.display_name',
      'u.status',
      'u.unit_id',
      'o.kind',
    ])
    .where('s.id', '=', p.id),
);

/** Reads the caller's session; expired or idle sessions are deleted and give null. */
export async function resolveSession(db: Kysely<DB>, req: FastifyRequest): Promise<AuthContext | null> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token || token.length > 100) return null;
  const id = sessionIdOf(token);
  const today = nowIso().slice(0, 10);
  const rows = await sessionRead.execute(db, { id, today });
  const row = rows[0];
  if (!row) return null;
  const now = Date.now();
  const idleEnd = Date.parse(row.last_seen_at) + row.idle_seconds * 1000;
  if (row.status !== 'active' || now > Date.parse(row.expires_at) || now > idleEnd) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  // Polling by an unattended page (X-Mamori-Background) must not keep the session alive.
  const background = req.headers['x-mamori-background'] === '1';
  if (!background && now - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: nowIso() }).where('id', '=', id).execute();
  }
  const isSystemAdmin = row.kind === 'system';
  const orgId = row.acting_organization_id ?? row.organization_id;
  let functions = new Set<string>();
  let roleIds: string[] = [];
  if (row.stage === 'full') {
    if (isSystemAdmin && orgId !== row.organization_id) {
      // A hosting administrator visiting a body reads its log; they set it up (people, roles) only
      // until the body has an administrator of its own, so they cannot give themselves a way in later.
      const own = await administratorsOf(db, orgId, today);
      // The creator of the body also holds its set-up role there until they hand it over (org/founder.ts).
      const rf = await rolesAndFunctionsOf(db, orgId, row.user_id, today);
      functions = new Set([
        ...(own.length ? ['audit.read', 'org.read'] : ['org.admin', 'audit.read']),
        ...rf.functions,
      ]);
      roleIds = rf.roles.map((r) => r.id);
    } else {
      for (const r of rows) if (r.function_key) functions.add(r.function_key);
      roleIds = [...new Set(rows.flatMap((r) => (r.role_id ? [r.role_id] : [])))];
      if (isSystemAdmin) functions.add('audit.read');
    }
  }
  return {
    sessionId: id,
    stage: row.stage as Stage,
    csrfToken: row.csrf_token,
    userId: row.user_id,
    loginId: row.login_id,
    displayName: row.display_name,
    homeOrganizationId: row.organization_id,
    organizationId: orgId,
    functions,
    roleIds,
    unitId: row.unit_id,
    isSystemAdmin,
    reauthAt: row.reauth_at,
  };
}
