import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from './analyze.ts';
import { diffDocument, f1, fromSample, loadSeed, SEEDS, scoreDocument } from './fixtures/score.ts';

const analyzed = new Map(
  SEEDS.map((s) => [s, { ...loadSeed(s), analysis: analyzePolicy(loadSeed(s).text) }] as const),
);
const get = (prefix: string) => {
  const found = [...analyzed.entries()].find(([k]) => k.startsWith(prefix));
  if (!found) throw new Error(prefix);
  return found[1];
};

for (const seed of SEEDS) {
  test(`[R-P1] seed ${seed.slice(0, 3)}: headings, roles and obligations match the hand-labelled fixture`, () => {
    const { analysis, expected } = get(seed.slice(0, 3));
    const fixture = fromSample(expected);
    const s = scoreDocument(analysis, fixture);
    const diff = () => JSON.stringify(diffDocument(analysis, fixture));
    assert.equal(f1(s.headings), 1, diff());
    assert.equal(f1(s.roles), 1, diff());
    assert.equal(f1(s.posts), 1, diff());
    assert.equal(f1(s.tiers), 1, diff());
    assert.ok(f1(s.obligations) >= 0.97, diff());
    assert.ok(f1(s.actors) >= 0.97, diff());
    assert.equal(analysis.title, expected.meta.title);
    assert.equal(analysis.issuer, expected.meta.issuer);
    assert.deepEqual(analysis.kinds, expected.meta.kinds);
    assert.deepEqual(analysis.segments, expected.segments);
    for (const p of expected.permissions) {
      const o = analysis.obligations.find((x) => x.text.startsWith(p.starts));
      assert.deepEqual(o?.approver, p.approver, p.starts);
      assert.equal(o?.topic, p.topic, p.starts);
    }
  });
}

test('[R-I8] enacted, amended and effective dates come out as ISO dates with their kind', () => {
  for (const seed of SEEDS) {
    const { analysis, expected } = get(seed.slice(0, 3));
    const dates = analysis.dates.filter((d) => d.kind !== '作成').map((d) => [d.kind, d.iso]);
    assert.deepEqual(dates, expected.meta.dates, seed);
  }
  const okayama = get('004').analysis;
  assert.equal(
    okayama.dates.find((d) => d.iso === '2022-09-29' && d.kind === '施行')?.path,
    '附則(令和4年9月29日)',
  );
});

test('[R-A1] seed 001: 事務局長 is CISO on top with final authority; tiers follow reporting lines', () => {
  const { analysis, expected } = get('001');
  const ciso = analysis.roles.find((r) => r.name === 'CISO');
  assert.equal(ciso?.post, '事務局長');
  assert.equal(ciso?.tier, 1);
  assert.deepEqual(ciso?.aliases, ['最高情報セキュリティ責任者']);
  const tiers = expected.tierOrder.map((n) => analysis.roles.find((r) => r.name === n)?.tier);
  assert.deepEqual(tiers, [1, 2, 3, 4]);
  assert.deepEqual(analysis.roles.find((r) => r.name === '情報セキュリティ管理者(係長)')?.reportsTo, [
    '情報セキュリティ責任者(次長)',
    'CISO',
  ]);
});

test('[R-A2] seed 001: the CISO may appoint an optional 最高情報セキュリティアドバイザー', () => {
  const adviser = get('001').analysis.roles.find((r) => r.name === '最高情報セキュリティアドバイザー');
  assert.equal(adviser?.optional, true);
  assert.equal(adviser?.appointedBy, 'CISO');
  assert.equal(adviser?.post, undefined);
});

test('[R-A6] seed 001: 情報システム担当者 has no post and is designated by the 管理者', () => {
  const r = get('001').analysis.roles.find((x) => x.name === '情報システム担当者');
  assert.equal(r?.post, undefined);
  assert.equal(r?.appointedBy, '情報セキュリティ管理者(係長)');
});

test("[R-A7] seed 003's top role is 情報セキュリティ責任者 and no CISO is assumed", () => {
  const { analysis } = get('003');
  assert.ok(!analysis.roles.some((r) => /CISO|最高/.test(r.name)));
  const top = analysis.roles.filter((r) => r.tier === 1);
  assert.deepEqual(
    top.map((r) => [r.name, r.post]),
    [['情報セキュリティ責任者', '政策推進部長']],
  );
  assert.equal(analysis.roles.find((r) => r.name === 'ネットワーク管理者')?.post, '企画調整課長');
  assert.equal(analysis.roles.find((r) => r.name === '情報セキュリティ管理者')?.perUnit, '課');
});

test('[R-A8] seed 003: committee with duties, chair, secretariat and the 別表 roster with 〃 resolved', () => {
  const { analysis, expected } = get('003');
  const c = analysis.committees[0];
  const e = expected.committee;
  assert.equal(c.name, e?.name);
  assert.equal(c.chair?.post, e?.chair);
  assert.equal(c.secretariat, e?.secretariat);
  assert.equal(c.duties.length, 3);
  assert.deepEqual(c.members?.columns, ['部等', '課', '職']);
  assert.equal(c.members?.rows.length, e?.members);
  assert.deepEqual(c.members?.rows[14], e?.row15);
  assert.deepEqual(c.members?.rows[15], e?.row16);
  assert.ok(!c.members?.rows.flat().includes('〃'));
});

test('[R-A9] seed 003: each 課 has a 推進員 named by its head, reporting network connections', () => {
  const r = get('003').analysis.roles.find((x) => x.name === '情報セキュリティ推進員');
  assert.equal(r?.perUnit, '課');
  assert.equal(r?.appointedBy, '情報セキュリティ管理者');
  assert.deepEqual(r?.reportsTo, ['ネットワーク管理者']);
});

test('[R-B1] seed 001: 重要性 I/II/III in order, II designated by the 管理者 or the 責任者', () => {
  const scheme = get('001').analysis.classification;
  assert.deepEqual(scheme?.axes, ['重要性']);
  assert.deepEqual(
    scheme?.levels.map((l) => [l.axis, l.label, l.rank]),
    get('001').expected.classification?.levels,
  );
  assert.match(
    scheme?.levels[0].definition ?? '',
    /^個人情報及び業務上必要とする最小限の者のみが扱うデータ$/,
  );
  assert.deepEqual(scheme?.designators, ['情報セキュリティ管理者(係長)', '情報セキュリティ責任者(次長)']);
  const carry = get('001').analysis.obligations.find((o) => o.path === '第2章/2./(2)/⑧/(イ)');
  assert.deepEqual(carry?.levels, ['重要性I', '重要性II']);
  assert.equal(carry?.condition, '重要性I及び重要性IIの情報資産を運搬する');
});

test('[R-B13] seeds 000 and 004 classify by three axes without levels, with a warning', () => {
  for (const seed of ['000', '004']) {
    const { analysis } = get(seed);
    assert.deepEqual(analysis.classification?.axes, ['機密性', '完全性', '可用性']);
    assert.deepEqual(analysis.classification?.levels, []);
    assert.ok(analysis.warningDetails.some((w) => w.code === 'policy.classification_levels_missing'));
  }
});

test('[R-B14] seed 003 takes its scheme from the basic policy: none in the text', () => {
  const { analysis } = get('003');
  assert.equal(analysis.classification, null);
  assert.ok(analysis.warningDetails.some((w) => w.code === 'policy.classification_external'));
  assert.equal(get('002').analysis.classification, null);
});

test('[R-C1] [R-C2] [R-C3] [R-C4] segments and their crossing rules', () => {
  const rules = (seed: string) => get(seed).analysis.segmentRules.map((r) => `${r.segment}:${r.kind}`);
  assert.ok(rules('001').includes('LGWAN接続系:dedicated_terminal'));
  for (const seed of ['000', '001', '002', '004'])
    assert.ok(rules(seed).includes('インターネット接続系:monitoring'), seed);
  for (const seed of ['002', '004']) {
    for (const kind of ['isolation', 'no_export', 'mfa'])
      assert.ok(rules(seed).includes(`マイナンバー利用事務系:${kind}`));
  }
  assert.ok(rules('004').includes('LGWAN接続系:split'));
  assert.ok(rules('004').includes('LGWAN接続系:sanitized_transfer'));
});

test('[R-H2] seed 001: the thirteen contract clauses ア–ス are a list on the obligation', () => {
  const o = get('001').analysis.obligations.find((x) => x.path === '第2章/8./(1)/②');
  assert.equal(o?.list?.length, 13);
  assert.equal(o?.list?.[0], '情報セキュリティポリシー及び情報セキュリティ実施手順の遵守');
  assert.deepEqual(o?.actors, ['情報セキュリティ管理者(係長)', '情報システム担当者']);
});

test('[R-A3] seed 001: the emergency plan must contain three things, listed on the obligation', () => {
  const o = get('001').analysis.obligations.find((x) => x.path === '第2章/7./(3)/②');
  assert.equal(o?.modality, 'must');
  assert.deepEqual(o?.list, [
    '発生した事案に係る報告すべき事項',
    '発生した事案への対応措置',
    '再発防止措置の策定',
  ]);
});

test('typos and undefined roles in seed 001 are resolved or reported', () => {
  const { analysis } = get('001');
  const o = analysis.obligations.find((x) => x.path === '第2章/6./(5)/③');
  assert.deepEqual(o?.actors, ['情報セキュリティ管理者(係長)', '情報システム担当者']);
  assert.ok(analysis.warnings.some((w) => w.includes('情報情報システム担当者')));
  assert.ok(analysis.warnings.some((w) => w.includes('統括情報セキュリティ責任者(次長)')));
  assert.ok(!analysis.warnings.some((w) => w.includes('他情報セキュリティ')));
});

test('the analysis is plain JSON', () => {
  const a = get('001').analysis;
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
});
