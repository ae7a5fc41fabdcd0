import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from './analyze.ts';
import { V1 } from './corrections.test-support.ts';
import { anchorOf } from './corrections.ts';
import { flatten } from './parse/clauses.ts';
import type { PolicyAnalysis, PolicyCorrection } from './types.ts';

const node = (a: PolicyAnalysis, path: string) => {
  const n = flatten(a.tree).find((x) => x.path === path);
  if (!n) throw new Error(path);
  return n;
};

/** What a reviewer corrected on version 1. */
function reviewOf(a: PolicyAnalysis): PolicyCorrection[] {
  const kept = node(a, '第4条/2');
  const target = node(a, '第5条');
  return [
    // 第4条 2 was really about 第5条: moved there (its level follows from its new parent).
    {
      kind: 'clause',
      anchor: anchorOf(kept),
      path: kept.path,
      parent: { anchor: anchorOf(target), path: target.path },
    },
    { kind: 'clause', anchor: anchorOf(target), path: target.path, title: '職員の教育' },
    { kind: 'role', name: '情報セキュリティ管理者', post: '各課の長', tier: 2 },
    { kind: 'role', name: '情報セキュリティ責任者', tier: 1, aliases: ['責任者'] },
    {
      kind: 'actor',
      anchor: anchorOf(kept),
      path: kept.path,
      sentence: '記録は、5年間保存しなければならない。',
      actors: ['情報セキュリティ管理者'],
    },
    { kind: 'level', axis: '機密性', label: '1', rank: 1 },
  ];
}

test('[R-P1] corrections change a clause parent and title, a role, an actor and a level; the analysis stays plain JSON', () => {
  const before = analyzePolicy(V1);
  assert.match(node(before, '第4条/2').why, /第4条/);
  const a = analyzePolicy(V1, { corrections: reviewOf(before) });
  assert.equal(a.correctionsApplied, 6);
  assert.ok(
    a.clauses.some((c) => c.path === '第5条/2'),
    JSON.stringify(a.clauses.map((c) => c.path)),
  );
  assert.ok(!a.clauses.some((c) => c.path === '第4条/2'));
  assert.equal(node(a, '第5条/2').depth, 2);
  assert.equal(node(a, '第5条').title, '職員の教育');
  const kanri = a.roles.find((r) => r.name === '情報セキュリティ管理者');
  assert.equal(kanri?.post, '各課の長');
  assert.equal(kanri?.tier, 2);
  assert.deepEqual(a.roles.find((r) => r.name === '情報セキュリティ責任者')?.aliases, ['責任者']);
  const kept = a.obligations.find((o) => o.text.startsWith('記録は'));
  assert.equal(kept?.path, '第5条/2', 'the obligation follows its clause');
  assert.deepEqual(kept?.actors, ['情報セキュリティ管理者']);
  assert.equal(kept?.actorFrom, 'corrected');
  assert.deepEqual(
    a.classification?.levels.map((l) => `${l.axis}${l.label}:${l.rank}`),
    ['機密性1:1', '機密性3:2', '機密性2:3'],
  );
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
});

test('[R-P1] corrections apply again to the next version where the text did not change, and say where it did', () => {
  const v1 = analyzePolicy(V1);
  const review = reviewOf(v1);
  // Version 2 inserts an article (numbers shift) and rewrites the 記録 paragraph.
  const v2Text = V1.replace(
    '（教育）',
    '（返却）\n第４条の２　職員は、持ち出した情報資産を速やかに返却しなければならない。\n（教育）',
  ).replace('２　記録は、５年間保存しなければならない。', '２　記録は、１０年間保存しなければならない。');
  const v2 = analyzePolicy(v2Text, { corrections: review });
  assert.equal(node(v2, '第5条').title, '職員の教育', 'the unchanged 第5条 keeps its corrected title');
  assert.equal(v2.roles.find((r) => r.name === '情報セキュリティ管理者')?.post, '各課の長');
  const stale = v2.warningDetails.filter((w) => w.code === 'policy.correction_unmatched');
  assert.equal(stale.length, 2, JSON.stringify(stale));
  assert.ok(stale.every((w) => w.path === '第4条/2'));
  assert.ok(
    v2.clauses.some((c) => c.path === '第4条/2'),
    'the rewritten paragraph stays where the text puts it',
  );
  assert.equal(v2.correctionsApplied, 4);
});

test('[R-P1] an obligation correction sets its modality and approver; the corrections that did not apply are named by position', () => {
  const v1 = analyzePolicy(V1);
  const kept = node(v1, '第4条/2');
  const takeOut = node(v1, '第4条');
  const corrections: PolicyCorrection[] = [
    {
      kind: 'actor',
      anchor: anchorOf(takeOut),
      path: takeOut.path,
      sentence: v1.obligations.find((o) => o.path === '第4条')?.text ?? '',
      approver: ['情報セキュリティ責任者'],
    },
    {
      kind: 'actor',
      anchor: anchorOf(kept),
      path: kept.path,
      sentence: '記録は、5年間保存しなければならない。',
      modality: 'endeavor',
    },
    { kind: 'role', name: '存在しない役割', post: '課長' },
  ];
  const a = analyzePolicy(V1, { corrections });
  const ob = a.obligations.find((o) => o.path === '第4条');
  assert.deepEqual(ob?.approver, ['情報セキュリティ責任者']);
  assert.equal(ob?.approverByLevel, undefined);
  assert.equal(a.obligations.find((o) => o.text.startsWith('記録は'))?.modality, 'endeavor');
  assert.deepEqual(a.correctionsUnmatched, [2]);
  assert.equal(a.correctionsApplied, 2);
});

test('[R-P1] a classification axis renamed: its levels, and the levels and approvers by level of the obligations, follow', () => {
  const text = V1.replace(
    '２　記録は、５年間保存しなければならない。',
    '２　機密性３の情報資産にあっては情報セキュリティ責任者、機密性２の情報資産にあっては情報セキュリティ管理者の許可を得なければならない。',
  );
  const before = analyzePolicy(text);
  const rule = before.obligations.find((o) => o.path === '第4条/2');
  assert.deepEqual(rule?.approverByLevel, {
    機密性3: ['情報セキュリティ責任者'],
    機密性2: ['情報セキュリティ管理者'],
  });
  const corrections: PolicyCorrection[] = [
    { kind: 'axis', axis: '機密性', name: '秘密性' },
    // A later correction names the axis by its new name.
    { kind: 'level', axis: '秘密性', label: '1', definition: 'その他の情報資産（公開情報を含む）' },
  ];
  const after = analyzePolicy(text, { corrections });
  assert.deepEqual(after.classification?.axes, ['秘密性']);
  assert.deepEqual(
    after.classification?.levels.map((l) => `${l.axis}${l.label}:${l.rank}`),
    ['秘密性3:1', '秘密性2:2', '秘密性1:3'],
  );
  assert.equal(after.classification?.levels[2].definition, 'その他の情報資産（公開情報を含む）');
  const renamed = after.obligations.find((o) => o.path === '第4条/2');
  assert.deepEqual(renamed?.approverByLevel, {
    秘密性3: ['情報セキュリティ責任者'],
    秘密性2: ['情報セキュリティ管理者'],
  });
  assert.deepEqual(renamed?.levels, ['秘密性3', '秘密性2']);
  assert.deepEqual([after.correctionsApplied, after.correctionsUnmatched], [2, []]);
  // An axis the reading does not have is not applied, and said so.
  const missing = analyzePolicy(text, { corrections: [{ kind: 'axis', axis: '完全性', name: '正確性' }] });
  assert.deepEqual(missing.correctionsUnmatched, [0]);
  assert.deepEqual(missing.classification?.axes, ['機密性']);
  assert.ok(missing.warnings.some((w) => w.includes('分類の観点「完全性」')));
});
