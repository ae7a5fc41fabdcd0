import assert from 'node:assert/strict';
import type { FastifyRequest } from 'fastify';
import { generateSync } from 'otplib';
import { createSession } from '../../src/modules/auth/sessions.ts';
import type { Stage } from '../../src/modules/auth/stages.ts';
import { makeUser, type TestUser } from './factories.ts';
import { Client, type TestApp } from './http.ts';

const fakeReq = { ip: '127.0.0.1', headers: { 'user-agent': 'test' } } as unknown as FastifyRequest;

/** A client holding a session of `user` in `stage`, made directly in the database. */
export async function clientIn(t: TestApp, user: TestUser, stage: Stage, ip = '127.0.0.1'): Promise<Client> {
  const c = new Client(t.app, ip);
  const token = await createSession(
    t.db,
    { id: user.id, organization_id: user.organizationId },
    stage,
    fakeReq,
  );
  c.cookie = `mamori_session=${token}`;
  await c.refreshCsrf();
  assert.ok(c.csrf, `a ${stage} session reads /api/session`);
  return c;
}

export interface EnrolledUser {
  user: TestUser;
  secret: string;
  recoveryCodes: string[];
}

/** Moves the last used TOTP step back, so the current code counts as fresh again. */
export async function freshTotp(t: TestApp, userId: string): Promise<void> {
  await t.db
    .updateTable('totp_factors')
    .set({ last_step: Math.floor(Date.now() / 30000) - 5 })
    .where('user_id', '=', userId)
    .execute();
}

/** A user who enrolled an authenticator app through the API (and so has recovery codes). */
export async function userWithTotp(
  t: TestApp,
  org: { id: string; unitId: string },
  functions?: string[],
): Promise<EnrolledUser> {
  const user = await makeUser(t.db, org, { functions });
  const c = new Client(t.app, '127.0.0.2');
  const login = await c.post('/api/auth/login', { loginId: user.loginId, password: user.password });
  assert.equal(login.json().stage, 'enroll', login.body);
  await c.refreshCsrf();
  const { secret } = (await c.post('/api/auth/totp/setup')).json();
  const confirm = await c.post('/api/auth/totp/confirm', { code: generateSync({ secret }) });
  assert.equal(confirm.statusCode, 200, confirm.body);
  await freshTotp(t, user.id);
  return { user, secret, recoveryCodes: confirm.json().recoveryCodes };
}
