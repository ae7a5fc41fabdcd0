/**
 * The reviewer's corrections kept per version through the API: added and undone with their audit rows,
 * the reading and proposals recomputed with them, checked against the reading (400 naming the field),
 * for policy.manage only, per organization, and applied again to the next version of the document.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, type Client, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { rowsWhere, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { V1 } from './corrections.test-support.ts';

const t = testAppPerFile();

/** The next version: an article inserted (numbers shift) and the 記録 paragraph rewritten. */
const V2 = V1.replace(
  '（教育）',
  '（返却）\n第４条の２　職員は、持ち出した情報資産を速やかに返却しなければならない。\n（教育）',
).replace('２　記録は、５年間保存しなければならない。', '２　記録は、１０年間保存しなければならない。');

interface Analysis {
  tree: unknown[];
  clauses: { path: string; title?: string }[];
  roles: { name: string; post?: string; tier?: number }[];
  obligations: { path: string; text: string; actors: string[]; modality: string; actorFrom?: string }[];
  classification: { levels: { axis: string; label: string; rank: number }[] } | null;
  correctionsUnmatched?: number[];
}

async function setUp() {
  const org = await makeOrg(t.db);
  const admin = await makeUser(t.db, org, { functions: ['policy.manage'] });
  const c = await signedIn(t, admin);
  const r = await c.post('/api/policy/import', { text: V1, fileName: 'kijun.txt' });
  assert.equal(r.statusCode, 201, r.body);
  return {
    org,
    admin,
    c,
    versionId: r.json().versionId as string,
    documentId: r.json().documentId as string,
  };
}

const analysis = async (c: Client, versionId: string): Promise<Analysis> =>
  (await c.get(`/api/policy/versions/${versionId}/analysis`)).json();

const KIROKU = '記録は、5年間保存しなければならない。';

/** Several misreadings corrected, as the review screen sends them. */
const REVIEW = [
  { kind: 'clause', path: '第4条/2', parentPath: '第5条' },
  { kind: 'clause', path: '第5条', title: '職員の教育' },
  { kind: 'role', name: '情報セキュリティ管理者', post: '各課の長', tier: 2 },
  {
    kind: 'actor',
    path: '第5条/2',
    sentence: KIROKU,
    actors: ['情報セキュリティ管理者'],
    modality: 'endeavor',
  },
  { kind: 'level', axis: '機密性', label: '1', rank: 1 },
];

describe('corrections of a version', () => {
  test('[R-P1] corrections are kept with the version, audited, and its reading and proposals follow them; undo restores', async () => {
    const { org, c, versionId } = await setUp();
    const ids: string[] = [];
    for (const body of REVIEW) {
      const r = await c.post(`/api/policy/versions/${versionId}/corrections`, body);
      assert.equal(r.statusCode, 201, `${JSON.stringify(body)} → ${r.body}`);
      ids.push(r.json().id);
    }
    const a = await analysis(c, versionId);
    assert.ok(a.clauses.some((x) => x.path === '第5条/2'));
    assert.equal(a.clauses.find((x) => x.path === '第5条')?.title, '職員の教育');
    const kept = a.obligations.find((o) => o.text === KIROKU);
    assert.deepEqual(
      [kept?.path, kept?.actors, kept?.modality],
      ['第5条/2', ['情報セキュリティ管理者'], 'endeavor'],
    );
    assert.deepEqual(
      a.classification?.levels.map((l) => `${l.label}:${l.rank}`),
      ['1:1', '3:2', '2:3'],
    );
    // The clause rows (search, links) are those of the corrected tree.
    const rows = await rowsWhere(t.db, 'policy_clauses', { version_id: versionId }, ['path']);
    assert.ok(rows.some((x) => x.path === '第5条/2') && !rows.some((x) => x.path === '第4条/2'));
    const ob = await rowWhereOrThrow(t.db, 'policy_obligations', { version_id: versionId, text: KIROKU }, [
      'path',
      'actors',
      'modality',
    ]);
    assert.deepEqual(
      [ob.path, JSON.parse(ob.actors), ob.modality],
      ['第5条/2', ['情報セキュリティ管理者'], 'endeavor'],
    );
    // The proposals are made from the corrected reading.
    const roles = (await c.get(`/api/policy/versions/${versionId}/proposals`))
      .json()
      .items.filter((p: { kind: string }) => p.kind === 'roles');
    const kanri = roles.find((p: { title: string }) => p.title === '情報セキュリティ管理者');
    assert.deepEqual([kanri.payload.post, kanri.payload.tier], ['各課の長', 2]);
    // Listed with who and whether they apply.
    const list = (await c.get(`/api/policy/versions/${versionId}/corrections`)).json().items;
    assert.equal(list.length, 5);
    assert.ok(list.every((x: { applied: boolean; carried: boolean }) => x.applied && !x.carried));
    assert.deepEqual(
      list.map((x: { kind: string }) => x.kind),
      ['clause', 'clause', 'role', 'actor', 'level'],
    );
    assert.ok(list[0].createdBy);
    const added = (await auditEvents(t.db, org.id)).filter((e) => e.event === 'policy.correction_added');
    assert.equal(added.length, 5);
    assert.equal(added[2].target_id, versionId);
    assert.deepEqual(JSON.parse(added[2].data).change, {
      name: '情報セキュリティ管理者',
      post: '各課の長',
      tier: 2,
    });
    assert.equal(JSON.parse(added[2].data).target, '情報セキュリティ管理者');

    // Undo the role correction: the post read from the text comes back.
    const del = await c.del(`/api/policy/versions/${versionId}/corrections/${ids[2]}`);
    assert.equal(del.statusCode, 204, del.body);
    const back = await analysis(c, versionId);
    assert.equal(back.roles.find((r) => r.name === '情報セキュリティ管理者')?.post, '課長');
    const removed = (await auditEvents(t.db, org.id)).filter((e) => e.event === 'policy.correction_removed');
    assert.equal(removed.length, 1);
    assert.equal(JSON.parse(removed[0].data).correctionId, ids[2]);
    assert.equal((await c.del(`/api/policy/versions/${versionId}/corrections/${ids[2]}`)).statusCode, 404);
  });

  test('[R-P1] a correction that does not fit the reading is refused naming the field, and nothing is written', async () => {
    const { org, c, versionId } = await setUp();
    const cases: [unknown, string][] = [
      [{ kind: 'role', name: '存在しない役割', post: '課長' }, 'name'],
      [{ kind: 'clause', path: '第9条', title: 'x' }, 'path'],
      [{ kind: 'clause', path: '第4条', parentPath: '第4条/2' }, 'parentPath'],
      [{ kind: 'actor', path: '第4条', sentence: '存在しない文。', actors: ['職員'] }, 'sentence'],
      [{ kind: 'level', axis: '機密性', label: '9', remove: true }, 'label'],
      [{ kind: 'role', name: '情報セキュリティ管理者' }, 'kind'],
      [{ kind: 'role', name: '情報セキュリティ管理者', tier: 0 }, 'tier'],
    ];
    for (const [body, field] of cases) {
      const r = await c.post(`/api/policy/versions/${versionId}/corrections`, body);
      assert.equal(r.statusCode, 400, `${JSON.stringify(body)} → ${r.body}`);
      const e = r.json().error;
      assert.ok(
        e.fields?.some((f: { field: string }) => f.field === field),
        `${JSON.stringify(body)} → ${r.body}`,
      );
      assert.ok(e.message, r.body);
    }
    const en = await c.request('POST', `/api/policy/versions/${versionId}/corrections`, cases[0][0], {
      'accept-language': 'en',
    });
    assert.match(en.json().error.message, /Role “存在しない役割” is not in the reading/);
    assert.equal((await c.get(`/api/policy/versions/${versionId}/corrections`)).json().items.length, 0);
    assert.equal(
      (await auditEvents(t.db, org.id)).filter((e) => e.event.startsWith('policy.correction')).length,
      0,
    );
  });

  test('[R-P1] proposals a correction changed are marked with what was changed; a classification axis is renamed, audited', async () => {
    const { org, c, versionId } = await setUp();
    const bodies = [
      REVIEW[2],
      { kind: 'axis', axis: '機密性', name: '秘匿性' },
      {
        kind: 'actor',
        path: '第4条',
        sentence: '職員は、情報資産を持ち出すときは、情報セキュリティ管理者の許可を得なければならない。',
        approver: ['情報セキュリティ責任者'],
      },
    ];
    for (const body of bodies) {
      const r = await c.post(`/api/policy/versions/${versionId}/corrections`, body);
      assert.equal(r.statusCode, 201, `${JSON.stringify(body)} → ${r.body}`);
    }
    const a = await analysis(c, versionId);
    assert.deepEqual(
      a.classification?.levels.map((l) => `${l.axis}${l.label}`),
      ['秘匿性3', '秘匿性2', '秘匿性1'],
    );
    interface Item {
      kind: string;
      key: string;
      title: string;
      clausePath: string | null;
      payload: { scheme?: { axes: { name: string }[] } };
      corrections: { kind: string; target: string; change: Record<string, unknown> }[];
    }
    const items: Item[] = (await c.get(`/api/policy/versions/${versionId}/proposals`)).json().items;
    const kanri = items.find((p) => p.key === 'role:情報セキュリティ管理者');
    assert.deepEqual(
      kanri?.corrections.map((x) => [x.kind, x.change]),
      [['role', { name: '情報セキュリティ管理者', post: '各課の長', tier: 2 }]],
    );
    // A role nobody corrected carries no mark.
    assert.deepEqual(items.find((p) => p.key === 'role:情報セキュリティ責任者')?.corrections, []);
    const scheme = items.find((p) => p.kind === 'classification');
    assert.deepEqual(
      scheme?.payload.scheme?.axes.map((x) => x.name),
      ['秘匿性'],
    );
    assert.deepEqual(
      scheme?.corrections.map((x) => [x.kind, x.target, x.change]),
      [['axis', '機密性', { axis: '機密性', name: '秘匿性' }]],
    );
    // What was made from 第4条 (its permission) follows the sentence's correction.
    const fromArticle = items.filter((p) => p.clausePath === '第4条');
    assert.ok(fromArticle.length > 0);
    for (const p of fromArticle)
      assert.deepEqual(
        p.corrections.map((x) => x.kind),
        ['actor'],
        p.key,
      );
    const added = (await auditEvents(t.db, org.id)).filter((e) => e.event === 'policy.correction_added');
    assert.equal(added.length, 3);
    assert.deepEqual(
      [JSON.parse(added[1].data).kind, JSON.parse(added[1].data).target, JSON.parse(added[1].data).change],
      ['axis', '機密性', { axis: '機密性', name: '秘匿性' }],
    );
    // Renaming an axis that is not there, or onto another axis, is refused naming the field.
    for (const [body, field] of [
      [{ kind: 'axis', axis: '完全性', name: '正確性' }, 'axis'],
      [{ kind: 'axis', axis: '秘匿性', name: '秘匿性' }, 'kind'],
    ] as const) {
      const r = await c.post(`/api/policy/versions/${versionId}/corrections`, body);
      assert.equal(r.statusCode, 400, r.body);
      assert.ok(
        r.json().error.fields.some((f: { field: string }) => f.field === field),
        r.body,
      );
    }
  });

  test('[R-P1] two corrections sent at once are both kept and both in the reading', async () => {
    const { c, versionId } = await setUp();
    const [a, b] = await Promise.all([
      c.post(`/api/policy/versions/${versionId}/corrections`, REVIEW[2]),
      c.post(`/api/policy/versions/${versionId}/corrections`, REVIEW[4]),
    ]);
    assert.deepEqual([a.statusCode, b.statusCode], [201, 201], `${a.body} ${b.body}`);
    const list = (await c.get(`/api/policy/versions/${versionId}/corrections`)).json().items;
    assert.equal(list.length, 2);
    const r = await analysis(c, versionId);
    assert.equal(r.roles.find((x) => x.name === '情報セキュリティ管理者')?.post, '各課の長');
    assert.equal(r.classification?.levels[0].label, '1');
  });

  test('[R-P1] only policy.manage corrects; another organization’s version answers 404', async () => {
    const { org, versionId } = await setUp();
    const reader = await signedIn(t, await makeUser(t.db, org, { functions: ['policy.read'] }));
    const body = REVIEW[2];
    assert.equal((await reader.post(`/api/policy/versions/${versionId}/corrections`, body)).statusCode, 403);
    assert.equal((await reader.get(`/api/policy/versions/${versionId}/corrections`)).statusCode, 403);
    const other = await setUp();
    assert.equal((await other.c.post(`/api/policy/versions/${versionId}/corrections`, body)).statusCode, 404);
    assert.equal((await other.c.get(`/api/policy/versions/${versionId}/corrections`)).statusCode, 404);
    const own = await other.c.post(`/api/policy/versions/${other.versionId}/corrections`, body);
    assert.equal(own.statusCode, 201);
    assert.equal(
      (await other.c.del(`/api/policy/versions/${versionId}/corrections/${own.json().id}`)).statusCode,
      404,
    );
  });

  test('[R-P1] the next version of the document is read with the corrections again; those whose text changed are listed and audited', async () => {
    const { org, c, versionId, documentId } = await setUp();
    for (const body of REVIEW) {
      assert.equal((await c.post(`/api/policy/versions/${versionId}/corrections`, body)).statusCode, 201);
    }
    const r = await c.post('/api/policy/import', { text: V2, fileName: 'kijun-2.txt', documentId });
    assert.equal(r.statusCode, 201, r.body);
    const v2 = r.json();
    assert.equal(v2.number, 2);
    assert.deepEqual(v2.corrections, { applied: 3, unmatched: 2 });
    const a = await analysis(c, v2.versionId);
    assert.equal(a.clauses.find((x) => x.path === '第5条')?.title, '職員の教育');
    assert.equal(a.roles.find((x) => x.name === '情報セキュリティ管理者')?.post, '各課の長');
    assert.ok(
      a.clauses.some((x) => x.path === '第4条/2'),
      'the rewritten paragraph stays where the text puts it',
    );
    const list = (await c.get(`/api/policy/versions/${v2.versionId}/corrections`)).json().items;
    assert.equal(list.length, 5);
    assert.ok(list.every((x: { carried: boolean }) => x.carried));
    assert.deepEqual(
      list.filter((x: { applied: boolean }) => !x.applied).map((x: { kind: string }) => x.kind),
      ['clause', 'actor'],
    );
    const ev = (await auditEvents(t.db, org.id)).filter((e) => e.event === 'policy.corrections_carried');
    assert.equal(ev.length, 1);
    assert.equal(ev[0].target_id, v2.versionId);
    const data = JSON.parse(ev[0].data);
    assert.equal(data.fromVersionId, versionId);
    assert.equal(data.applied, 3);
    assert.deepEqual(
      data.unmatched.map((u: { kind: string; clausePath: string }) => `${u.kind} ${u.clausePath}`),
      ['clause 第4条/2', 'actor 第5条/2'],
    );
    // The first version keeps its own corrections; once superseded, its reading is no longer corrected.
    assert.equal((await c.get(`/api/policy/versions/${versionId}/corrections`)).json().items.length, 5);
    assert.equal((await c.post(`/api/policy/versions/${versionId}/in-force`, {})).statusCode, 204);
    assert.equal((await c.post(`/api/policy/versions/${v2.versionId}/in-force`, {})).statusCode, 204);
    const late = await c.post(`/api/policy/versions/${versionId}/corrections`, REVIEW[2]);
    assert.equal(late.statusCode, 409, late.body);
    assert.equal(late.json().error.code, 'policy.correction_superseded');
  });
});
