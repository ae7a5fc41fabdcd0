// Low finding: ids of another organization were accepted and stored as references (incidents' assetIds,
// systemIds, vendorIds; failures' reporterId, systemId, handlerId; audit findings' systemId; policy
// reviews' sourceId). Every id in a body is now checked by one helper against the caller's organization.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RouteInfo } from '../../src/http/route.ts';
import { allFunctions } from '../../src/modules/org/functions.ts';
import { makeOrg, makeUser } from '../support/factories.ts';
import { auditEvents, type Client, signedIn, startTestApp, type TestApp } from '../support/http.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

/**
 * Body fields ending in Id/Ids that do not name a record of the caller's organization, with why. Every
 * other such field (and these extra reference fields) must be declared in the route's `references`.
 */
const NOT_REFERENCES: Record<string, string> = {
  'POST /api/auth/login loginId': 'the name a person signs in with',
  'POST /api/org/people loginId': 'a new person’s name to sign in with',
  'POST /api/session/organization organizationId':
    'hosting administrators switch organizations (system route)',
  'PUT /api/directory/settings oidc.clientId': 'the client id registered at the OpenID provider',
  'PUT /api/directory/settings oidc.claims.loginId': 'the name of a claim',
  'PUT /api/directory/settings oidc.claims.externalId': 'the name of a claim',
  'PUT /api/directory/settings oidc.linkByLoginId': 'a yes/no setting',
  'POST /api/classification/versions axes[].levels': 'the levels being defined, not ids',
  'POST /api/requests/types definition.levels': 'level labels a request type applies to',
  'PUT /api/requests/types/:id definition.levels': 'level labels a request type applies to',
  'POST /api/requests/types definition.chain[].byLevel[].levels':
    'level labels that choose a step’s approver, not ids',
  'PUT /api/requests/types/:id definition.chain[].byLevel[].levels':
    'level labels that choose a step’s approver, not ids',
  'POST /api/assets levels': 'checked against the organization’s active scheme (resolveLevels, 400)',
  'POST /api/assets/check levels': 'looked up in the organization’s active scheme only',
  'PUT /api/assets/:id/classes levels':
    'checked against the organization’s active scheme (resolveLevels, 400)',
  'POST /api/assets/classify-requests/:id/answer levels': 'checked against the organization’s active scheme',
  'POST /api/requests typeId': 'the request’s subject: another organization’s type answers 404',
  'POST /api/org/transfers userId': 'the transfer’s subject: another organization’s person answers 404',
};
const EXTRA_REFERENCES = new Set(['scopeUnits', 'scopeSystems', 'orderedBy', 'appointedBy', 'levels']);

// biome-ignore lint/suspicious/noExplicitAny: walks zod's internal definitions
const defOf = (s: any) => s?._zod?.def;

/** Paths of a body schema's fields that look like references (`members[].userId`). */
function referenceFields(schema: unknown, at = '', depth = 0): string[] {
  const d = defOf(schema);
  if (!d || depth > 8) return [];
  if (d.type === 'object')
    return Object.entries(d.shape as Record<string, unknown>).flatMap(([k, v]) => {
      const path = at ? `${at}.${k}` : k;
      return [
        ...(/Ids?$/.test(k) || EXTRA_REFERENCES.has(k) ? [path] : []),
        ...referenceFields(v, path, depth + 1),
      ];
    });
  if (d.type === 'array') return referenceFields(d.element, `${at}[]`, depth + 1);
  if (d.type === 'union')
    return [...new Set((d.options as unknown[]).flatMap((o) => referenceFields(o, at, depth + 1)))];
  if (d.innerType) return referenceFields(d.innerType, at, depth + 1);
  if (d.type === 'pipe') return referenceFields(d.in, at, depth + 1);
  return [];
}

describe('references in request bodies', { timeout: 120_000 }, () => {
  test('every id field of every request body is declared as a reference of the caller’s organization (or said why not)', () => {
    const missing: string[] = [];
    let declared = 0;
    for (const r of t.app.mamoriRoutes as RouteInfo[]) {
      for (const field of referenceFields(r.body)) {
        const key = `${r.method} ${r.url} ${field}`;
        if (r.references && field in r.references) declared++;
        else if (!(key in NOT_REFERENCES)) missing.push(key);
      }
    }
    assert.deepEqual(missing, [], 'declare these in the route’s references');
    assert.ok(declared > 80, `${declared} reference fields declared`);
  });

  test('another organization’s ids are refused with 400 naming the field, nothing stored; the organization’s own are taken', async () => {
    const fns = allFunctions().map((f) => f.key);
    const a = await makeOrg(t.db, '自組合');
    const b = await makeOrg(t.db, '他組合');
    const superA = await signedIn(t, await makeUser(t.db, a, { functions: fns, tier: 1 }));
    const superB = await signedIn(t, await makeUser(t.db, b, { functions: fns, tier: 1 }));
    const userA = await makeUser(t.db, a);
    const userB = await makeUser(t.db, b);
    const made = async (c: Client, url: string, body: unknown) => {
      const r = await c.post(url, body);
      assert.ok(r.statusCode === 200 || r.statusCode === 201, `${url}: ${r.statusCode} ${r.body}`);
      return r.json().id as string;
    };
    const records = async (c: Client) => ({
      system: await made(c, '/api/systems/systems', { name: '財務会計システム' }),
      vendor: await made(c, '/api/vendors/vendors', { name: '株式会社テスト', auditStatus: 'unknown' }),
    });
    const ra = await records(superA);
    const rb = await records(superB);
    const incidentB = await made(superB, '/api/incidents', {
      title: '誤送信',
      description: 'メールの誤送信',
      typeKey: 'misdelivery',
      foundAt: new Date().toISOString(),
      personalInfo: 'no',
    });

    /** Sends a body with B's ids, expects 400 naming `fields` and no new audit event; then with A's ids, a success. */
    async function refusedThenTaken(url: string, foreign: object, own: object, fields: string[]) {
      const before = (await auditEvents(t.db, a.id)).length;
      const r = await superA.post(url, foreign);
      assert.equal(r.statusCode, 400, `${url}: ${r.body}`);
      const err = r.json().error;
      assert.equal(err.code, 'request.unknown_reference');
      assert.deepEqual(err.fields.map((f: { field: string }) => f.field).sort(), [...fields].sort());
      assert.match(err.fields[0].message, /この組織に存在しない/);
      assert.equal((await auditEvents(t.db, a.id)).length, before, 'nothing written');
      const ok = await superA.post(url, own);
      assert.ok(ok.statusCode < 300, `${url} with own ids: ${ok.statusCode} ${ok.body}`);
      assert.ok((await auditEvents(t.db, a.id)).length > before, 'the write is audited');
    }

    const incident = (assetIds: string[], systemIds: string[], vendorIds: string[]) => ({
      title: '不審メール',
      description: '添付ファイルを開いた',
      typeKey: 'malware',
      foundAt: new Date().toISOString(),
      personalInfo: 'unknown',
      assetIds,
      systemIds,
      vendorIds,
    });
    await refusedThenTaken(
      '/api/incidents',
      incident([], [ra.system, rb.system], [rb.vendor]),
      incident([], [ra.system], [ra.vendor]),
      ['systemIds.1', 'vendorIds.0'],
    );

    const failure = (reporterId: string, systemId: string, handlerId: string) => ({
      receivedAt: new Date().toISOString(),
      reporterName: '受付者',
      reporterId,
      systemId,
      systemName: '財務会計システム',
      event: '画面が表示されない',
      handlerId,
    });
    await refusedThenTaken(
      '/api/failures',
      failure(userB.id, rb.system, userB.id),
      failure(userA.id, ra.system, userA.id),
      ['reporterId', 'systemId', 'handlerId'],
    );

    const plan = await made(superA, '/api/audits/plans', {
      kind: 'yearly',
      auditType: 'internal',
      title: '令和8年度 内部監査',
      fiscalYear: 2026,
      purpose: '点検',
      timing: '10月',
      structure: '監査チーム',
      criteria: 'ポリシー',
    });
    const finding = (systemId: string) => ({ severity: 'low', title: '指摘', detail: '内容', systemId });
    await refusedThenTaken(`/api/audits/plans/${plan}/findings`, finding(rb.system), finding(ra.system), [
      'systemId',
    ]);

    const doc = await t.db
      .insertInto('policy_documents')
      .values({
        id: crypto.randomUUID(),
        organization_id: a.id,
        title: '情報セキュリティ基本方針',
        kinds: '["基本方針"]',
        visibility: 'staff',
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const incidentA = await made(superA, '/api/incidents', incident([], [], []));
    const review = (sourceId: string) => ({
      documentId: doc.id,
      trigger: 'incident',
      reason: '事故を受けて',
      sourceType: 'incident',
      sourceId,
    });
    await refusedThenTaken('/api/policy/reviews', review(incidentB), review(incidentA), ['sourceId']);
  });
});
