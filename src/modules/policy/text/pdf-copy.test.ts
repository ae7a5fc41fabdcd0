/** Text copied out of a PDF: page furniture, hard wraps, full-width digits and drawn tables. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flatten, parseClauses } from '../parse/clauses.ts';
import { normalizeText } from './normalize.ts';

const PDF_COPY = `東浜町情報セキュリティ基本方針

目　次

１　目的　……………………………………………　１
２　定義　……………………………………………　１
３　組織体制　…………………………………………　２

１　目的
　この基本方針は、東浜町（以下「町」という。）が保有する情報資産の機密性、完全性及び
可用性を維持するため、町が実施する情報セキュリティ対策について基本的な事項を定めるこ

とを目的とする。
２　定義
（１）　情報資産　町が保有する情報及び情報システムをいう。
（２）　職員等　職員、会計年度任用職員及び派遣職員をいう。

－１－
東浜町情報セキュリティ基本方針
３　組織体制
（１）　町に最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、副町長をもっ
て充てる。
（２）　ＣＩＳＯは、町における全ての情報資産の管理及び情報セキュリティ対策に関する最終
決定権限及び責任を有する。
（３）　情報資産は、次の表により分類する。
┌────┬──────────────────────┐
│分類　　│定義　　　　　　　　　　　　　　　　　　　　　│
├────┼──────────────────────┤
│重要度Ａ│個人情報及び秘密文書に相当する機密性を要す　　│
│　　　　│る情報資産　　　　　　　　　　　　　　　　　　│
├────┼──────────────────────┤
│重要度Ｂ│公表することを前提としていない情報資産　　　　│
├────┼──────────────────────┤
│重要度Ｃ│重要度Ａ及びＢ以外の情報資産　　　　　　　　　│
└────┴──────────────────────┘
－２－
東浜町情報セキュリティ基本方針
４　職員等の遵守義務
　職員等は、情報セキュリティポリシーを遵守しなければならない。
2/3
東浜町情報セキュリティ基本方針
５　評価
（１）　監査の結果は、記録しなければならない。
- 3 -
`;

test('[R-P1] a PDF copy: page numbers and running headers are dropped, hard wraps joined', () => {
  const n = normalizeText(PDF_COPY);
  const texts = n.lines.map((l) => l.text);
  assert.ok(!texts.some((t) => /^-\s*\d\s*-$|^2\/3$/.test(t)), texts.join('\n'));
  assert.equal(texts.filter((t) => t === '東浜町情報セキュリティ基本方針').length, 1, texts.join('\n'));
  assert.ok(
    texts.includes('(1) 町に最高情報セキュリティ責任者(以下「CISO」という。)を置き、副町長をもって充てる。'),
    texts.join('\n'),
  );
  assert.ok(
    texts.some((t) => t.endsWith('基本的な事項を定めることを目的とする。')),
    texts.join('\n'),
  );
});

test('[R-P1] a PDF copy: the tree, the 目次 with dot leaders and the box-drawn table', () => {
  const p = parseClauses(PDF_COPY);
  assert.deepEqual(
    p.toc.map((e) => `${e.label} ${e.title} ${e.page}`),
    ['1 目的 1', '2 定義 1', '3 組織体制 2'],
  );
  assert.deepEqual(
    flatten(p.tree).map((c) => c.path),
    ['1', '2', '2/(1)', '2/(2)', '3', '3/(1)', '3/(2)', '3/(3)', '4', '5', '5/(1)'],
  );
  const table = flatten(p.tree).find((c) => c.path === '3/(3)')?.tables?.[0];
  assert.deepEqual(table, [
    ['分類', '定義'],
    ['重要度A', '個人情報及び秘密文書に相当する機密性を要する情報資産'],
    ['重要度B', '公表することを前提としていない情報資産'],
    ['重要度C', '重要度A及びB以外の情報資産'],
  ]);
  assert.ok(!p.issues.some((i) => i.code === 'policy.toc_mismatch'), JSON.stringify(p.issues));
});

test('[R-P1] tables drawn with tabs or aligned with spaces become rows of cells', () => {
  const text = [
    '1 分類',
    '情報資産は、次のとおり分類する。',
    '機密性3\t個人情報を含む情報資産',
    '機密性2\t公開していない情報資産',
    '2 完全性',
    '完全性の分類は、次のとおりとする。',
    '完全性２　　　改ざんされた場合に重大な影響があるもの',
    '完全性１　　　完全性２以外のもの',
  ].join('\n');
  const p = parseClauses(text);
  assert.deepEqual(p.tree[0].tables?.[0], [
    ['機密性3', '個人情報を含む情報資産'],
    ['機密性2', '公開していない情報資産'],
  ]);
  assert.deepEqual(p.tree[1].tables?.[0], [
    ['完全性2', '改ざんされた場合に重大な影響があるもの'],
    ['完全性1', '完全性2以外のもの'],
  ]);
});
