import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, type Client, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { enterSingleAxisScheme } from './fixtures.test-support.ts';
import { searchTuning } from './queries.ts';

const t = testAppPerFile();

const ALL = ['classification.manage', 'assets.read', 'assets.read_all', 'assets.manage', 'assets.classify'];

async function setup(fns = ALL, designatorsOfI: string[] = []) {
  const org = await makeOrg(t.db);
  const u = await makeUser(t.db, org, { functions: fns });
  const admin = await signedIn(t, await makeUser(t.db, org, { functions: ALL }));
  const levels = await enterSingleAxisScheme(admin, designatorsOfI);
  const c = await signedIn(t, u);
  return { org, u, c, admin, ...levels };
}

const base = (org: { unitId: string }, no: string, extra: Record<string, unknown> = {}) => ({
  assetNo: no,
  name: `資産 ${no}`,
  kind: 'information',
  ownerUnitId: org.unitId,
  ...extra,
});

async function create(c: Client, body: unknown): Promise<string> {
  const r = await c.post('/api/assets', body);
  assert.equal(r.statusCode, 200, r.body);
  return r.json().id;
}

describe('asset register', () => {
  test('[R-B1] the designation records who set it and when, and a restricted level needs its function', async () => {
    const { org, u, c, I, II } = await setup(ALL, ['assets.designate_top']);
    const id = await create(c, base(org, 'A-1', { levels: [II] }));
    const d = (await c.get(`/api/assets/${id}`)).json();
    assert.equal(d.asset.classes[0].setBy, u.id);
    assert.ok(d.asset.classes[0].setAt);
    assert.equal(d.asset.classes[0].label, 'II');
    const ev = (await auditEvents(t.db, org.id)).find(
      (e) => e.event === 'assets.classified' && e.target_id === id,
    );
    assert.equal(ev?.actor_id, u.id);
    assert.deepEqual(JSON.parse(ev?.data ?? '{}').levels, [{ axis: '重要性', before: null, after: 'II' }]);
    const refused = await c.put(`/api/assets/${id}/classes`, { levels: [I] });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'assets.not_designator');
  });

  test('[R-B2] handling restrictions default from the level and can be set per asset', async () => {
    const { org, c, I } = await setup();
    const a = await create(c, base(org, 'B-1', { levels: [I] }));
    assert.deepEqual((await c.get(`/api/assets/${a}`)).json().asset.restrictions, ['複製禁止']);
    const b = await create(c, base(org, 'B-2', { levels: [I], restrictions: ['持出禁止', '暗号化'] }));
    assert.deepEqual((await c.get(`/api/assets/${b}`)).json().asset.restrictions, ['持出禁止', '暗号化']);
  });

  test('[R-B3] a copy inherits the class and cannot be lowered silently', async () => {
    const { org, u, c, I, III } = await setup();
    const src = await create(c, base(org, 'C-1', { levels: [I], status: 'registered' }));
    const copy = (await c.post(`/api/assets/${src}/copy`, { assetNo: 'C-1-copy' })).json().id;
    const d = (await c.get(`/api/assets/${copy}`)).json();
    assert.equal(d.asset.copiedFrom, src);
    const source = (await c.get(`/api/assets/${src}`)).json().asset.name;
    assert.equal(d.asset.name, `${source}（複製）`);
    const english = await c.request(
      'POST',
      `/api/assets/${src}/copy`,
      { assetNo: 'C-1-copy-en' },
      {
        'accept-language': 'en',
      },
    );
    assert.equal((await c.get(`/api/assets/${english.json().id}`)).json().asset.name, `${source} (copy)`);
    assert.equal(d.asset.classes[0].levelId, I);
    assert.equal(d.asset.classes[0].source, 'inherited');
    const silent = await c.put(`/api/assets/${copy}/classes`, { levels: [III] });
    assert.equal(silent.statusCode, 400);
    assert.equal(silent.json().error.fields[0].field, 'reason');
    assert.equal((await c.get(`/api/assets/${copy}`)).json().asset.classes[0].levelId, I, 'nothing changed');
    const ok = await c.put(`/api/assets/${copy}/classes`, {
      levels: [III],
      reason: '個人情報を削除した抜粋',
    });
    assert.equal(ok.statusCode, 204, ok.body);
    const rec = (await c.get(`/api/assets/${copy}`)).json().asset.classes[0];
    assert.equal(rec.reason, '個人情報を削除した抜粋');
    assert.equal(rec.setBy, u.id);
    const ev = (await auditEvents(t.db, org.id))
      .filter((e) => e.event === 'assets.classified' && e.target_id === copy)
      .at(-1);
    assert.equal(JSON.parse(ev?.data ?? '{}').lowered, true);
    assert.equal(JSON.parse(ev?.data ?? '{}').reason, '個人情報を削除した抜粋');
  });

  test('[R-B3] the owner must be in the organization', async () => {
    const { org, c, II } = await setup();
    const other = await makeOrg(t.db);
    const stranger = await makeUser(t.db, other);
    const r = await c.post('/api/assets', base(org, 'O-1', { levels: [II], ownerUserId: stranger.id }));
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.fields[0].field, 'ownerUserId');
    const r2 = await c.post('/api/assets', base(org, 'O-2', { levels: [II], ownerUnitId: other.unitId }));
    assert.equal(r2.json().error.fields[0].field, 'ownerUnitId');
  });

  test('[R-B4] label text for file names, headers and stickers follows the class', async () => {
    const { org, c, II } = await setup();
    const id = await create(c, base(org, 'L-1', { levels: [II] }));
    const labels = (await c.get(`/api/assets/labels?ids=${id}`)).json();
    assert.equal(labels[0].label, '重要性II');
    assert.equal(labels[0].fileNamePrefix, '【重要性II】');
    assert.deepEqual(labels[0].restrictions, ['外部提供禁止']);
  });

  test('[R-B5] class is required at registration; drafts get a deletion reminder', async () => {
    const { org, c, II } = await setup();
    const refused = await c.post('/api/assets', base(org, 'D-0', { status: 'registered' }));
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().error.fields[0].field, 'levels');
    const draft = await create(c, base(org, 'D-1', { draftDeleteOn: '2000-01-01' }));
    const d = (await c.get(`/api/assets/${draft}`)).json().asset;
    assert.equal(d.status, 'draft');
    assert.equal(d.draftDeleteOn, '2000-01-01');
    const due = (await c.get('/api/assets/draft-reminders')).json();
    assert.ok(due.some((x: { id: string }) => x.id === draft));
    const defaulted = (await c.get(`/api/assets/${await create(c, base(org, 'D-2'))}`)).json().asset;
    assert.ok(defaulted.draftDeleteOn > new Date().toISOString().slice(0, 10));
    assert.equal((await c.post(`/api/assets/${draft}/register`)).statusCode, 400);
    await c.put(`/api/assets/${draft}/classes`, { levels: [II] });
    assert.equal((await c.post(`/api/assets/${draft}/register`)).statusCode, 204);
    assert.ok(
      (await auditEvents(t.db, org.id)).some((e) => e.event === 'assets.registered' && e.target_id === draft),
    );
    const gone = await create(c, base(org, 'D-3'));
    assert.equal((await c.del(`/api/assets/${gone}`)).statusCode, 204);
    assert.ok(
      (await auditEvents(t.db, org.id)).some(
        (e) => e.event === 'assets.draft_deleted' && e.target_id === gone,
      ),
    );
  });

  test('[R-B6] received information is routed to holders of assets.classify, who answer', async () => {
    const { org, c, admin, II } = await setup(['assets.read', 'assets.manage']);
    const asset = await create(c, base(org, 'E-1'));
    const r = await c.post('/api/assets/classify-requests', {
      subject: '県から受領した名簿',
      receivedFrom: '県',
      assetId: asset,
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(
      (await c.post(`/api/assets/classify-requests/${r.json().id}/answer`, { levels: [II] })).statusCode,
      403,
    );
    const listed = (await admin.get('/api/assets/classify-requests')).json();
    assert.ok(listed.some((x: { id: string }) => x.id === r.json().id));
    const ans = await admin.post(`/api/assets/classify-requests/${r.json().id}/answer`, {
      levels: [II],
      note: '名簿のためII',
    });
    assert.equal(ans.statusCode, 204, ans.body);
    assert.equal((await c.get(`/api/assets/${asset}`)).json().asset.classes[0].label, 'II');
    const events = (await auditEvents(t.db, org.id)).map((e) => e.event);
    assert.ok(events.includes('assets.classify_requested') && events.includes('assets.classify_answered'));
  });

  test('[R-B7] a medium takes the highest class of its contents', async () => {
    const { org, c, I, II, III } = await setup();
    const usb = await create(c, base(org, 'M-1', { kind: 'medium', levels: [III] }));
    await create(c, base(org, 'M-1-a', { parentId: usb, levels: [III] }));
    assert.equal((await c.get(`/api/assets/${usb}`)).json().asset.computedLabel, '重要性III');
    const b = await create(c, base(org, 'M-1-b', { parentId: usb, levels: [II] }));
    assert.equal((await c.get(`/api/assets/${usb}`)).json().asset.computedLabel, '重要性II');
    await c.put(`/api/assets/${b}/classes`, { levels: [I] });
    const d = (await c.get(`/api/assets/${usb}`)).json();
    assert.equal(d.asset.computedLabel, '重要性I');
    assert.equal(d.asset.label, '重要性III', 'its own class stays as designated');
    assert.equal(d.contents.length, 2);
    await c.post(`/api/assets/${b}/dispose`);
    assert.equal((await c.get(`/api/assets/${usb}`)).json().asset.computedLabel, '重要性III');
  });

  test('[R-B8] a location that does not allow the class is refused', async () => {
    const { org, c, II, III } = await setup();
    const open = (
      await c.post('/api/asset-locations', { name: '執務室の棚', lockable: false, offsite: false })
    ).json().id;
    const r = await c.post('/api/assets', base(org, 'S-1', { levels: [II], locationId: open }));
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.fields[0].field, 'locationId');
    assert.equal(r.json().error.code, 'assets.location_not_allowed');
    const a = await create(c, base(org, 'S-2', { levels: [III], locationId: open }));
    assert.equal(
      (await c.put(`/api/assets/${a}/classes`, { levels: [II] })).statusCode,
      400,
      'raising beyond the place is refused too',
    );
    const warn = (await c.post('/api/assets/check', { levels: [II], locationId: open })).json();
    assert.equal(warn.warnings[0].code, 'assets.location_not_allowed');
    assert.ok((await auditEvents(t.db, org.id)).some((e) => e.event === 'assets.location_created'));
  });

  test('two-character Japanese search finds 監査 and 委託 through the bigram index', async () => {
    const { org, c, III } = await setup();
    await create(c, base(org, 'Q-1', { name: '内部監査報告書', levels: [III] }));
    await create(c, base(org, 'Q-2', { name: '委託契約書', note: '監査法人', levels: [III] }));
    await create(c, base(org, 'Q-3', { name: '査定資料 監督', levels: [III] }));
    const hit = async (q: string) =>
      (await c.get(`/api/assets?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((i: { assetNo: string }) => i.assetNo)
        .sort();
    assert.deepEqual(await hit('監査'), ['Q-1', 'Q-2']);
    assert.deepEqual(await hit('委託'), ['Q-2']);
    assert.deepEqual(await hit('監査報告'), ['Q-1']);
    assert.deepEqual(await hit('ｑ－１'.normalize('NFKC')), ['Q-1']);
  });

  test('search pages skip rows whose grams match apart, and spacing or full-width in the text does not hide a match', async () => {
    const { org, c, III } = await setup();
    // Every gram of 個人情報 (個人, 人情, 情報) but never the term itself: candidates the check must drop.
    for (let i = 0; i < 12; i++)
      await create(
        c,
        base(org, `D-${String(i).padStart(2, '0')}`, { name: '個人の人情と情報', levels: [III] }),
      );
    await create(c, base(org, 'M-1', { name: '個人情報ファイル簿', levels: [III] }));
    await create(c, base(org, 'M-2', { name: '個人 情報の台帳', levels: [III] }));
    await create(c, base(org, 'M-3', { name: '保有個人情報', levels: [III] }));
    const pages = async () => {
      const seen: string[] = [];
      let cursor = '';
      for (let n = 0; n < 5; n++) {
        const page = (
          await c.get(
            `/api/assets?q=${encodeURIComponent('個人情報')}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          )
        ).json();
        seen.push(...page.items.map((i: { assetNo: string }) => i.assetNo));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return seen;
    };
    assert.deepEqual(await pages(), ['M-1', 'M-2', 'M-3'], 'rare grams: candidates sorted');
    // The walk taken when every gram is common, on these few rows.
    const tuning = { ...searchTuning };
    Object.assign(searchTuning, { denseGram: 2, firstWalkSlice: 3 });
    try {
      assert.deepEqual(await pages(), ['M-1', 'M-2', 'M-3'], 'common grams: walk in slices');
    } finally {
      Object.assign(searchTuning, tuning);
    }
  });

  test('list filters and keyset paging return every row once', async () => {
    const { org, c, I, III } = await setup();
    for (let i = 0; i < 7; i++)
      await create(c, base(org, `P-${i}`, { levels: [i % 2 ? I : III], personalInfo: i % 2 === 1 }));
    const seen: string[] = [];
    let cursor = '';
    for (;;) {
      const page = (await c.get(`/api/assets?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((i: { assetNo: string }) => i.assetNo));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    assert.deepEqual(seen, ['P-0', 'P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6']);
    assert.equal((await c.get(`/api/assets?levelId=${I}`)).json().items.length, 3);
    assert.equal((await c.get('/api/assets?personal=1')).json().items.length, 3);
    assert.equal((await c.get('/api/assets?kind=paper')).json().items.length, 0);
    assert.equal((await c.get('/api/assets?sort=bogus')).statusCode, 400);
  });

  test('staff see their own unit only unless they hold assets.read_all', async () => {
    const { org, c, admin, III } = await setup();
    const otherUnit = await t.db
      .transaction()
      .execute((trx) =>
        import('../org/service.ts').then((m) => m.createUnit(trx, org.actor, { name: '施設課', kind: '課' })),
      );
    const there = await create(admin, base({ unitId: otherUnit }, 'U-1', { levels: [III] }));
    const staff = await signedIn(t, await makeUser(t.db, org, { functions: ['assets.read'] }));
    assert.equal((await staff.get('/api/assets')).json().items.length, 0);
    const r = await staff.get(`/api/assets/${there}`);
    assert.equal(r.statusCode, 403);
    assert.match(r.json().error.message, /「全ての課の情報資産の閲覧」/);
    assert.equal((await c.get(`/api/assets/${there}`)).statusCode, 200);
  });

  test('403 names the missing function, 400 names the field with nothing written, 404 across organizations', async () => {
    const { org, c, II } = await setup();
    const reader = await signedIn(t, await makeUser(t.db, org, { functions: ['assets.read'] }));
    const no = await reader.post('/api/assets', base(org, 'X-1', { levels: [II] }));
    assert.equal(no.statusCode, 403);
    assert.match(no.json().error.message, /「情報資産の登録・変更」/);
    const bad = await c.post('/api/assets', { ...base(org, 'X-2'), kind: 'spaceship' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'kind');
    assert.equal(
      await t.db.selectFrom('assets').select('id').where('asset_no', '=', 'X-2').executeTakeFirst(),
      undefined,
    );
    const id = await create(c, base(org, 'X-3', { levels: [II] }));
    const dup = await c.post('/api/assets', base(org, 'X-3', { levels: [II] }));
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.fields[0].field, 'assetNo');
    const other = await makeOrg(t.db);
    const o = await signedIn(t, await makeUser(t.db, other, { functions: ALL }));
    for (const r of [
      await o.get(`/api/assets/${id}`),
      await o.patch(`/api/assets/${id}`, { name: 'x' }),
      await o.put(`/api/assets/${id}/classes`, { levels: [II] }),
    ]) {
      assert.equal(r.statusCode, 404, r.body);
    }
    const upd = await c.patch(`/api/assets/${id}`, { name: '改名後' });
    assert.equal(upd.statusCode, 204);
    const d = (await c.get(`/api/assets/${id}`)).json();
    assert.deepEqual(
      d.history.map((h: { event: string }) => h.event),
      ['assets.created', 'assets.classified', 'assets.updated'],
    );
  });
});
