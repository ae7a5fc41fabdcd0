// The sign-in stage machine, walked through the real API: every route with a session in every stage,
// and every step route with a valid proof in every stage. Only the step a stage waits for moves it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyRequest } from 'fastify';
import { generateSync } from 'otplib';
import { accessRuleText, type RouteInfo } from '../../src/http/route.ts';
import { createSession } from '../../src/modules/auth/sessions.ts';
import { advanceStage } from '../../src/modules/auth/sign-in-steps.ts';
import { STAGES, type Stage, stageOf, stepAllowed } from '../../src/modules/auth/stages.ts';
import { allFunctions } from '../../src/modules/org/functions.ts';
import { clientIn, freshTotp, userWithTotp } from '../support/auth.ts';
import { makeOrg, makeUser, type TestUser } from '../support/factories.ts';
import { auditEvents, Client, startTestApp, type TestApp } from '../support/http.ts';

const RANDOM_ID = '01900000-0000-7000-8000-000000000000';
const NEW_PASSWORD = 'Shiokaze-Minato-48$';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const fakeReq = { ip: '127.0.0.1', headers: { 'user-agent': 'test' } } as unknown as FastifyRequest;

async function stageOfClient(c: Client): Promise<Stage | null> {
  const r = await c.get('/api/session');
  return r.statusCode === 200 ? r.json().stage : null;
}

describe('the sign-in stage machine', () => {
  test('rules: each stage waits for one step, and the next stage follows from the facts', () => {
    for (const stage of STAGES)
      for (const step of ['factor_verified', 'password_changed', 'factor_enrolled'] as const) {
        const allowed = stepAllowed(stage, step);
        const want =
          (stage === 'mfa' && step === 'factor_verified') ||
          (stage === 'password_change' && step === 'password_changed') ||
          (stage === 'enroll' && step === 'factor_enrolled') ||
          (stage === 'full' && step !== 'factor_verified');
        assert.equal(allowed, want, `${stage} + ${step}`);
      }
    assert.equal(stageOf({ factorProven: false, hasFactor: true, mustChange: true }), 'mfa');
    assert.equal(stageOf({ factorProven: true, hasFactor: true, mustChange: true }), 'password_change');
    assert.equal(stageOf({ factorProven: false, hasFactor: false, mustChange: true }), 'password_change');
    assert.equal(stageOf({ factorProven: false, hasFactor: false, mustChange: false }), 'enroll');
    assert.equal(stageOf({ factorProven: true, hasFactor: true, mustChange: false }), 'full');
  });

  test('changing the password while the second factor is pending does not pass it (finding 1)', async () => {
    const org = await makeOrg(t.db);
    const { user } = await userWithTotp(t, org, ['audit.read']);
    const c = new Client(t.app);
    const login = await c.post('/api/auth/login', { loginId: user.loginId, password: user.password });
    assert.equal(login.json().stage, 'mfa');
    await c.refreshCsrf();
    const r = await c.post('/api/auth/password', {
      currentPassword: user.password,
      newPassword: NEW_PASSWORD,
    });
    assert.equal(r.statusCode, 401, r.body);
    assert.equal(r.json().error.code, 'auth.step_required');
    assert.equal(await stageOfClient(c), 'mfa', 'the session still waits for the second factor');
    assert.equal((await c.get('/api/audit')).statusCode, 401);
    // The password is unchanged and nothing was recorded as changed.
    const again = await new Client(t.app, '10.1.1.1').post('/api/auth/login', {
      loginId: user.loginId,
      password: user.password,
    });
    assert.equal(again.statusCode, 200);
    const events = (await auditEvents(t.db, org.id)).map((e) => e.event);
    assert.ok(!events.includes('accounts.password_changed'));
  });

  test('every route, called by a session in each stage, answers as its declared stage says and moves nothing', {
    timeout: 600_000,
  }, async () => {
    const org = await makeOrg(t.db);
    const fns = allFunctions().map((f) => f.key);
    const withFactor = (await userWithTotp(t, org, fns)).user;
    const users: Record<Stage, TestUser> = {
      mfa: withFactor,
      password_change: await makeUser(t.db, org, { functions: fns, mustChange: true }),
      enroll: await makeUser(t.db, org, { functions: fns }),
      full: withFactor,
    };
    const wrong: string[] = [];
    let calls = 0;
    for (const stage of STAGES) {
      for (const route of t.app.mamoriRoutes as RouteInfo[]) {
        if (route.access.kind === 'public') continue;
        const c = await clientIn(t, users[stage], stage);
        const url = route.url.replace(/:(\w+)/g, RANDOM_ID);
        const res = await c.request(route.method, url, route.method === 'GET' ? undefined : {});
        calls++;
        const code: string | undefined = res.statusCode >= 400 ? res.json().error?.code : undefined;
        const rule = route.access;
        let want: 'ok' | 'step_required' | 'wrong_stage' | 'forbidden';
        if (rule.kind === 'stage')
          want = rule.stages.includes(stage) ? 'ok' : stage === 'full' ? 'wrong_stage' : 'step_required';
        else if (stage !== 'full') want = 'step_required';
        else want = rule.kind === 'system' ? 'forbidden' : 'ok';
        const got =
          code === 'auth.step_required'
            ? 'step_required'
            : code === 'auth.wrong_stage'
              ? 'wrong_stage'
              : code === 'common.forbidden' || code === 'common.unauthenticated'
                ? 'forbidden'
                : res.statusCode >= 500
                  ? `${res.statusCode}`
                  : 'ok';
        if (got !== want)
          wrong.push(
            `${stage}: ${route.method} ${route.url} [${accessRuleText(rule)}] → ${res.statusCode} ${code}`,
          );
        const after = await stageOfClient(c);
        const ended = route.url.startsWith('/api/auth/logout') && res.statusCode === 204;
        if (!(ended ? after === null : after === stage))
          wrong.push(`${stage}: ${route.method} ${route.url} moved the session to ${after}`);
      }
    }
    assert.deepEqual(wrong, []);
    console.log(`stage walk: ${calls} calls over ${STAGES.length} stages`);
  });

  test('every step route with a valid proof moves only the stage that waits for it', {
    timeout: 120_000,
  }, async () => {
    const org = await makeOrg(t.db);
    const moves: string[] = [];
    for (const stage of STAGES) {
      // password: with a factor in mfa and full; a temporary one in password_change; none yet in enroll.
      const e = await userWithTotp(t, org);
      const plain = await makeUser(t.db, org, { mustChange: stage === 'password_change' });
      const subject = stage === 'mfa' || stage === 'full' ? e.user : plain;
      const attempts: [string, unknown][] = [
        ['/api/auth/password', { currentPassword: subject.password, newPassword: NEW_PASSWORD }],
        ['/api/auth/totp/verify', { code: generateSync({ secret: e.secret }) }],
        ['/api/auth/recovery/verify', { code: e.recoveryCodes[0] }],
      ];
      for (const [url, body] of attempts) {
        const c = await clientIn(t, url === '/api/auth/password' ? subject : e.user, stage);
        const r = await c.post(url, body);
        moves.push(`${stage} ${url} → ${r.statusCode} ${(await stageOfClient(c)) ?? 'ended'}`);
        // Keep the proofs valid for the next attempt.
        if (r.statusCode === 200 && url === '/api/auth/password') {
          await t.db
            .updateTable('passwords')
            .set({ must_change: stage === 'password_change' ? 1 : 0 })
            .where('user_id', '=', subject.id)
            .execute();
          subject.password = NEW_PASSWORD;
        }
        if (r.statusCode === 200 && url === '/api/auth/totp/verify') await freshTotp(t, e.user.id);
      }
    }
    assert.deepEqual(moves, [
      'mfa /api/auth/password → 401 mfa',
      'mfa /api/auth/totp/verify → 200 full',
      'mfa /api/auth/recovery/verify → 200 full',
      'password_change /api/auth/password → 200 enroll',
      'password_change /api/auth/totp/verify → 401 password_change',
      'password_change /api/auth/recovery/verify → 401 password_change',
      'enroll /api/auth/password → 401 enroll',
      'enroll /api/auth/totp/verify → 401 enroll',
      'enroll /api/auth/recovery/verify → 401 enroll',
      'full /api/auth/password → 200 full',
      'full /api/auth/totp/verify → 409 full',
      'full /api/auth/recovery/verify → 409 full',
    ]);
  });

  test('a session that began before the account got a factor must verify it, not enrol its own', async () => {
    const org = await makeOrg(t.db);
    const e = await userWithTotp(t, org);
    const token = await createSession(t.db, { id: e.user.id, organization_id: org.id }, 'enroll', fakeReq);
    const session = await t.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', e.user.id)
      .where('stage', '=', 'enroll')
      .executeTakeFirstOrThrow();
    assert.ok(token);
    // A second key would make two factors: the machine refuses to count it as the session's enrolment.
    await t.db
      .insertInto('webauthn_credentials')
      .values({
        id: RANDOM_ID,
        organization_id: org.id,
        user_id: e.user.id,
        credential_id: 'cred-test',
        public_key: 'x',
        counter: 0,
        transports: null,
        label: 'key',
        created_at: new Date().toISOString(),
      })
      .execute();
    await assert.rejects(
      advanceStage(t.db, { sessionId: session.id, stage: 'enroll', userId: e.user.id }, 'factor_enrolled'),
      /auth.wrong_stage/,
    );
  });

  test('two valid second factors sent at once move the session once', async () => {
    const org = await makeOrg(t.db);
    const e = await userWithTotp(t, org);
    const c = await clientIn(t, e.user, 'mfa');
    const [a, b] = await Promise.all([
      c.post('/api/auth/recovery/verify', { code: e.recoveryCodes[0] }),
      c.post('/api/auth/recovery/verify', { code: e.recoveryCodes[1] }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    // The loser either read the session before the winner moved it (409) or after (401: gone).
    assert.equal(codes[0], 200);
    assert.ok([401, 409].includes(codes[1]), `${codes}`);
    const used = await t.db
      .selectFrom('recovery_codes')
      .select('id')
      .where('user_id', '=', e.user.id)
      .where('used_at', 'is not', null)
      .execute();
    assert.equal(used.length, 1, 'the refused attempt used up no code');
    const signedIn = (await auditEvents(t.db, org.id)).filter(
      (x) => x.event === 'accounts.signed_in' && JSON.parse(x.data).method === 'recovery_code',
    );
    assert.equal(signedIn.length, 1);
  });
});
