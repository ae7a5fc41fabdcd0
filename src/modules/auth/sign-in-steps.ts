/**
 * Applies the stage machine (`stages.ts`) to session rows: the only code that sets a session's stage.
 * Public API for sign-in methods: `startSignedInSession` after the first proof (a password, a
 * directory's answer) and `advanceStage` after the step the session's stage waits for.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { rowWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { AppError } from '../../http/errors.ts';
import { newToken } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { factorCount, mustChangePassword } from './factors.ts';
import { createSession, sessionIdOf } from './sessions.ts';
import { type Stage, type Step, stageOf, stepAllowed } from './stages.ts';

/** The account's facts that decide a stage. */
export async function accountFacts(
  db: Kysely<DB>,
  userId: string,
): Promise<{ hasFactor: boolean; mustChange: boolean }> {
  return { hasFactor: (await factorCount(db, userId)) > 0, mustChange: await mustChangePassword(db, userId) };
}

/**
 * Starts a session for a user who has just given the first proof (password or directory sign-in):
 * its stage is where the machine says it stands. `factorProven`: the first proof itself included a
 * second factor the organization accepts (an OpenID provider asserting its own MFA); `passwordProven`:
 * the first proof was the account's local password (a forced change then need not ask for it again).
 */
export async function startSignedInSession(
  trx: Kysely<DB>,
  user: { id: string; organization_id: string },
  req: FastifyRequest,
  opts: { factorProven?: boolean; passwordProven?: boolean } = {},
): Promise<{ token: string; stage: Stage }> {
  const factorProven = opts.factorProven ?? false;
  const stage = stageOf({ ...(await accountFacts(trx, user.id)), factorProven });
  const token = await createSession(trx, user, stage, req, {
    factorProven,
    passwordProven: opts.passwordProven,
  });
  return { token, stage };
}

/**
 * Moves the caller's session on after `step`, which the caller has just verified inside `trx`
 * (a code checked, a factor stored, a password replaced). Refuses (409 `auth.wrong_stage`) a step the
 * session's stage does not wait for, an enrolment when the account already had a factor (it must be
 * verified instead), and a second step racing the first. A full session stays full (token null).
 */
export async function advanceStage(
  trx: Kysely<DB>,
  auth: Pick<AuthContext, 'sessionId' | 'stage' | 'userId'>,
  step: Step,
): Promise<{ token: string | null; stage: Stage }> {
  if (!stepAllowed(auth.stage, step)) throw new AppError('auth.wrong_stage', 409);
  if (auth.stage === 'full') return { token: null, stage: 'full' };
  const row = await rowWhere(trx, 'sessions', { id: auth.sessionId, stage: auth.stage }, ['factor_at']);
  if (!row) throw new AppError('auth.wrong_stage', 409);
  const factors = await factorCount(trx, auth.userId);
  // The factor just enrolled must be the account's only one: a session that started before another
  // session enrolled one has to verify that factor, not add its own.
  if (step === 'factor_enrolled' && factors !== 1) throw new AppError('auth.wrong_stage', 409);
  const factorProven = row.factor_at !== null || step === 'factor_verified' || step === 'factor_enrolled';
  const next = stageOf({
    factorProven,
    hasFactor: factors > 0,
    mustChange: await mustChangePassword(trx, auth.userId),
  });
  if (next === auth.stage) throw new Error(`step ${step} did not move a ${auth.stage} session`);
  const token = newToken();
  const now = nowIso();
  // Compare and set: a second request with the same session (or a replayed step) matches no row.
  const moved = await trx
    .updateTable('sessions')
    .set({
      id: sessionIdOf(token),
      stage: next,
      factor_at: factorProven ? (row.factor_at ?? now) : null,
      challenge: null,
      csrf_token: newToken(24),
      last_seen_at: now,
    })
    .where('id', '=', auth.sessionId)
    .where('stage', '=', auth.stage)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) throw new AppError('auth.wrong_stage', 409);
  return { token, stage: next };
}
