/** Approvers in the other places bodies write them: a column of the levels table, provisos that say how the role checked. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const ROLES = `1 体制
1.1 総括責任者
(1) 組合に総括責任者を置き、事務局長をもって充てる。
1.2 管理責任者
(1) 課に管理責任者を置き、課長をもって充てる。
(2) 管理責任者は、総括責任者を補佐する。
`;

test('approvers in a column of the levels table that a later sentence names (「2.1の表の…欄」), 「－」 = none', () => {
  const a = analyzePolicy(`${ROLES}2 情報資産
2.1 分類
(1) 情報資産は、次の表のとおり分類し、複製及び送付の許可をする者は、同表に定めるとおりとする。
┌────┬──────┬──────┬──────┐
│区分　　│内容　　　　│複製の許可　│送付の許可　│
├────┼──────┼──────┼──────┤
│重要度Ａ│個人情報　　│総括責任者　│総括責任者　│
├────┼──────┼──────┼──────┤
│重要度Ｂ│内部の資料　│管理責任者　│総括責任者　│
├────┼──────┼──────┼──────┤
│重要度Ｃ│公表資料　　│－　　　　　│管理責任者　│
└────┴──────┴──────┴──────┘
2.2 複製
(1) 職員は、情報資産を複製するときは、2.1の表の区分に応じ、同表の複製の許可欄に掲げる者の許可を得なければならない。
2.3 送付
(1) 職員は、情報資産を外部に送付するときは、2.1の表の区分に応じ、同表の送付の許可欄に掲げる者の許可を得なければならない。
`);
  const copy = a.obligations.find((o) => o.text.includes('複製するとき'));
  assert.deepEqual(copy?.approverByLevel, { 重要度A: ['総括責任者'], 重要度B: ['管理責任者'] });
  const send = a.obligations.find((o) => o.text.includes('送付するとき'));
  assert.deepEqual(send?.approverByLevel, {
    重要度A: ['総括責任者'],
    重要度B: ['総括責任者'],
    重要度C: ['管理責任者'],
  });
});

test('a proviso that says how the role checked before allowing, and one that refers to the role as その', () => {
  const a = analyzePolicy(`${ROLES}2 利用
(1) 職員は、端末に外部の機器を接続してはならない。ただし、総括責任者が機器の種類及び接続の方法を確認して許可した場合は、この限りでない。
(2) 職員は、住民の個人情報を電子メールで送信してはならない。ただし、管理責任者が定める暗号化の措置を講じて、その許可を得た場合は、この限りでない。
(3) 職員は、私物の機器を使用してはならない。ただし、送信の内容を二人で確認した場合は、この限りでない。
(4) 職員は、業務の記録を外部の記憶装置に複写してはならない。ただし、管理責任者が複写の目的を確認し、許可したときは、この限りでない。
`);
  const approver = (part: string) => a.obligations.find((o) => o.text.includes(part))?.approver;
  assert.deepEqual(approver('外部の機器'), ['総括責任者']);
  assert.deepEqual(approver('電子メール'), ['管理責任者']);
  assert.equal(approver('私物'), undefined);
  assert.deepEqual(approver('業務の記録'), ['管理責任者']);
});

const LEVELS = `3 情報資産の分類
(1) 情報資産は、その機密性に応じ、次のとおり分類する。
① 機密性３ 住民の個人情報その他漏えいにより権利利益を害するおそれのあるもの
② 機密性２ 公表していないもの
③ 機密性１ 機密性３及び機密性２以外のもの
`;

test('approvers by level as （ア）（イ） items under the permission sentence (「それぞれ次に定める者の許可」)', () => {
  const a = analyzePolicy(`${ROLES}${LEVELS}4 取扱い
(1) 職員は、機密性２以上の情報資産を庁舎の外に運び出すときは、次の区分に応じ、それぞれ次に定める者の許可を得なければならない。
（ア） 機密性３の情報資産 総括責任者
（イ） 機密性２の情報資産 管理責任者
(2) 職員は、運び出した情報資産を放置してはならない。
`);
  const out = a.obligations.find((o) => o.text.includes('運び出すとき'));
  assert.deepEqual(out?.approverByLevel, { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] });
  assert.ok(!a.obligations.some((o) => o.text.startsWith('機密性3の情報資産')));
});

test('one sentence per level in one clause: each permission is approvers by level of its one level', () => {
  const a = analyzePolicy(`${ROLES}${LEVELS}4 複製
(1) 職員は、機密性３の情報資産を複製するときは、総括責任者の承認を得なければならない。職員は、機密性２の情報資産を複製するときは、管理責任者の承認を得なければならない。
(2) 職員は、機密性３の情報資産を廃棄するときは、管理責任者の許可を得なければならない。
(3) 職員は、機密性３又は機密性２の情報資産を外部に送信するときは、管理責任者の許可を得なければならない。
`);
  const ob = (part: string) => a.obligations.find((o) => o.text.includes(part));
  assert.deepEqual(ob('機密性3の情報資産を複製')?.approverByLevel, { 機密性3: ['総括責任者'] });
  assert.deepEqual(ob('機密性2の情報資産を複製')?.approverByLevel, { 機密性2: ['管理責任者'] });
  // A sentence alone, and one approver for two levels: the permission is still asked for the levels named only.
  assert.deepEqual(ob('廃棄')?.approverByLevel, { 機密性3: ['管理責任者'] });
  assert.deepEqual(ob('廃棄')?.approver, ['管理責任者']);
  assert.deepEqual(ob('送信')?.approverByLevel, { 機密性3: ['管理責任者'], 機密性2: ['管理責任者'] });
});

test('a third column of a box-drawn 別記 named by the sentence, where only one level needs a permission', () => {
  const a = analyzePolicy(`${ROLES}${LEVELS}4 取扱い
(1) 職員は、情報資産を複写するときは、別記の区分に応じ、同表の複写の欄に掲げる者の許可を得なければならない。
(2) 職員は、情報資産を消去するときは、別記の区分に応じ、同表の消去の欄に掲げる者の許可を得なければならない。
別記
┌────┬──────┬──────┬──────┐
│区分　　│貸出し　　　│複写　　　　│消去　　　　│
├────┼──────┼──────┼──────┤
│機密性３│総括責任者　│総括責任者　│管理責任者　│
├────┼──────┼──────┼──────┤
│機密性２│管理責任者　│管理責任者　│－　　　　　│
├────┼──────┼──────┼──────┤
│機密性１│－　　　　　│－　　　　　│－　　　　　│
└────┴──────┴──────┴──────┘
`);
  const ob = (part: string) => a.obligations.find((o) => o.text.includes(part));
  assert.deepEqual(ob('複写する')?.approverByLevel, { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] });
  assert.deepEqual(ob('消去する')?.approverByLevel, { 機密性3: ['管理責任者'] });
});

test('a transposed table below the sentences (levels as columns, acts as rows), 「次の表の…の欄」', () => {
  const a = analyzePolicy(`${ROLES}${LEVELS}4 取扱い
(1) 職員は、機密性２以上の情報資産を貸し出すときは、次の表の貸出しの欄に定める者の許可を得なければならない。
(2) 職員は、機密性２以上の情報資産を複写するときは、次の表の複写の欄に定める者の許可を得なければならない。
区分\t機密性３\t機密性２\t機密性１
貸出し\t総括責任者\t管理責任者\t－
複写\t管理責任者\t管理責任者\t－
(3) 職員は、貸し出した情報資産の返却を確認しなければならない。
`);
  const ob = (part: string) => a.obligations.find((o) => o.text.includes(part));
  assert.deepEqual(ob('貸し出すとき')?.approverByLevel, { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] });
  assert.deepEqual(ob('複写するとき')?.approverByLevel, { 機密性3: ['管理責任者'], 機密性2: ['管理責任者'] });
});

const ARTICLES = `第1条 組合に総括責任者を置き、事務局長をもって充てる。
2 課に管理責任者を置き、課長をもって充てる。
3 管理責任者は、総括責任者を補佐する。
第2条 情報資産は、その機密性に応じ、次のとおり分類する。
一 機密性３ 住民の個人情報その他漏えいにより権利利益を害するおそれのあるもの
二 機密性２ 公表していないもの
三 機密性１ 機密性３及び機密性２以外のもの
`;
const byLevel = (text: string) =>
  analyzePolicy(`${ARTICLES}${text}`)
    .obligations.filter((o) => o.text.includes('許可'))
    .map((o) => [o.path, o.approverByLevel ?? o.approver]);

test('law-style items: 「次の各号に掲げる区分に応じ、当該各号に定める者の許可」 over kanji 号', () => {
  assert.deepEqual(
    byLevel(`第3条 職員は、機密性２以上の情報資産を持ち出すときは、次の各号に掲げる区分に応じ、当該各号に定める者の許可を得なければならない。
一 機密性３の情報資産 総括責任者
二 機密性２の情報資産 管理責任者
第4条 職員は、持ち出した情報資産を放置してはならない。
`),
    [['第3条', { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] }]],
  );
});

test('a 別表 named by its place (「左欄に掲げる区分に応じ、同表の右欄に掲げる者」), and a column named with other kana, levels with words after them', () => {
  const right = `第3条 職員は、情報資産を持ち出すときは、別表の左欄に掲げる区分に応じ、同表の右欄に掲げる者の許可を得なければならない。
別表（第3条関係）
┌────┬──────┐
│区分　　│許可をする者│
├────┼──────┤
│機密性３│総括責任者　│
├────┼──────┤
│機密性２│管理責任者　│
└────┴──────┘
`;
  assert.deepEqual(byLevel(right), [['第3条', { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] }]]);
  const kana = `第3条 職員は、機密性２以上の情報資産を持ち出すときは、別表の区分に応じ、同表の持ち出しの欄に掲げる者の許可を得なければならない。
別表（第3条関係）
区分\t持出し\t外部提供
機密性３の情報資産\t総括責任者\t総括責任者
機密性２の情報資産\t管理責任者\t総括責任者
`;
  assert.deepEqual(byLevel(kana), [['第3条', { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] }]]);
});

test('one sentence per level in the next 項 of the article; a level named alone is that level’s permission', () => {
  assert.deepEqual(
    byLevel(`第3条 職員は、機密性３の情報資産を持ち出すときは、総括責任者の許可を得なければならない。
2 職員は、機密性２の情報資産を持ち出すときは、管理責任者の許可を得なければならない。
第4条 職員は、機密性３の情報資産を廃棄するときは、総括責任者の許可を得なければならない。
2 職員は、機密性２の情報資産を外部に提供するときは、管理責任者の許可を得なければならない。
`),
    [
      ['第3条', { 機密性3: ['総括責任者'] }],
      ['第3条/2', { 機密性2: ['管理責任者'] }],
      ['第4条', { 機密性3: ['総括責任者'] }],
      ['第4条/2', { 機密性2: ['管理責任者'] }],
    ],
  );
});

test('the 例規 bracket form: 「総括責任者（機密性２の情報資産にあっては、管理責任者）の許可」', () => {
  assert.deepEqual(
    byLevel(
      '第3条 職員は、機密性２以上の情報資産を持ち出すときは、総括責任者（機密性２の情報資産にあっては、管理責任者）の許可を得なければならない。\n',
    ),
    [['第3条', { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] }]],
  );
});

test('items that name the approver themselves under 「次に定めるところにより、許可を得なければならない」', () => {
  assert.deepEqual(
    byLevel(`第3条 職員は、機密性２以上の情報資産を持ち出すときは、次に定めるところにより、許可を得なければならない。
一 機密性３の情報資産にあっては、総括責任者の許可
二 機密性２の情報資産にあっては、管理責任者の許可
`),
    [['第3条', { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] }]],
  );
});

test("a table with one column per act, read in the column of the sentence's act, also from 「前条の表」", () => {
  assert.deepEqual(
    byLevel(`第3条 職員は、機密性２以上の情報資産を持ち出すときは、次の表に定める者の許可を得なければならない。
区分\t持出し\t外部への提供
機密性３\t総括責任者\t総括責任者
機密性２\t管理責任者\t総括責任者
第4条 職員は、機密性２以上の情報資産を外部に提供するときは、前条の表に定める者の許可を得なければならない。
`),
    [
      ['第3条', { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] }],
      ['第4条', { 機密性3: ['総括責任者'], 機密性2: ['総括責任者'] }],
    ],
  );
});

test('unnumbered lines under 「それぞれ次に定める者の許可」, and list items that each give one level its approver', () => {
  assert.deepEqual(
    byLevel(`第3条 職員は、機密性２以上の情報資産を持ち出すときは、次の区分に応じ、それぞれ次に定める者の許可を得なければならない。
機密性３の情報資産　総括責任者
機密性２の情報資産　管理責任者
第4条 職員は、持ち出した情報資産を放置してはならない。
`),
    [['第3条', { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] }]],
  );
  assert.deepEqual(
    byLevel(`第3条 職員は、情報資産を複写するときは、次のとおり許可を得なければならない。
一 機密性３の情報資産は、総括責任者の許可を得ること。
二 機密性２の情報資産は、管理責任者の許可を得ること。
`),
    [
      ['第3条', undefined],
      ['第3条/一', { 機密性3: ['総括責任者'] }],
      ['第3条/二', { 機密性2: ['管理責任者'] }],
    ],
  );
});

test('「それ以外の」 / 「その他の」 levels: the levels the sentence names that were not given an approver, else the rest of the axis', () => {
  assert.deepEqual(
    byLevel(
      '第3条 職員は、機密性２以上の情報資産を持ち出すときは、機密性３の情報資産にあっては総括責任者、それ以外の情報資産にあっては管理責任者の許可を得なければならない。\n',
    ),
    [['第3条', { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] }]],
  );
  assert.deepEqual(
    byLevel(
      '第3条 職員は、情報資産を複写するときは、機密性３の情報資産にあっては総括責任者の、その他の情報資産にあっては管理責任者の許可を得なければならない。\n',
    ),
    [['第3条', { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'], 機密性1: ['管理責任者'] }]],
  );
});

test('a table whose levels stand in a later column (情報の例 | 区分 | 持出し)', () => {
  assert.deepEqual(
    byLevel(`第3条 職員は、機密性２以上の情報資産を持ち出すときは、次の表の持出しの欄に掲げる者の許可を得なければならない。
情報の例\t区分\t持出し
住民票の写し\t機密性３\t総括責任者
会議の資料\t機密性２\t管理責任者
`),
    [['第3条', { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] }]],
  );
});

test('a table a PDF copy flattened to one cell per line under its caption (「表1」), named by the sentences above it', () => {
  const a = analyzePolicy(`${ROLES}2 情報資産
2.1 分類
(1) 情報資産は、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
2.2 取扱い
(1) 職員は、情報資産を複製するときは、表１の複製の欄に掲げる者の許可を得なければならない。
(2) 職員は、情報資産を外部に送付するときは、表１の送付の欄に掲げる者の許可を得なければならない。
表１　許可する者
区分
複製
送付
重要度Ａ
総括責任者
総括責任者
重要度Ｂ
管理責任者
総括責任者
(3) 職員は、情報資産を廃棄するときは、記録を残さなければならない。
`);
  const copy = a.obligations.find((o) => o.text.includes('複製するとき'));
  assert.deepEqual(copy?.approverByLevel, { 重要度A: ['総括責任者'], 重要度B: ['管理責任者'] });
  const send = a.obligations.find((o) => o.text.includes('送付するとき'));
  // The same approver for both levels, the sentence naming no level: one approver.
  assert.deepEqual(send?.approver, ['総括責任者']);
  assert.equal(send?.approverByLevel, undefined);
});

test('one sentence covering several acts over a box-drawn table with a column per act: approvers per act, 「－」 = none', () => {
  const a = analyzePolicy(`${ROLES}2 情報資産
2.1 分類
(1) 情報資産は、機密性３、機密性２及び機密性１に分類する。
2.2 取扱い
(1) 職員は、機密性２以上の情報資産を持ち出し、外部に提供し、又は複製しようとするときは、次の表に定める者の許可を得なければならない。
┌────┬──────┬──────┬──────┐
│区分　　│持出し　　　│外部提供　　│複製　　　　│
├────┼──────┼──────┼──────┤
│機密性３│総括責任者　│総括責任者　│管理責任者　│
├────┼──────┼──────┼──────┤
│機密性２│管理責任者　│総括責任者　│－　　　　　│
└────┴──────┴──────┴──────┘
`);
  const ob = a.obligations.find((o) => o.path === '2/2.2/(1)');
  assert.deepEqual(
    ob?.approvalsByAct?.map((x) => [x.act, x.topic ?? '', x.approverByLevel]),
    [
      ['持出し', 'take_out', { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] }],
      ['外部提供', 'external_provision', { 機密性3: ['総括責任者'], 機密性2: ['総括責任者'] }],
      ['複製', '', { 機密性3: ['管理責任者'] }],
    ],
  );
  // The sentence's own approvers stay those of the act its topic is.
  assert.deepEqual(
    ob?.approverByLevel,
    ob?.approvalsByAct?.find((x) => x.topic === ob.topic)?.approverByLevel,
  );
});

test('a proviso sentence 「ただし、…の許可を得た場合は、…できる」 gives its approver to the prohibition or restriction before it', () => {
  const a = analyzePolicy(`${ROLES}2 運用
2.1 送信
(1) 職員は、機密性３の情報資産を電子メールで外部に送信してはならない。ただし、総括責任者の許可を得た場合は、暗号化した上で送信することができる。
2.2 配信
(1) 会議に配信する資料は、機密性１の情報資産に限るものとする。ただし、管理責任者が特に必要と認めて許可したときは、閲覧のみの設定で配信することができる。
2.3 記録
(1) 職員は、記録を保存しなければならない。ただし、管理責任者の許可を得た場合は、保存を省略することができる。
`);
  const approverOf = (path: string) => a.obligations.find((o) => o.path === path)?.approver;
  assert.deepEqual(approverOf('2/2.1/(1)'), ['総括責任者']);
  assert.deepEqual(approverOf('2/2.2/(1)'), ['管理責任者']);
  // A plain duty is no prohibition: the proviso's leave stays with the proviso.
  assert.equal(approverOf('2/2.3/(1)'), undefined);
});
