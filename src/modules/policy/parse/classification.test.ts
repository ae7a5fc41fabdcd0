/** Classification axes and levels, segments and 施行 dates in the forms bodies write them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const levels = (text: string) =>
  analyzePolicy(text).classification?.levels.map((l) => `${l.axis}${l.label}:${l.rank}`) ?? null;

test('several axes at once, 2B above 2A in the order the text gives, from items and tab tables', () => {
  assert.deepEqual(
    levels(`1 分類
情報資産は、次のとおり分類する。
機密性３\t秘密文書に相当するもの
機密性２Ｂ\t個人情報を含むもの
機密性２Ａ\t公表を前提としないもの
機密性１\tその他のもの
2 完全性
(1) 完全性２ 改ざんにより重大な影響があるもの
(2) 完全性１ その他のもの
`),
    ['機密性3:1', '機密性2B:2', '機密性2A:3', '機密性1:4', '完全性2:1', '完全性1:2'],
  );
});

test('a box-drawn table whose header names the axis: 重要度 A/B/C', () => {
  assert.deepEqual(
    levels(`1 情報資産の分類
情報資産は、次の表により分類する。
┌──────┬────────────┐
│重要度　　│内容　　　　　　　　　　　　│
├──────┼────────────┤
│Ａ　　　　│個人情報を含む情報資産　　　│
├──────┼────────────┤
│Ｂ　　　　│公表しない情報資産　　　　　│
├──────┼────────────┤
│Ｃ　　　　│その他の情報資産　　　　　　│
└──────┴────────────┘
2 管理
職員は、分類に従い管理しなければならない。
`),
    ['重要度A:1', '重要度B:2', '重要度C:3'],
  );
});

test('Roman numerals in any width read the same: 重要性Ⅰ, 重要性I, 重要性Ｉ', () => {
  for (const one of ['Ⅰ', 'I', 'Ｉ']) {
    const two = one === 'Ⅰ' ? 'Ⅱ' : one === 'I' ? 'II' : 'ＩＩ';
    assert.deepEqual(
      levels(
        `1 分類\n次のとおりとする。\n重要性${one}\t個人情報\n重要性${two}\tその他\n2 管理\n管理する。\n`,
      ),
      ['重要性I:1', '重要性II:2'],
    );
  }
});

test('any 系 the text defines as a segment, and the 施行 date of the 附則', () => {
  const a =
    analyzePolicy(`第1条 この訓令において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 制御系　浄水場の監視制御に用いる情報システム及びネットワークをいう。
(2) 事務系　LGWAN接続系及びインターネット接続系に属する情報システムをいう。
第2条 制御系は、インターネット接続系から分離しなければならない。
附　則
この訓令は、令和７年４月１日から施行する。
`);
  assert.deepEqual(a.segments, ['制御系', 'LGWAN接続系', 'インターネット接続系']);
  assert.deepEqual(
    a.dates.map((d) => [d.kind, d.iso]),
    [['施行', '2025-04-01']],
  );
});

test('levels named in words by the sentence that classifies: 秘匿情報 / 公開可能情報, axis from the names', () => {
  const a = analyzePolicy(`1 情報資産の分類
(1) 情報資産は、その取扱いに応じて、秘匿情報、内部情報及び公開可能情報の三つに分類する。
ア 秘匿情報 住民の個人情報その他漏えいにより権利利益を害するおそれがある情報資産
イ 内部情報 公表していない情報資産
ウ 公開可能情報 秘匿情報及び内部情報以外の情報資産
2 提供
(1) 職員は、情報資産を外部に提供するときは、秘匿情報にあっては総括管理者の、内部情報にあっては情報管理者の許可を得なければならない。
3 体制
(1) 総括管理者は、事務局長とする。
(2) 情報管理者は、課長とする。
(3) 情報管理者は、総括管理者を補佐する。
`);
  assert.deepEqual(
    a.classification?.levels.map((l) => `${l.axis}|${l.label}|${l.rank}`),
    ['機密性|秘匿情報|1', '機密性|内部情報|2', '機密性|公開可能情報|3'],
  );
  const ob = a.obligations.find((o) => o.text.includes('外部に提供'));
  assert.deepEqual(ob?.approverByLevel, { 秘匿情報: ['総括管理者'], 内部情報: ['情報管理者'] });
});

test('approvers by level from a table below the sentence, and a proviso lifted by what a role approved', () => {
  const a = analyzePolicy(`1 体制
(1) 情報セキュリティ責任者は、部長とする。
(2) 情報セキュリティ管理者は、課長とする。
(3) 情報セキュリティ管理者は、情報セキュリティ責任者を補佐する。
2 分類
情報資産は、次のとおり分類する。
機密性3\t秘密文書に相当するもの
機密性2\t公表を前提としないもの
機密性1\tその他のもの
3 持出し
(1) 職員は、機密性3又は機密性2の情報資産を持ち出すときは、次の表の区分に応じ、同表に定める者の許可を得なければならない。
区分\t許可をする者
機密性3\t情報セキュリティ責任者
機密性2\t情報セキュリティ管理者
(2) 職員は、機密性3の情報資産を電子メールで送信してはならない。ただし、情報セキュリティ責任者が認めた暗号化の方法による場合は、この限りでない。
`);
  const take = a.obligations.find((o) => o.text.includes('持ち出す'));
  assert.deepEqual(take?.approverByLevel, {
    機密性3: ['情報セキュリティ責任者'],
    機密性2: ['情報セキュリティ管理者'],
  });
  const mail = a.obligations.find((o) => o.text.includes('電子メール'));
  assert.deepEqual(mail?.approver, ['情報セキュリティ責任者']);
});

test('dates: 「…決定」 and a date over the issuer are 制定; amendments listed on further lines stay 改正', () => {
  const dates = (text: string) => analyzePolicy(text).dates.map((d) => `${d.kind}${d.iso}`);
  const body = `1 目的
この基準は、情報資産を守るため、必要な事項を定めるものとする。
2 職員の義務
(1) 職員は、この基準を遵守しなければならない。
(2) 職員は、研修を受講しなければならない。
附 則
この基準は、令和5年4月1日から施行する。
`;
  assert.deepEqual(dates(`海辺町情報セキュリティ対策基準\n令和5年3月20日　町長決定\n\n${body}`), [
    '制定2023-03-20',
    '施行2023-04-01',
  ]);
  assert.deepEqual(dates(`海辺町情報セキュリティ基本方針\n令和5年3月20日\n海辺町長\n\n${body}`), [
    '制定2023-03-20',
    '施行2023-04-01',
  ]);
  assert.deepEqual(
    dates(
      `○海辺町情報セキュリティ対策基準\n令和元年6月1日\n訓令第2号\n改正　令和3年3月1日訓令第1号\n令和5年3月1日訓令第3号\n\n${body}`,
    ),
    ['制定2019-06-01', '改正2021-03-01', '改正2023-03-01', '施行2023-04-01'],
  );
});

test('a 系 defined as kept apart from the other segments is a segment; one made of them is not', () => {
  const a = analyzePolicy(`1 定義
(1) LGWAN接続系 LGWANに接続された情報システム及びネットワークをいう。
(2) インターネット接続系 インターネットに接続された情報システム及びネットワークをいう。
(3) 防災系 防災行政無線の操作卓及びこれを接続するネットワークであって、LGWAN接続系及びインターネット接続系から分離されたものをいう。
(4) 庁内系 庶務に用いる情報システムのうち、LGWAN接続系及びインターネット接続系に属するものをいう。
2 分離
(1) 情報システム管理者は、防災系を他の系から分離しなければならない。
`);
  assert.deepEqual(a.segments, ['LGWAN接続系', 'インターネット接続系', '防災系']);
});

test('levels named in words by the items under 「次の２区分に分類する」, the axis from what the definitions guard against', () => {
  const a = analyzePolicy(`第１　この基準は、村の情報資産の取扱いを定める。
第２　情報資産は、その性質に応じ、次の２区分に分類する。
（１）　要保護情報　住民の個人情報その他漏えいにより村の事務に支障を及ぼすおそれがある情報資産
（２）　一般文書　要保護情報以外の情報資産
２　課長は、情報資産の区分を決定しなければならない。
`);
  assert.deepEqual(
    a.classification?.levels.map((l) => `${l.axis}|${l.label}|${l.rank}`),
    ['機密性|要保護情報|1', '機密性|一般文書|2'],
  );
});

test('numbered levels whose definitions put 1 on top: a level defined against another is below it', () => {
  assert.deepEqual(
    levels(`1 分類
情報資産は、次のとおり分類する。
重要度１\t漏えいにより住民の権利を著しく害するおそれがあるもの
重要度２\t公表していない情報資産のうち重要度１に当たらないもの
重要度３\t公表している情報資産
2 表示
(1) 職員は、重要度１の情報資産にその区分を表示しなければならない。
(2) 職員は、表示を消してはならない。
`),
    ['重要度1:1', '重要度2:2', '重要度3:3'],
  );
  assert.deepEqual(
    levels(`1 分類
情報資産は、次のとおり分類する。
機密性１\t公表している情報資産
機密性２\t公表していない情報資産
機密性３\t秘密文書に相当するもの
2 表示
(1) 職員は、機密性３の情報資産にその区分を表示しなければならない。
(2) 職員は、表示を消してはならない。
`),
    ['機密性3:1', '機密性2:2', '機密性1:3'],
  );
});

test('only what a role allowed may be used: 「Xが使用を認めた…以外の…を使用してはならない」 names X as approver', () => {
  const a = analyzePolicy(`1 体制
(1) 情報管理者は、課長とする。
(2) 情報管理者は、所管の情報資産を管理する。
2 媒体
(1) 職員は、情報管理者が使用を認めたＵＳＢメモリ以外の記録媒体を端末に接続してはならない。
(2) 職員は、記録媒体を施錠できる場所に保管しなければならない。
`);
  const ob = a.obligations.find((o) => o.text.includes('記録媒体を端末'));
  assert.deepEqual(ob?.approver, ['情報管理者']);
});

test('[R-B1] levels 区分Ａ／Ｂ／Ｃ under a sentence naming its axis (「その機密性に応じて」) are levels of that axis', () => {
  const body = (lead: string) => `1 分類
(1) ${lead}
① 区分Ａ 住民の個人情報を含む情報資産
② 区分Ｂ 公表していない情報資産
③ 区分Ｃ 区分Ａ及び区分Ｂ以外の情報資産
2 持出し
(1) 職員は、区分Ｂ以上の情報資産を持ち出してはならない。
`;
  const named = analyzePolicy(
    body('課長は、課の情報資産を、その機密性に応じて次のとおり分類しなければならない。'),
  );
  assert.deepEqual(named.classification?.axes, ['機密性']);
  assert.deepEqual(
    named.classification?.levels.map((l) => `${l.axis}:${l.label}:${l.rank}`),
    ['機密性:区分A:1', '機密性:区分B:2', '機密性:区分C:3'],
  );
  assert.deepEqual(named.obligations.find((o) => o.text.includes('持ち出'))?.levels, ['区分A', '区分B']);
  // With no axis named, 区分 stays the axis.
  assert.deepEqual(levels(body('情報資産は、次の区分に分類する。')), ['区分A:1', '区分B:2', '区分C:3']);
});

const HEAD = `第1条 組合に総括責任者を置き、事務局長をもって充てる。
2 課に管理責任者を置き、課長をもって充てる。
`;
const scheme = (text: string) => {
  const a = analyzePolicy(`${HEAD}${text}`);
  return {
    levels: a.classification?.levels.map((l) => `${l.axis}/${l.label}`) ?? null,
    named: a.obligations.find((o) => o.text.includes('持ち出'))?.levels,
  };
};

test('[R-B1] levels with their definition in brackets (「重要度Ａ（…）」), and words levels under 「次に掲げる区分に分類する」 or 「次のとおり区分する」', () => {
  assert.deepEqual(
    scheme(`第2条 情報資産は、その重要度に応じ、次のとおり分類する。
一 重要度Ａ（個人情報を含むもの）
二 重要度Ｂ（公表していないもの）
三 重要度Ｃ（その他のもの）
第3条 職員は、重要度Ａの情報を持ち出してはならない。
`),
    { levels: ['重要度/A', '重要度/B', '重要度/C'], named: ['重要度A'] },
  );
  assert.deepEqual(
    scheme(`第2条 情報資産は、次に掲げる区分に分類する。
一 極秘 漏えいにより重大な影響があるもの
二 秘 公表していないもの
三 公開 公表しているもの
第3条 職員は、極秘の情報を持ち出してはならない。
`),
    { levels: ['機密性/極秘', '機密性/秘', '機密性/公開'], named: ['極秘'] },
  );
  assert.deepEqual(
    scheme(`第2条 情報資産は、その機密性に応じて次のとおり区分する。
一 重要情報 漏えいにより重大な影響があるもの
二 一般情報 重要情報以外のもの
第3条 職員は、重要情報を持ち出してはならない。
`),
    { levels: ['機密性/重要情報', '機密性/一般情報'], named: ['重要情報'] },
  );
});

test('[R-B1] levels named in words in the 別表 the classifying sentence names, and a levels table printed across', () => {
  assert.deepEqual(
    scheme(`第2条 情報資産は、その機密性に応じ、別表第１に定める区分に分類する。
第3条 職員は、秘密情報を持ち出してはならない。
別表第１（第２条関係）
区分\t内容
秘密情報\t住民の個人情報その他漏えいにより権利利益を害するおそれのあるもの
内部情報\t公表していないもの
公開情報\t公表しているもの
`),
    { levels: ['機密性/秘密情報', '機密性/内部情報', '機密性/公開情報'], named: ['秘密情報'] },
  );
  assert.deepEqual(
    scheme(`第2条 情報資産は、その機密性に応じ、次の表のとおり分類する。
区分\t機密性３\t機密性２\t機密性１
内容\t個人情報\t公表していないもの\tその他
第3条 職員は、機密性３の情報を持ち出してはならない。
`),
    { levels: ['機密性/3', '機密性/2', '機密性/1'], named: ['機密性3'] },
  );
});

test('[R-B1] a later table by the same levels (区分Ａ | 総括責任者) adds no second axis', () => {
  assert.deepEqual(
    scheme(`第2条 情報資産は、その機密性に応じ、次のとおり分類する。
一 区分Ａ 個人情報を含むもの
二 区分Ｂ 公表していないもの
三 区分Ｃ その他のもの
第3条 職員は、区分Ｂ以上の情報資産を持ち出すときは、次の表に定める者の許可を得なければならない。
区分\t許可をする者
区分Ａ\t総括責任者
区分Ｂ\t管理責任者
`),
    { levels: ['機密性/区分A', '機密性/区分B', '機密性/区分C'], named: ['区分A', '区分B'] },
  );
});

test('levels listed by their axis in the sentence that classifies: 完全性２及び完全性１に、可用性…に', () => {
  assert.deepEqual(
    levels(`1 分類
(1) 機密性による分類
情報資産は、機密性に応じ、次のとおり分類する。
ア　機密性３　個人情報を含むもの
イ　機密性２　公表していないもの
ウ　機密性１　その他のもの
(2) 完全性及び可用性による分類
完全性については完全性２及び完全性１に、可用性については可用性２及び可用性１に分類する。
(3) 改ざんの程度
情報資産は、完全性に応じ、完全性高及び完全性低に分類する。
2 管理
職員は、機密性３及び機密性２の情報資産を施錠して保管しなければならない。
`),
    ['機密性3:1', '機密性2:2', '機密性1:3', '完全性2:1', '完全性1:2', '可用性2:1', '可用性1:2'],
  );
  assert.deepEqual(
    levels(`1 分類
情報資産は、完全性に応じ、完全性高及び完全性低に分類する。
2 管理
職員は、完全性高の情報資産の変更を記録しなければならない。
`),
    ['完全性完全性高:1', '完全性完全性低:2'],
  );
});

test('Roman levels ordered by what their definitions say: レベルⅢ above レベルⅠ defined as the rest', () => {
  assert.deepEqual(
    levels(`1 分類
情報資産は、次のとおり分類する。
ア　レベルⅢ　個人情報を含む情報資産
イ　レベルⅡ　公表していない内部情報
ウ　レベルⅠ　レベルⅢ及びレベルⅡ以外の情報資産
`),
    ['レベルIII:1', 'レベルII:2', 'レベルI:3'],
  );
});

test('levels in words defined by what a leak would do are of 機密性, even when named 重要', () => {
  assert.deepEqual(
    levels(`1 分類
情報資産は、その内容に応じ、次のとおり分類する。
ア　重要　個人情報その他漏えいにより重大な影響を及ぼすおそれがある情報資産
イ　要注意　公表していない情報資産
ウ　通常　重要及び要注意以外の情報資産
`),
    ['機密性重要:1', '機密性要注意:2', '機密性通常:3'],
  );
});
