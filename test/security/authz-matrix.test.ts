import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { seedIfEmpty } from '../../src/demo/seed.ts';
import { accessRuleText, type RouteInfo } from '../../src/http/route.ts';
import { allFunctions } from '../../src/modules/org/functions.ts';
import { makeOrg, makeUser } from '../support/factories.ts';
import { Client, signedIn, startTestApp, type TestApp } from '../support/http.ts';
import { ACCESS_TABLE } from './access-table.ts';

// Calls that would end the caller's own session; they are checked for anonymous callers only.
const ENDS_SESSION = new Set([
  'POST /api/auth/logout',
  'POST /api/auth/logout-all',
  'POST /api/auth/password',
]);
const RANDOM_ID = '01900000-0000-7000-8000-000000000000';

let t: TestApp;
before(async () => {
  t = await startTestApp();
  await seedIfEmpty(t.db, { demo: true });
});
after(() => t.close());

const keyOf = (r: RouteInfo) => `${r.method} ${r.url}`;
const urlOf = (r: RouteInfo, id = RANDOM_ID) => r.url.replace(/:(\w+)/g, id);

interface Caller {
  name: string;
  client: Client;
  functions: Set<string>;
  system: boolean;
}

async function callers(): Promise<Caller[]> {
  const out: Caller[] = [
    { name: 'anonymous', client: new Client(t.app), functions: new Set(), system: false },
  ];
  const users = await t.db
    .selectFrom('users as u')
    .innerJoin('organizations as o', 'o.id', 'u.organization_id')
    .select(['u.id', 'u.login_id', 'u.organization_id', 'o.kind'])
    .orderBy('u.login_id')
    .execute();
  for (const u of users) {
    const client = await signedIn(t, { id: u.id, organizationId: u.organization_id });
    const session = (await client.get('/api/session')).json();
    out.push({
      name: u.login_id,
      client,
      functions: new Set(session.functions),
      system: u.kind === 'system',
    });
  }
  return out;
}

/** What the table says a full session gets: 'ok' (anything but 401/403), 401, 403 or 409 (a sign-in step). */
function expected(rule: string, c: Caller): 'ok' | 401 | 403 | 409 {
  if (rule === 'public') return 'ok';
  if (c.name === 'anonymous') return 401;
  if (rule === 'signed_in' || (rule.startsWith('stage:') && rule.slice(6).split('|').includes('full')))
    return 'ok';
  if (rule.startsWith('stage:')) return 409;
  if (rule === 'system') return c.system ? 'ok' : 403;
  const fns = rule.slice(3).split('|');
  return fns.some((f) => c.functions.has(f)) ? 'ok' : 403;
}

test('every route is in the access table, with the rule it declares', () => {
  const declared = new Map(t.app.mamoriRoutes.map((r) => [keyOf(r), accessRuleText(r.access)]));
  const missing = [...declared.keys()].filter((k) => !(k in ACCESS_TABLE));
  assert.deepEqual(missing, [], 'routes missing from test/security/access-table.ts');
  const stale = Object.keys(ACCESS_TABLE).filter((k) => !declared.has(k));
  assert.deepEqual(stale, [], 'table entries for routes that no longer exist');
  for (const [k, rule] of declared) assert.equal(rule, ACCESS_TABLE[k], k);
  const open = [...declared]
    .filter(([, r]) => r === 'public')
    .map(([k]) => k)
    .sort();
  assert.deepEqual(
    open,
    [
      // An organization's sign-in page: whether it offers directory sign-in, and the OpenID round trip.
      'GET /api/auth/directory',
      'GET /api/auth/oidc/callback',
      'POST /api/auth/login',
      'POST /api/auth/oidc/start',
    ],
    'deny by default: only sign-in is open to anonymous callers',
  );
});

test('every route answers every caller as the access table says (anonymous, each demo role, another organization, system)', {
  timeout: 300_000,
}, async () => {
  const cs = await callers();
  let checked = 0;
  const wrong: string[] = [];
  for (const route of t.app.mamoriRoutes) {
    const rule = ACCESS_TABLE[keyOf(route)];
    for (const c of cs) {
      if (c.name !== 'anonymous' && ENDS_SESSION.has(keyOf(route))) continue;
      const res = await c.client.request(route.method, urlOf(route), route.method === 'GET' ? undefined : {});
      const want = expected(rule, c);
      const got = res.statusCode;
      checked++;
      // Past the access rule, a factor change may still ask for the password again (403 auth.reauth_required).
      const reauth = got === 403 && res.json().error?.code === 'auth.reauth_required';
      const ok = want === 'ok' ? got !== 401 && (got !== 403 || reauth) && got < 500 : got === want;
      if (!ok)
        wrong.push(`${keyOf(route)} as ${c.name}: expected ${want}, got ${got} ${res.body.slice(0, 120)}`);
    }
  }
  assert.deepEqual(wrong, []);
  console.log(`authz: ${t.app.mamoriRoutes.length} routes × ${cs.length} callers, ${checked} calls checked`);
});

test('another organization’s records answer 404 on every route that reads one by id', {
  timeout: 300_000,
}, async () => {
  const demo = await t.db
    .selectFrom('organizations')
    .select('id')
    .where('code', '=', 'hagi-nagato')
    .executeTakeFirstOrThrow();
  const a = await makeOrg(t.db);
  const superA = await signedIn(
    t,
    await makeUser(
      t.db,
      {
        id: demo.id,
        unitId: (
          await t.db
            .selectFrom('units')
            .select('id')
            .where('organization_id', '=', demo.id)
            .executeTakeFirstOrThrow()
        ).id,
      },
      { functions: allFunctions().map((f) => f.key), tier: 1 },
    ),
  );
  const superB = await signedIn(
    t,
    await makeUser(t.db, a, { functions: allFunctions().map((f) => f.key), tier: 1 }),
  );
  const tables = new Set(
    (await t.db.introspection.getTables())
      .filter(
        (x) => x.columns.some((c) => c.name === 'organization_id') && x.columns.some((c) => c.name === 'id'),
      )
      .map((x) => x.name),
  );
  let probed = 0;
  const leaks: string[] = [];
  for (const route of t.app.mamoriRoutes) {
    const m = route.url.match(/\/([a-z-]+)\/:id$/);
    if (route.method !== 'GET' || !m || (route.url.match(/:/g) ?? []).length !== 1) continue;
    const seg = m[1].replace(/-/g, '_');
    const table = [...tables].find((n) => n === seg || n.endsWith(`_${seg}`));
    if (!table) continue;
    const rows = await sql<{
      id: string;
    }>`select id from ${sql.table(table)} where organization_id = ${demo.id} limit 3`.execute(t.db);
    for (const { id } of rows.rows) {
      // Only ids that this route really serves to their own organization are meaningful probes.
      if ((await superA.get(urlOf(route, id))).statusCode !== 200) continue;
      probed++;
      const res = await superB.get(urlOf(route, id));
      if (res.statusCode !== 404) leaks.push(`${route.url} ${table}:${id} → ${res.statusCode}`);
    }
  }
  assert.deepEqual(leaks, []);
  assert.ok(probed > 0, 'some records were probed');
  console.log(`isolation: ${probed} records of one organization probed from another`);
});
