import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { z } from 'zod';
import { verifyChains } from '../../src/modules/audit/queries.ts';
import { allFunctions } from '../../src/modules/org/functions.ts';
import { makeOrg, makeUser } from '../support/factories.ts';
import { signedIn, startTestApp, type TestApp } from '../support/http.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
// Routes that end the caller's own session (the fuzzer must keep its session to go on).
const SKIP = new Set(['POST /api/auth/logout', 'POST /api/auth/logout-all', 'POST /api/auth/password']);

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

/** Keys of a zod object schema (strict or not), so the fuzzer sends mostly plausible field names. */
function keysOf(schema: z.ZodType | undefined): string[] {
  if (schema && schema instanceof z.ZodObject) return Object.keys(schema.shape);
  return [];
}

const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '重要性Ⅰ',
    '令和8年3月11日',
    "'; DROP TABLE users; --",
    '<script>alert(1)</script>',
    '\u0000',
    'ｱｲｳ',
    '𠮷野家',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
);

test(`every JSON body and path of the API answers without a 500 (${RUNS} inputs per route)`, {
  timeout: 600_000,
}, async () => {
  const org = await makeOrg(t.db);
  const user = await makeUser(t.db, org, { functions: allFunctions().map((f) => f.key), tier: 1 });
  const c = await signedIn(t, user);
  const routes = t.app.mamoriRoutes.filter((r) => r.method !== 'GET' && !SKIP.has(`${r.method} ${r.url}`));
  let tried = 0;
  for (const route of routes) {
    const keys = keysOf(route.body);
    const body = keys.length
      ? fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), value, {
          maxKeys: keys.length + 2,
        })
      : fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }));
    const param = fc.oneof(
      fc.uuid(),
      fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[/?#%]/.test(s)),
    );
    await fc.assert(
      fc.asyncProperty(body, param, async (b, p) => {
        const url = route.url.replace(/:(\w+)/g, () => encodeURIComponent(p));
        const res = await c.request(route.method, url, b === undefined ? undefined : JSON.stringify(b), {
          'content-type': 'application/json',
        });
        tried++;
        assert.ok(
          res.statusCode < 500 || res.statusCode === 503 || res.statusCode === 507,
          `${route.method} ${url} ${JSON.stringify(b)} → ${res.statusCode} ${res.body}`,
        );
        if (res.statusCode >= 400) assert.ok(res.json().error?.code, 'one error shape');
      }),
      { numRuns: RUNS, seed: 20261124 },
    );
    await c.refreshCsrf();
  }
  const chain = await verifyChains(t.db);
  assert.equal(chain.ok, true, 'no half-written change broke the audit chain');
  console.log(`fuzz: ${routes.length} routes × ${RUNS} inputs = ${tried} requests`);
});
