import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { enterSingleAxisScheme } from '../assets/fixtures.test-support.ts';
import { analyzePolicy } from '../policy/analyze.ts';
import { classificationProposals } from './proposals.ts';

const t = testAppPerFile();

const ALL = ['classification.manage', 'assets.read', 'assets.read_all', 'assets.manage', 'assets.classify'];
const seed = (n: string) =>
  analyzePolicy(fs.readFileSync(new URL(`../../../samples/policies/${n}.txt`, import.meta.url), 'utf8'));

describe('classification schemes', () => {
  test('[R-B1] the seed-001 analysis proposes 重要性 I/II/III with its clause, and accepting enters it', async () => {
    const org = await makeOrg(t.db);
    const [p] = await classificationProposals.propose(t.db, org.id, seed('001-hagi-nagato-seiso'), 'pv');
    assert.equal(p.clausePath, '第2章/2./(1)');
    assert.deepEqual(
      (p.payload as { scheme: { axes: { levels: { label: string }[] }[] } }).scheme.axes[0].levels.map(
        (l) => l.label,
      ),
      ['I', 'II', 'III'],
    );
    const created = await t.db
      .transaction()
      .execute((trx) => classificationProposals.accept(trx, org.actor, p));
    const v = await t.db
      .selectFrom('classification_versions')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    assert.equal(v.status, 'active');
    assert.equal(v.clause_path, '第2章/2./(1)');
    const again = await classificationProposals.propose(t.db, org.id, seed('001-hagi-nagato-seiso'), 'pv');
    assert.equal(again[0].alreadyPresent, true);
    const ev = (await auditEvents(t.db, org.id)).find((e) => e.event === 'classification.version_created');
    assert.equal(JSON.parse(ev?.data ?? '{}').clausePath, '第2章/2./(1)');
  });

  test('[R-B13] the standard levels are proposed in the reader’s language, the stored scheme keeps what was offered', async () => {
    const org = await makeOrg(t.db);
    const [ja] = await classificationProposals.propose(t.db, org.id, seed('004-okayama-kyosai'), 'pv');
    const [en] = await classificationProposals.propose(t.db, org.id, seed('004-okayama-kyosai'), 'pv', 'en');
    const definitions = (p: typeof ja) =>
      (p.payload as { scheme: { axes: { levels: { definition: string }[] }[] } }).scheme.axes[0].levels.map(
        (l) => l.definition,
      );
    assert.match(ja.title, /情報資産の分類（機密性・完全性・可用性）/);
    assert.match(en.title, /^Classification of information assets \(機密性・完全性・可用性\)/);
    assert.match(en.detail, /guideline's standard levels/);
    assert.match(definitions(ja)[0], /秘密文書に相当する機密性を要する/);
    assert.match(definitions(en)[0], /confidentiality equal to secret documents/);
    await t.db.transaction().execute((trx) => classificationProposals.accept(trx, org.actor, en));
    const stored = await t.db
      .selectFrom('classification_levels')
      .select('definition')
      .where('organization_id', '=', org.id)
      .execute();
    assert.ok(stored.some((l) => l.definition === definitions(en)[0]));
  });

  test('[R-B13] three-axis schemes: seeds 000/004 propose 機密性/完全性/可用性 with the guideline’s standard levels, accepted as offered', async () => {
    const org = await makeOrg(t.db);
    for (const s of ['000-saitama-seibu-kankyo-gikai', '004-okayama-kyosai']) {
      const [p] = await classificationProposals.propose(t.db, org.id, seed(s), 'pv');
      const payload = p.payload as { levelsMissing: boolean; scheme: { axes: { name: string }[] } };
      assert.equal(payload.levelsMissing, true);
      assert.deepEqual(
        payload.scheme.axes.map((a) => a.name),
        ['機密性', '完全性', '可用性'],
      );
      assert.match(p.title, /ガイドラインの標準/);
      assert.deepEqual(
        (payload.scheme.axes as unknown as { levels: { label: string }[] }[]).map((a) =>
          a.levels.map((l) => l.label),
        ),
        [
          ['3', '2', '1'],
          ['2', '1'],
          ['2', '1'],
        ],
        'the text has no levels: the guideline’s are offered, never an empty axis',
      );
    }
    const [offered] = await classificationProposals.propose(t.db, org.id, seed('004-okayama-kyosai'), 'pv');
    const accepted = await t.db
      .transaction()
      .execute((trx) => classificationProposals.accept(trx, org.actor, offered));
    assert.equal(accepted.type, 'classification_version', 'accepting as offered never fails');
    const std = await t.db
      .selectFrom('classification_levels')
      .select('label')
      .where('organization_id', '=', org.id)
      .execute();
    assert.equal(std.length, 7);
    const org2 = await makeOrg(t.db);
    const u = await makeUser(t.db, org2, { functions: ALL });
    const c = await signedIn(t, u);
    const r = await c.post('/api/classification/versions', {
      name: '機密性・完全性・可用性',
      axes: [
        { name: '機密性', levels: [{ label: '3' }, { label: '2' }, { label: '1' }] },
        { name: '完全性', levels: [{ label: '2' }, { label: '1' }] },
        { name: '可用性', levels: [{ label: '2', requiresOffsite: true }, { label: '1' }] },
      ],
    });
    assert.equal(r.statusCode, 200, r.body);
    const s = (await c.get('/api/classification')).json().active;
    assert.deepEqual(
      s.axes.map((a: { levels: unknown[] }) => a.levels.length),
      [3, 2, 2],
    );
  });

  test('[R-B14] an organization can run with a scheme entered by hand (seed 003 proposes nothing)', async () => {
    const org = await makeOrg(t.db);
    assert.deepEqual(
      await classificationProposals.propose(t.db, org.id, seed('003-hanamaki-taisaku-kijun'), 'pv'),
      [],
    );
    const u = await makeUser(t.db, org, { functions: ALL });
    const c = await signedIn(t, u);
    const { II } = await enterSingleAxisScheme(c, [], null);
    const a = await c.post('/api/assets', {
      assetNo: 'H-1',
      name: '住民記録',
      kind: 'information',
      ownerUnitId: org.unitId,
      status: 'registered',
      levels: [II],
    });
    assert.equal(a.statusCode, 200, a.body);
    const v = await t.db
      .selectFrom('classification_versions')
      .selectAll()
      .where('organization_id', '=', org.id)
      .executeTakeFirstOrThrow();
    assert.equal(v.clause_path, null);
  });

  test('[R-B7] a new version re-maps assets only through a confirmed review list; media take their contents again', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org, { functions: ALL });
    const c = await signedIn(t, u);
    const { I, III } = await enterSingleAxisScheme(c);
    // Registers an asset of the unit at one level and gives its id.
    const register = async (assetNo: string, name: string, kind: string, level: string, more = {}) =>
      (
        await c.post('/api/assets', {
          assetNo,
          name,
          kind,
          ownerUnitId: org.unitId,
          levels: [level],
          ...more,
        })
      ).json().id;
    const usb = await register('R-0', 'USBメモリ', 'medium', III);
    const a1 = await register('R-1', '台帳', 'information', I, { parentId: usb });
    await register('R-2', '広報', 'information', III);
    const v2 = await c.post('/api/classification/versions', {
      name: '令和6年',
      axes: [{ name: '重要性', levels: [{ label: 'I' }, { label: 'II' }] }],
    });
    assert.equal(v2.json().status, 'pending');
    const review = (await c.get(`/api/classification/versions/${v2.json().id}/remaps`)).json();
    assert.equal(review.items.length, 3);
    const item1 = review.items.find((i: { asset_no: string }) => i.asset_no === 'R-1');
    assert.ok(item1.proposed_level_id, 'same label is proposed');
    // Nothing moves before a person confirms every item.
    const early = await c.post(`/api/classification/versions/${v2.json().id}/activate`);
    assert.equal(early.statusCode, 409);
    assert.equal((await c.get(`/api/assets/${a1}`)).json().asset.classes[0].levelId, I);
    const newII = review.scheme.axes[0].levels[1].id;
    for (const i of review.items) {
      const r = await c.post(`/api/classification/remaps/${i.id}/confirm`, {
        levelId: i.proposed_level_id ?? newII,
      });
      assert.equal(r.statusCode, 204, r.body);
    }
    const act = await c.post(`/api/classification/versions/${v2.json().id}/activate`);
    assert.equal(act.statusCode, 200, act.body);
    assert.equal((await c.get(`/api/assets/${a1}`)).json().asset.classes[0].levelId, item1.proposed_level_id);
    // The medium's class from its contents is computed again in the new version's levels.
    assert.equal((await c.get(`/api/assets/${usb}`)).json().asset.computedLabel, '重要性I');
    const events = (await auditEvents(t.db, org.id)).map((e) => e.event);
    assert.equal(events.filter((e) => e === 'classification.remap_confirmed').length, 3);
    assert.ok(events.includes('classification.version_activated'));
  });

  test('403 without classification.manage, 400 naming the field, 404 for another organization', async () => {
    const org = await makeOrg(t.db);
    const c = await signedIn(t, await makeUser(t.db, org, { functions: ['assets.read'] }));
    const no = await c.post('/api/classification/versions', {
      name: 'x',
      axes: [{ name: 'a', levels: [{ label: '1' }] }],
    });
    assert.equal(no.statusCode, 403);
    assert.match(no.json().error.message, /「情報資産の分類体系の設定」/);
    const m = await signedIn(t, await makeUser(t.db, org, { functions: ALL }));
    const bad = await m.post('/api/classification/versions', {
      name: 'x',
      axes: [{ name: 'a', levels: [{ label: '1' }, { label: '1' }] }],
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'axes.0.levels.1.label');
    assert.equal(
      await t.db
        .selectFrom('classification_versions')
        .select('id')
        .where('organization_id', '=', org.id)
        .executeTakeFirst(),
      undefined,
    );
    const { versionId } = await enterSingleAxisScheme(m);
    const other = await makeOrg(t.db);
    const o = await signedIn(t, await makeUser(t.db, other, { functions: ALL }));
    assert.equal((await o.get(`/api/classification/versions/${versionId}/remaps`)).statusCode, 404);
  });
});
