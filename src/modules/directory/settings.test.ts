import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { rowWhereOrThrow } from '../../db/rows-in-org.ts';

const t = testAppPerFile();

const BIND = 'Bind-Pass-Never-Shown-8841';
const SECRET = 'client-secret-never-shown-2207';

const body = (over: Record<string, unknown> = {}) => ({
  loginIdSuffix: '@hagi',
  ldap: {
    enabled: true,
    url: 'ldaps://dc01.city.example.lg.jp',
    bindDn: 'CN=mamori-svc,OU=Service,DC=city,DC=local',
    baseDn: 'OU=職員,DC=city,DC=local',
    userFilter: '(&(objectCategory=person)(objectClass=user))',
    loginAttributes: ['sAMAccountName', 'userPrincipalName'],
    loginIdAttribute: 'sAMAccountName',
    idAttribute: 'objectGUID',
    ...((over.ldap as object) ?? {}),
  },
  oidc: {
    enabled: true,
    label: 'Microsoft Entra ID',
    issuer: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
    clientId: 'app-id',
    claims: {
      loginId: 'preferred_username',
      externalId: 'oid',
      displayName: 'name',
      email: 'email',
      unit: null,
    },
    ...((over.oidc as object) ?? {}),
  },
  secrets: { bindPassword: BIND, clientSecret: SECRET, ...((over.secrets as object) ?? {}) },
});

test('the administrator saves directory settings; secrets are sealed, never answered, never audited', async () => {
  const org = await makeOrg(t.db);
  const admin = await signedIn(t, await makeUser(t.db, org, { functions: ['org.admin'] }));
  const put = await admin.put('/api/directory/settings', body());
  assert.equal(put.statusCode, 200, put.body);
  const got = await admin.get('/api/directory/settings');
  assert.equal(got.statusCode, 200);
  const s = got.json();
  assert.deepEqual(s.secrets, { bindPassword: true, clientSecret: true });
  assert.equal(s.ldap.idAttribute, 'objectGUID');
  assert.equal(s.redirectUri, 'http://localhost:3000/api/auth/oidc/callback');
  assert.ok(!got.body.includes(BIND) && !got.body.includes(SECRET) && !put.body.includes(BIND));
  const row = await rowWhereOrThrow(t.db, 'directory_settings', { organization_id: org.id });
  assert.ok(
    row.bind_password_enc && !row.bind_password_enc.includes(BIND) && !JSON.stringify(row).includes(SECRET),
  );
  const events = await auditEvents(t.db, org.id);
  const changed = events.filter((e) => e.event === 'directory.settings_changed');
  assert.equal(changed.length, 1);
  assert.deepEqual(JSON.parse(changed[0].data).secretsChanged.sort(), ['bindPassword', 'clientSecret']);
  assert.ok(!events.some((e) => JSON.stringify(e).includes(BIND) || JSON.stringify(e).includes(SECRET)));

  // Saving again without secrets keeps them; null clears one (and then LDAP cannot stay on).
  const keep = await admin.put('/api/directory/settings', { ...body(), secrets: {} });
  assert.equal(keep.statusCode, 200);
  assert.deepEqual(keep.json().secrets, { bindPassword: true, clientSecret: true });
  const cleared = await admin.put('/api/directory/settings', { ...body(), secrets: { bindPassword: null } });
  assert.equal(cleared.statusCode, 400);
  assert.deepEqual(
    cleared.json().error.fields.map((f: { field: string }) => f.field),
    ['secrets.bindPassword'],
  );
});

test('plain LDAP is refused unless the body allows it; other mistakes name their field', async () => {
  const org = await makeOrg(t.db);
  const admin = await signedIn(t, await makeUser(t.db, org, { functions: ['org.admin'] }));
  const plain = await admin.put(
    '/api/directory/settings',
    body({ ldap: { url: 'ldap://dc01', startTls: false } }),
  );
  assert.equal(plain.statusCode, 400);
  const f = plain.json().error.fields[0];
  assert.equal(f.field, 'ldap.url');
  assert.match(f.message, /暗号化されない LDAP は使えません/);
  const lab = await admin.put(
    '/api/directory/settings',
    body({ ldap: { url: 'ldap://dc01', startTls: false, allowPlain: true } }),
  );
  assert.equal(lab.statusCode, 200, lab.body);

  const http = await admin.put('/api/directory/settings', body({ oidc: { issuer: 'http://idp.example' } }));
  assert.equal(http.statusCode, 400);
  assert.equal(http.json().error.fields[0].field, 'oidc.issuer');
  const filter = await admin.put('/api/directory/settings', body({ ldap: { userFilter: '(uid=*' } }));
  assert.equal(filter.statusCode, 400);
  assert.equal(filter.json().error.fields[0].field, 'ldap.userFilter');
  const role = await admin.put(
    '/api/directory/settings',
    body({ ldap: { groupRoles: [{ group: 'CN=x', roleId: 'nope' }] } }),
  );
  assert.equal(role.statusCode, 400);
  assert.equal(role.json().error.fields[0].field, 'ldap.groupRoles.0.roleId');
  const en = await admin.request('PUT', '/api/directory/settings', body({ oidc: { scopes: 'profile' } }), {
    'accept-language': 'en',
  });
  assert.equal(en.json().error.fields[0].message, 'Include openid in the scopes.');
});

test('only the organization administrator reaches the settings; each organization has its own', async () => {
  const a = await makeOrg(t.db);
  const b = await makeOrg(t.db);
  const staff = await signedIn(t, await makeUser(t.db, a, { functions: ['org.read'] }));
  assert.equal((await staff.get('/api/directory/settings')).statusCode, 403);
  assert.equal((await staff.put('/api/directory/settings', body())).statusCode, 403);
  const adminA = await signedIn(t, await makeUser(t.db, a, { functions: ['org.admin'] }));
  const adminB = await signedIn(t, await makeUser(t.db, b, { functions: ['org.admin'] }));
  assert.equal((await adminA.put('/api/directory/settings', body())).statusCode, 200);
  const bView = (await adminB.get('/api/directory/settings')).json();
  assert.equal(bView.ldap.enabled, false);
  assert.deepEqual(bView.secrets, { bindPassword: false, clientSecret: false });
  // The public sign-in options show what the sign-in page needs and nothing else.
  const pub = await t.app.inject({ method: 'GET', url: `/api/auth/directory?org=${a.code}` });
  assert.equal(pub.statusCode, 200);
  assert.deepEqual(pub.json(), {
    organization: { code: a.code, name: 'テスト組合' },
    ldap: true,
    oidc: { label: 'Microsoft Entra ID' },
  });
  assert.equal(
    (await t.app.inject({ method: 'GET', url: '/api/auth/directory?org=nope-nope' })).statusCode,
    404,
  );
});
