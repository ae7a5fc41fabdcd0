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

test('[R-P1] a short PDF copy: the title repeated on every page is dropped from page 2 on, and a sentence runs across the page break', () => {
  const text = [
    '南川町情報セキュリティ基本方針',
    '1 目的',
    'この基本方針は、南川町が保有する情報資産の機密性、完全性及び可用性を維持するため、町が実施する対策について基本的な事項を定めるこ',
    '- 1 -',
    '南川町情報セキュリティ基本方針',
    'とを目的とする。',
    '2 職員の義務',
    '職員は、ポリシーを遵守しなければならない。',
    '- 2 -',
    '南川町情報セキュリティ基本方針',
    '3 見直し',
    '町長は、見直しを行うものとする。',
    '- 3 -',
  ].join('\n');
  const lines = normalizeText(text).lines.map((l) => l.text);
  assert.equal(lines[0], '南川町情報セキュリティ基本方針', 'the title stays');
  assert.equal(lines.filter((l) => l === '南川町情報セキュリティ基本方針').length, 1);
  assert.ok(
    lines.some((l) => l.endsWith('基本的な事項を定めることを目的とする。')),
    lines.join('\n'),
  );
});

test('[R-P1] a typed text with a 目次 of dot leaders: its long title and the date line below it stay lines of their own', () => {
  const text = `西ヶ原地域消防事務共同処理協議会情報セキュリティ対策基準実施要領

令和９年２月１５日
協議会告示第４号

目次
１　組織体制……………………………………………………１
１－１　統括責任者…………………………………………１
１－２　管理者………………………………………………２
２　情報資産の管理…………………………………………２
２－１　分類………………………………………………２
２－２　持出し……………………………………………３
３　物理的対策………………………………………………３
３－１　サーバ室…………………………………………３
４　人的対策…………………………………………………４
４－１　研修………………………………………………４

１　組織体制
１－１　統括責任者
（１）　協議会に統括責任者を置き、会長をもって充てる。
`;
  const lines = normalizeText(text).lines.map((l) => l.text);
  assert.deepEqual(lines.slice(0, 3), [
    '西ヶ原地域消防事務共同処理協議会情報セキュリティ対策基準実施要領',
    '令和9年2月15日',
    '協議会告示第4号',
  ]);
  assert.deepEqual(parseClauses(text).preamble.slice(0, 3), lines.slice(0, 3));
});

test('[R-P1] a PDF line cut after a particle goes on, even when Latin letters make it short: 「…はCSIRTに」+「報告しなければならない。」', () => {
  const wrapped = Array.from(
    { length: 12 },
    (_, i) =>
      `（${i + 1}）　職員は、端末の画面を離席の際に施錠し、第三者に見られないよう\n管理しなければならない。`,
  ).join('\n');
  const text = `４　インシデントの報告\n${wrapped}\n（１３）　SOCは、検知の内容を管理者に伝え、重大なものはCSIRTに\n報告しなければならない。\n`;
  const lines = normalizeText(text).lines.map((l) => l.text);
  assert.ok(
    lines.includes('(13) SOCは、検知の内容を管理者に伝え、重大なものはCSIRTに報告しなければならない。'),
    String(lines.at(-1)),
  );
});

test('[R-P1] full-width letters broken across a PDF line join with no space (「ＣＩ」+「ＳＯ」); half-width words keep theirs', () => {
  const wrapped = Array.from(
    { length: 12 },
    (_, i) =>
      `（${i + 1}）　職員は、端末の画面を離席の際に施錠し、第三者に見られないよう\n管理しなければならない。`,
  ).join('\n');
  const text = `４　例外措置\n${wrapped}\n（１３）　課長は、この基準によることが困難なときは、あらかじめＣＩ\nＳＯの許可を得て、例外措置をとることができる。\n（１４）　職員は、業務に使う端末のソフトウェアを常に最新のものとし、Windows\nUpdateを止めてはならない。\n`;
  const lines = normalizeText(text).lines.map((l) => l.text);
  assert.ok(
    lines.includes(
      '(13) 課長は、この基準によることが困難なときは、あらかじめCISOの許可を得て、例外措置をとることができる。',
    ),
    lines.slice(-2).join('\n'),
  );
  assert.ok(lines.at(-1)?.includes('Windows Update'), String(lines.at(-1)));
});

test('[R-P1] a cover page’s 「制定　令和…」「施行　令和…」 lines stay lines of their own in a wrapped PDF copy', () => {
  const wrapped = 'この基準は、組合が保有する情報資産を守るために必要な事項を定めることを目的とす';
  const text = `しおかぜ地区衛生処理組合情報セキュリティ対策基準

しおかぜ地区衛生処理組合

制定　令和７年３月２４日
施行　令和７年４月１日

１　総則
${wrapped}
る。職員は、この基準を遵守しなければならない。この基準は、全ての職員に適用す
る。
`;
  const lines = normalizeText(text).lines.map((l) => l.text);
  assert.ok(lines.includes('制定令和7年3月24日'), lines.join('|'));
  assert.ok(lines.includes('施行令和7年4月1日'), lines.join('|'));
});
