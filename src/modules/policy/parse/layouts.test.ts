/** The clause tree of each common layout, on short snippets written for these tests. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flatten, parseClauses } from './clauses.ts';

const paths = (text: string) => flatten(parseClauses(text).tree).map((n) => n.path);
const headings = (text: string) =>
  flatten(parseClauses(text).tree)
    .filter((n) => n.title !== undefined)
    .map((n) => `${n.path} ${n.title}`);

const KUNREI = `○北山町情報セキュリティ対策基準
令和7年3月28日
訓令第5号
（目的）
第１条　この訓令は、北山町の情報資産を守るため、必要な事項を定めるものとする。
（定義）
第２条　この訓令において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）　情報資産　町が保有する情報をいう。
（２）　職員等　職員及び会計年度任用職員をいう。
２　前項に定めるもののほか、用語の意義は基本方針の例による。
３　前２項の規定は、議会事務局に準用する。
（最高情報セキュリティ責任者）
第３条　町に最高情報セキュリティ責任者を置き、副町長をもって充てる。
２　最高情報セキュリティ責任者は、次に掲げる事務を行う。
（１）　情報セキュリティ対策の総括
ア　方針の決定
イ　体制の整備
（２）　情報セキュリティインシデントへの対応
附　則
この訓令は、令和7年4月1日から施行する。
`;

test('[R-P1] 訓令: captions above articles, 項 2/3 continue the article after its 号 list', () => {
  assert.deepEqual(paths(KUNREI), [
    '第1条',
    '第2条',
    '第2条/(1)',
    '第2条/(2)',
    '第2条/2',
    '第2条/3',
    '第3条',
    '第3条/2',
    '第3条/2/(1)',
    '第3条/2/(1)/ア',
    '第3条/2/(1)/イ',
    '第3条/2/(2)',
    '附則',
  ]);
  assert.deepEqual(headings(KUNREI), [
    '第1条 目的',
    '第2条 定義',
    '第3条 最高情報セキュリティ責任者',
    '第3条/2/(1) 情報セキュリティ対策の総括',
  ]);
});

const KITEI = `南川市情報セキュリティ規程
目次
第1章 総則（第1条・第2条）
第2章 組織
第1節 推進体制（第3条―第5条）
第2節 委員会（第6条）
第3章 情報資産の管理（第7条）
附則
第1章 総則
（趣旨）
第1条 この規程は、情報セキュリティに関し必要な事項を定めるものとする。
（定義）
第2条 用語の意義は、基本方針の例による。
第2章 組織
第1節 推進体制
（最高情報セキュリティ責任者）
第3条 最高情報セキュリティ責任者は、副市長をもって充てる。
（統括情報セキュリティ責任者）
第4条 統括情報セキュリティ責任者は、総務部長をもって充てる。
（情報セキュリティ管理者）
第5条 情報セキュリティ管理者は、課長をもって充てる。
第2節 委員会
（情報セキュリティ委員会）
第6条 市に、情報セキュリティ委員会を置く。
第1款 構成
第6条の2 委員会は、別表第1に掲げる者をもって組織する。
第3章 情報資産の管理
（分類）
第7条 情報資産は、機密性により分類する。
附 則
１ この規程は、令和7年4月1日から施行する。
２ 南川市情報セキュリティ要綱は、廃止する。
別表第1（第6条の2関係）
委員長	副市長
委員	各部長
`;

test('[R-P1] 規程: 目次 kept apart, 章/節/款 hold their articles, 附則 has its own 項, 別表 is a table', () => {
  const p = parseClauses(KITEI);
  assert.deepEqual(
    p.toc.map((e) => `${e.label} ${e.title}`),
    ['第1章 総則', '第2章 組織', '第1節 推進体制', '第2節 委員会', '第3章 情報資産の管理', '附則 '],
  );
  assert.deepEqual(paths(KITEI), [
    '第1章',
    '第1章/第1条',
    '第1章/第2条',
    '第2章',
    '第2章/第1節',
    '第2章/第1節/第3条',
    '第2章/第1節/第4条',
    '第2章/第1節/第5条',
    '第2章/第2節',
    '第2章/第2節/第6条',
    '第2章/第2節/第1款',
    '第2章/第2節/第1款/第6条の2',
    '第3章',
    '第3章/第7条',
    '附則',
    '附則/1',
    '附則/2',
    '別表第1',
  ]);
  assert.ok(!p.issues.some((i) => i.code === 'policy.toc_mismatch'), JSON.stringify(p.issues));
  const appendix = p.tree.find((n) => n.label.startsWith('別表第1'));
  assert.deepEqual(appendix?.tables?.[0], [
    ['委員長', '副市長'],
    ['委員', '各部長'],
  ]);
});

const DASH = `東山広域連合情報セキュリティ対策基準
1 組織体制
1―1 最高情報セキュリティ責任者
(1) 連合長は、CISOを置く。
1―2 統括情報セキュリティ責任者
統括情報セキュリティ責任者は、事務局長をもって充てる。
2 情報資産の分類と管理
2―1 分類
2−1−1 機密性による分類
① 機密性3の情報資産は、厳重に管理しなければならない。
(ア) 保管場所を施錠すること。
2−1−2 完全性による分類
2‐2 管理
(1) 管理者は、台帳を整備しなければならない。
`;

test('[R-P1] guideline dash numbering: 1―1 and 2−1−1 with any dash nest by their parts', () => {
  assert.deepEqual(paths(DASH), [
    '1',
    '1/1-1',
    '1/1-1/(1)',
    '1/1-2',
    '2',
    '2/2-1',
    '2/2-1/2-1-1',
    '2/2-1/2-1-1/①',
    '2/2-1/2-1-1/①/(ア)',
    '2/2-1/2-1-2',
    '2/2-2',
    '2/2-2/(1)',
  ]);
  assert.ok(headings(DASH).includes('2/2-1/2-1-1 機密性による分類'));
});

const DASH_UNDER_LINES = `東浜衛生組合情報セキュリティ対策基準
Ⅰ　総則
１－１　目的
　この基準は、組合の情報資産を守るために必要な事項を定める。
１－２　管理
１－２－１　課長は、台帳を整備しなければならない。
１－２－２　職員は、台帳に従わなければならない。
Ⅱ　物理的対策
２－１　機器室
　課長は、機器室を施錠しなければならない。
２－２　端末
２－２－１　職員は、端末を持ち出してはならない。
Ⅲ　技術的対策
３－１　認証
（１）　課長は、利用者を登録しなければならない。
３－２　記録
`;

test('[R-P1] dash items under unnumbered chapter lines: 2-1 after 1-2-2 is the next item of 1-2, not a list inside 1-2-2', () => {
  assert.deepEqual(paths(DASH_UNDER_LINES), [
    '1-1',
    '1-2',
    '1-2/1-2-1',
    '1-2/1-2-2',
    '2-1',
    '2-2',
    '2-2/2-2-1',
    '3-1',
    '3-1/(1)',
    '3-2',
  ]);
});

const PART_LINES = `西浜水防組合情報管理基準
その１　総則
１　対象
　この基準の対象とする情報は、次のとおりとする。
（１）　水位の観測に用いる機器及びその記録
（２）　前号の記録を印刷した文書及び関連する設計書

その２　体制
２　管理者
（１）　事務局長をもって管理者に充てる。
`;

test('[R-P1] the last item under 「次のとおりとする」, with an unnumbered part line below it, is a list item, not a heading', () => {
  assert.deepEqual(headings(PART_LINES), ['1 対象', '2 管理者']);
});

const DOTTED = `西谷町情報セキュリティ対策基準
1. 組織体制
1.1 最高情報セキュリティ責任者
1.1.1 設置
町長は、最高情報セキュリティ責任者を置く。
1.1.(1) 役割
(1) 最高情報セキュリティ責任者は、対策を統括する。
1.2 情報セキュリティ管理者
2. 物理的セキュリティ
2.1 サーバ
① サーバは管理区域に設置しなければならない。
`;

test('[R-P1] guideline dotted numbering: 1.1, 1.1.1 and 1.1.(1)', () => {
  assert.deepEqual(paths(DOTTED), [
    '1.',
    '1./1.1',
    '1./1.1/1.1.1',
    '1./1.1/1.1.(1)',
    '1./1.1/1.1.(1)/(1)',
    '1./1.2',
    '2.',
    '2./2.1',
    '2./2.1/①',
  ]);
});

const FLAT = `1. 組織体制
(1) 責任者
① 責任者は、対策を統括する。
(ア) 報告を受けること。
② 責任者は、監査を命ずる。
2. 物理的セキュリティ
① 職員は、施錠しなければならない。
(1) 管理区域
① 管理区域を定めること。
3. 人的セキュリティ
(ア) 職員は、研修を受けること。
(イ) 職員は、報告すること。
`;

test('[R-P1] flat style with skipped levels: an order shown once is kept where a level is skipped', () => {
  assert.deepEqual(paths(FLAT), [
    '1.',
    '1./(1)',
    '1./(1)/①',
    '1./(1)/①/(ア)',
    '1./(1)/②',
    '2.',
    '2./①',
    '2./(1)',
    '2./(1)/①',
    '3.',
    '3./(ア)',
    '3./(イ)',
  ]);
});

const LAW = `（禁止行為）
第10条 職員は、次に掲げる行為をしてはならない。
一 許可なく情報資産を持ち出すこと。
二 次に掲げる機器を接続すること。
イ 私物の端末
ロ 許可のない記録媒体
ハ その他の機器
十 その他前各号に準ずる行為
十一 前各号に掲げるもののほか、不正な行為
２ 前項の規定に違反した職員は、処分の対象とする。
`;

test('[R-P1] law style: 号 in kanji up to 十一, items イロハ, then 項 2', () => {
  const p = parseClauses(LAW);
  assert.deepEqual(
    flatten(p.tree).map((n) => n.path),
    [
      '第10条',
      '第10条/一',
      '第10条/二',
      '第10条/二/イ',
      '第10条/二/ロ',
      '第10条/二/ハ',
      '第10条/十',
      '第10条/十一',
      '第10条/2',
    ],
  );
  const gaps = p.issues.filter((i) => i.code === 'policy.numbering_gap' && i.path?.startsWith('第10条/'));
  assert.deepEqual(
    gaps.map((i) => i.message),
    ['第10条で番号「三〜九」が抜けています（「十」の前）。'],
  );
});

test('a number the text really repeats gets a warning naming both lines, and paths stay unique', () => {
  const text = ['1 目的', '目的を定める。', '2 範囲', '範囲を定める。', '2 組織', '組織を定める。'].join(
    '\n',
  );
  const p = parseClauses(text);
  const all = flatten(p.tree).map((n) => n.path);
  assert.equal(new Set(all).size, all.length);
  const dup = p.issues.find((i) => i.code === 'policy.duplicate_number');
  assert.ok(dup, JSON.stringify(p.issues));
  assert.match(dup.message, /3行目/);
  assert.match(dup.message, /5行目/);
});

test('[R-P1] 要綱 style 第N with the title on its label line, the text below it and inserted 第N の2', () => {
  const text = `海風町情報セキュリティ基本方針
第１　趣旨
　この基本方針は、海風町の情報資産を守るため、基本的な事項を定める。
第２　職員の責務
１　職員は、この基本方針を遵守しなければならない。
２　職員は、研修を受講しなければならない。
第２の２　外部記録媒体
　職員は、許可のない外部記録媒体を使用してはならない。
第３　この基本方針は、令和7年4月1日から施行する。
`;
  assert.deepEqual(headings(text), ['第1 趣旨', '第2 職員の責務', '第2の2 外部記録媒体']);
  assert.deepEqual(paths(text), ['第1', '第2', '第2/1', '第2/2', '第2の2', '第3']);
});

test('[R-P1] a caption written in katakana (「(ログ)」) names the article below it; 「(ア)」 stays an item', () => {
  const text = `(ログ)
第1条 システム管理者は、操作の記録を取得しなければならない。
(バックアップ)
第2条 システム管理者は、次に掲げる措置を講じなければならない。
(ア) 毎日の取得
(イ) 媒体の保管
`;
  assert.deepEqual(headings(text), ['第1条 ログ', '第2条 バックアップ']);
  assert.deepEqual(paths(text), ['第1条', '第2条', '第2条/(ア)', '第2条/(イ)']);
});

test("項 numbered with circled digits: a first ② after a 号 list in kanji is the article's second 項", () => {
  assert.deepEqual(
    paths(`（目的）
第１条　この規程は、情報の取扱いを定める。
（区分）
第２条　情報は、次のとおり区分する。
一　秘密情報　漏えいにより支障があるもの
二　一般情報　秘密情報以外のもの
②　課長は、情報の区分を決定しなければならない。
③　職員は、区分を表示しなければならない。
`),
    ['第1条', '第2条', '第2条/一', '第2条/二', '第2条/②', '第2条/③'],
  );
});

test('[R-P1] 基本方針 with each item’s title on the line with its text: the title is a heading, the text under it', () => {
  const text = `情報セキュリティ基本方針
１．趣旨　この方針は、組合が保有する情報資産の安全を確保するために必要な事項を定める。
２．対象者　この方針は、組合の全ての職員に適用する。
３．遵守義務　職員は、この方針を守らなければならない。
４．定義
（１）情報資産　組合が保有する情報及び情報システムをいう。
（２）職員　組合の役員及び職員をいう。
`;
  assert.deepEqual(headings(text), ['1. 趣旨', '2. 対象者', '3. 遵守義務', '4. 定義']);
  const tree = flatten(parseClauses(text).tree);
  assert.equal(tree.find((n) => n.path === '3.')?.text, '職員は、この方針を守らなければならない。');
  // A term and its definition stay an item.
  assert.equal(tree.find((n) => n.path === '4./(1)')?.title, undefined);
});
