import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { importSample, sample, upload } from './test-helpers.ts';

const t = testAppPerFile();

const count = async (table: 'policy_versions' | 'policy_documents' | 'policy_clauses', org: string) =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('organization_id', '=', org)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('policy import', () => {
  test('[R-P1] importing seed 001 stores a clause tree and proposes its roles, each linked to its clause', async () => {
    const org = await makeOrg(t.db);
    const admin = await makeUser(t.db, org, { functions: ['policy.manage'] });
    const c = await signedIn(t, admin);
    const imported = await importSample(c, '001-hagi-nagato-seiso.txt');
    const v = (await c.get(`/api/policy/versions/${imported.versionId}`)).json();
    assert.equal(v.status, 'draft');
    assert.equal(v.sourceFileName, '001-hagi-nagato-seiso.txt');
    assert.ok(v.tree.length >= 1, 'the tree has top-level clauses');
    const paths: string[] = [];
    const walk = (ns: { path: string; children: unknown[] }[]) => {
      for (const n of ns) {
        paths.push(n.path);
        walk(n.children as never);
      }
    };
    walk(v.tree);
    assert.ok(paths.length > 100, `${paths.length} clauses`);
    assert.ok(paths.includes('第2章/1./(1)'));
    assert.equal(await count('policy_clauses', org.id), paths.length, 'every clause is a row');
    const p = (await c.get(`/api/policy/versions/${imported.versionId}/proposals`)).json().items;
    const roles = p.filter((x: { kind: string }) => x.kind === 'roles');
    assert.ok(roles.length >= 4, JSON.stringify(roles.map((r: { title: string }) => r.title)));
    for (const r of roles) assert.ok(paths.includes(r.clausePath), `${r.title} → ${r.clausePath}`);
    const top = roles.find((r: { payload: { tier: number } }) => r.payload.tier === 1);
    assert.equal(top.payload.post, '事務局長');
    assert.equal(top.clausePath, '第2章/1./(1)');
    const ev = (await auditEvents(t.db, org.id)).filter((e) => e.event === 'policy.imported');
    assert.equal(ev.length, 1);
    assert.equal(ev[0].target_id, imported.versionId);
    assert.equal(JSON.parse(ev[0].data).clauses, paths.length);
  });

  test('[R-P1] the text can also be sent as JSON, and Shift_JIS bytes are decoded', async () => {
    const org = await makeOrg(t.db);
    const admin = await makeUser(t.db, org, { functions: ['policy.manage'] });
    const c = await signedIn(t, admin);
    const text = sample('000-saitama-seibu-kankyo-gikai.txt').toString('utf8');
    const r = await c.post('/api/policy/import', { text, fileName: '000.txt' });
    assert.equal(r.statusCode, 201, r.body);
    const iconv = (await import('iconv-lite')).default;
    const sjis = await upload(c, iconv.encode(text, 'Shift_JIS'), '000-sjis.txt');
    assert.equal(sjis.statusCode, 201, sjis.body);
    assert.equal(sjis.json().title, r.json().title);
  });

  for (const [name, bytes, code] of [
    ['empty', Buffer.alloc(0), 'policy.empty'],
    ['binary', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 9, 0, 0, 0, 1]), 'policy.binary'],
    ['no numbering', Buffer.from('ただの文章です。番号はありません。\n二行目です。'), 'policy.unrecognized'],
  ] as const) {
    test(`bad input (${name}) answers 400 with the engine's code in both languages, nothing stored`, async () => {
      const org = await makeOrg(t.db);
      const admin = await makeUser(t.db, org, { functions: ['policy.manage'] });
      const c = await signedIn(t, admin);
      const r = await upload(c, bytes);
      assert.equal(r.statusCode, 400, r.body);
      assert.equal(r.json().error.code, code);
      assert.match(r.json().error.message, /[ぁ-んァ-ヶ一-龠]/);
      assert.equal(r.json().error.fields[0].field, 'file');
      const en = await c.app.inject({
        method: 'POST',
        url: '/api/policy/import',
        headers: {
          cookie: c.cookie,
          'x-csrf-token': c.csrf,
          'content-type': 'application/octet-stream',
          'accept-language': 'en',
        },
        payload: bytes,
      });
      assert.equal(en.json().error.code, code);
      assert.doesNotMatch(en.json().error.message, /[ぁ-ん]/);
      assert.equal(await count('policy_versions', org.id), 0);
      assert.equal(await count('policy_documents', org.id), 0);
      assert.ok(!(await auditEvents(t.db, org.id)).some((e) => e.event === 'policy.imported'));
    });
  }

  test('JSON import without text answers 400 naming the field', async () => {
    const org = await makeOrg(t.db);
    const admin = await makeUser(t.db, org, { functions: ['policy.manage'] });
    const c = await signedIn(t, admin);
    const r = await c.post('/api/policy/import', { fileName: 'x.txt' });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.fields[0].field, 'text');
  });

  test('import needs policy.manage (403 naming it) and a session (401)', async () => {
    const org = await makeOrg(t.db);
    const reader = await makeUser(t.db, org, { functions: ['policy.read'] });
    const c = await signedIn(t, reader);
    const r = await upload(c, sample('000-saitama-seibu-kankyo-gikai.txt'));
    assert.equal(r.statusCode, 403);
    assert.match(r.json().error.message, /「ポリシーの取込み・提案の採否・施行・見直し」/);
    const anon = await t.app.inject({
      method: 'POST',
      url: '/api/policy/import',
      headers: { 'content-type': 'application/octet-stream' },
      payload: 'x',
    });
    assert.equal(anon.statusCode, 401);
  });

  test('[R-I8] versions keep 制定/施行 dates and show 和暦', async () => {
    const org = await makeOrg(t.db);
    const admin = await makeUser(t.db, org, { functions: ['policy.manage'] });
    const c = await signedIn(t, admin);
    const first = await importSample(c, '004-okayama-kyosai.txt');
    const v = (await c.get(`/api/policy/versions/${first.versionId}`)).json();
    assert.equal(v.enactedOn, '2016-11-28');
    assert.equal(v.enactedOnWareki, '平成28年11月28日');
    assert.equal(v.effectiveOn, '2024-03-08');
    assert.equal(v.effectiveOnWareki, '令和6年3月8日');
    assert.deepEqual(
      v.amendedOn.map((a: { wareki: string }) => a.wareki),
      ['令和3年12月1日', '令和4年9月29日', '令和6年3月8日'],
    );
    // A second version of the same document; putting it in force supersedes the first.
    const inForce = await c.post(`/api/policy/versions/${first.versionId}/in-force`, {});
    assert.equal(inForce.statusCode, 204, inForce.body);
    const second = await importSample(c, '004-okayama-kyosai.txt', `?documentId=${first.documentId}`);
    assert.equal(second.number, 2);
    const r = await c.post(`/api/policy/versions/${second.versionId}/in-force`, {
      effectiveOn: '2026-04-01',
    });
    assert.equal(r.statusCode, 204, r.body);
    const doc = (await c.get(`/api/policy/documents/${first.documentId}`)).json();
    assert.deepEqual(
      doc.versions.map((x: { number: number; status: string; effectiveOnWareki: string }) => [
        x.number,
        x.status,
        x.effectiveOnWareki,
      ]),
      [
        [2, 'in_force', '令和8年4月1日'],
        [1, 'superseded', '令和6年3月8日'],
      ],
    );
    const ev = (await auditEvents(t.db, org.id)).filter((e) => e.event === 'policy.version_in_force');
    assert.equal(ev.length, 2);
    assert.deepEqual(JSON.parse(ev[1].data), {
      documentId: first.documentId,
      number: 2,
      effectiveOn: '2026-04-01',
      superseded: 1,
    });
    const diff = await c.get(`/api/policy/versions/${first.versionId}/diff/${second.versionId}`);
    assert.equal(diff.statusCode, 200, diff.body);
    assert.deepEqual(
      [diff.json().added.length, diff.json().removed.length, diff.json().changed.length],
      [0, 0, 0],
    );
    assert.ok(diff.json().unchanged > 0);
    const gap = await c.get(`/api/policy/versions/${first.versionId}/gap`);
    assert.equal(gap.statusCode, 200, gap.body);
    assert.ok(
      gap.json().items.some((i: { status: string }) => ['covered', 'thin', 'missing'].includes(i.status)),
    );
    const bad = await c.post(`/api/policy/versions/${second.versionId}/in-force`, { effectiveOn: '令和8年' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'effectiveOn');
  });

  test('clause search finds Japanese substrings in one version', async () => {
    const org = await makeOrg(t.db);
    const admin = await makeUser(t.db, org, { functions: ['policy.manage'] });
    const c = await signedIn(t, admin);
    const { versionId } = await importSample(c, '001-hagi-nagato-seiso.txt');
    const r = await c.get(`/api/policy/versions/${versionId}/search?q=${encodeURIComponent('パスワード')}`);
    assert.equal(r.statusCode, 200);
    assert.ok(r.json().items.length > 0);
    for (const i of r.json().items) assert.ok(`${i.title ?? ''}${i.text}`.includes('パスワード'));
    const none = await c.get(`/api/policy/versions/${versionId}/search?q=${encodeURIComponent('100%_')}`);
    assert.equal(none.json().items.length, 0, 'LIKE wildcards are taken literally');
  });

  test("another organization's document and version answer 404", async () => {
    const a = await makeOrg(t.db);
    const b = await makeOrg(t.db);
    const ca = await signedIn(t, await makeUser(t.db, a, { functions: ['policy.manage'] }));
    const cb = await signedIn(t, await makeUser(t.db, b, { functions: ['policy.manage'] }));
    const { documentId, versionId } = await importSample(ca, '000-saitama-seibu-kankyo-gikai.txt');
    for (const url of [
      `/api/policy/documents/${documentId}`,
      `/api/policy/versions/${versionId}`,
      `/api/policy/versions/${versionId}/proposals`,
    ]) {
      assert.equal((await cb.get(url)).statusCode, 404, url);
    }
    assert.equal((await cb.post(`/api/policy/versions/${versionId}/in-force`, {})).statusCode, 404);
    assert.equal(
      (await cb.put(`/api/policy/documents/${documentId}/visibility`, { visibility: 'staff' })).statusCode,
      404,
    );
    assert.equal(
      (await upload(cb, sample('000-saitama-seibu-kankyo-gikai.txt'), 'x.txt', `?documentId=${documentId}`))
        .statusCode,
      404,
    );
    assert.equal((await cb.get(`/api/policy/versions/${versionId}/diff/${versionId}`)).statusCode, 404);
    assert.equal((await cb.get('/api/policy/documents')).json().items.length, 0);
  });
});
