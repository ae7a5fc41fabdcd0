/** Classification levels in the other forms bodies write them: a bare scale, words in a table, sub-levels, 「…情報」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const axes = (text: string) =>
  analyzePolicy(text).classification?.axes.map((axis) => ({
    axis,
    levels:
      analyzePolicy(text)
        .classification?.levels.filter((l) => l.axis === axis)
        .sort((a, b) => a.rank - b.rank)
        .map((l) => `${l.axis}${l.label}`) ?? [],
  })) ?? null;

test('a bare scale as 号: レベル３／２／１ is an axis of its own, highest number on top', () => {
  assert.deepEqual(
    axes(`（分類）
第５条　情報資産は、その機密性に応じ、次のとおり分類する。
（１）　レベル３　住民の個人情報その他漏えいにより住民の権利を害するおそれのある情報資産
（２）　レベル２　公表を予定していない情報資産で、レベル３に当たらないもの
（３）　レベル１　前２号以外の情報資産
２　課長は、所管する情報資産の分類を定めなければならない。
`),
    [{ axis: 'レベル', levels: ['レベル3', 'レベル2', 'レベル1'] }],
  );
});

test('区分Ⅰ／Ⅱ／Ⅲ as circled items: 区分 is the axis, Ⅰ on top', () => {
  assert.deepEqual(
    axes(`３　分類
（１）　情報資産は、次の区分に分類する。
①　区分Ⅲ　公表している情報
②　区分Ⅰ　住民の個人情報及び非公開の審議の記録
③　区分Ⅱ　公表前の資料その他公表を予定していない情報
（２）　課長は、情報資産の区分を台帳に記録しなければならない。
`),
    [{ axis: '区分', levels: ['区分I', '区分II', '区分III'] }],
  );
});

test('sub-levels in brackets: 機密性２（ａ） above 機密性２（ｂ） in the text order, between 3 and 1', () => {
  const a = analyzePolicy(`第９条　情報資産は、機密性に応じ、次の各号に掲げる区分に分類する。
（１）　機密性３　住民の個人情報
（２）　機密性２（ａ）　職員の人事に関する情報
（３）　機密性２（ｂ）　公表を予定していない情報のうち、前２号以外のもの
（４）　機密性１　前３号以外の情報
第１０条　職員は、機密性２（ｂ）以上の情報資産を外部に提供するときは、機密性３の情報資産にあっては総括責任者の、機密性２（ａ）又は機密性２（ｂ）の情報資産にあっては管理責任者の許可を得なければならない。
第１１条　総括責任者は、副町長とする。
２　管理責任者は、課長とする。
`);
  assert.deepEqual(
    a.classification?.levels.map((l) => `${l.axis}${l.label}:${l.rank}`),
    ['機密性3:1', '機密性2(a):2', '機密性2(b):3', '機密性1:4'],
  );
  const ob = a.obligations.find((o) => o.text.includes('外部に提供'));
  assert.deepEqual(ob?.levels, ['機密性3', '機密性2(a)', '機密性2(b)']);
  assert.deepEqual(ob?.approverByLevel, {
    機密性3: ['総括責任者'],
    '機密性2(a)': ['管理責任者'],
    '機密性2(b)': ['管理責任者'],
  });
});

test('levels named in words in a tab-separated table the clause classifies by: 秘／取扱注意／公開', () => {
  const a = analyzePolicy(`2 分類
(1) 情報資産は、機密性に応じ、次の表のとおり分類する。

区分\t内容
極秘\t住民の個人情報その他漏えいにより重大な損害を与えるおそれのあるもの
部外秘\t公表を予定していない情報のうち、極秘に当たらないもの
公開\t極秘及び部外秘以外のもの

(2) 職員は、情報資産を前(1)の区分に従って取り扱わなければならない。
`);
  assert.deepEqual(
    a.classification?.levels.map((l) => `${l.axis}|${l.label}|${l.rank}`),
    ['機密性|極秘|1', '機密性|部外秘|2', '機密性|公開|3'],
  );
});

test('a table with no word of classifying above it gives no levels', () => {
  const a = analyzePolicy(`2 連絡先
(1) 職員は、事故のときは、次の表の連絡先に連絡しなければならない。

区分\t連絡先
平日\t総務課
休日\t当直
夜間\t警備室

(2) 職員は、連絡の内容を記録しなければならない。
`);
  assert.equal(a.classification, null);
});

test('levels written 「機密性３情報」: the word 情報 is part of the level, and 「機密性２情報以上」 reaches up', () => {
  const a = analyzePolicy(`1 分類
(1) 情報資産は、次の表のとおり分類する。
機密性３情報\t住民の個人情報
機密性２情報\t公表していない情報のうち機密性３情報以外のもの
機密性１情報\t公表している情報
2 廃棄
(1) 職員は、機密性２情報以上の情報資産を廃棄するときは、復元できないように処分しなければならない。
`);
  assert.deepEqual(
    a.classification?.levels.map((l) => `${l.axis}${l.label}:${l.rank}`),
    ['機密性3情報:1', '機密性2情報:2', '機密性1情報:3'],
  );
  const ob = a.obligations.find((o) => o.text.includes('廃棄'));
  assert.deepEqual(ob?.levels, ['機密性3情報', '機密性2情報']);
});

test('levels copied from a PDF, one per line with no marker and wrapped mid-sentence: レベル, 区分Ⅰ, 機密性２（ａ）', () => {
  for (const [axis, marks, want] of [
    ['レベル', ['３', '２', '１'], ['レベル3', 'レベル2', 'レベル1']],
    ['区分', ['Ⅰ', 'Ⅱ', 'Ⅲ'], ['区分I', '区分II', '区分III']],
    ['機密性', ['２（ａ）', '２（ｂ）', '１'], ['機密性2(a)', '機密性2(b)', '機密性1']],
  ] as const) {
    const a = analyzePolicy(`１　分類
情報資産は、次のとおり分類する。
${axis}${marks[0]}　住民の個人情報その他漏えいにより住民の権利を著しく侵害するおそれ
のある情報資産
${axis}${marks[1]}　公表を予定していない情報資産のうち、前のものに当たらない
もの
${axis}${marks[2]}　その他の情報資産
２　管理
職員は、分類に従い、情報資産を管理しなければならない。
`);
    assert.deepEqual(
      a.classification?.levels.map((l) => `${l.axis}${l.label}`),
      want,
    );
    assert.equal(
      a.classification?.levels[0].definition,
      '住民の個人情報その他漏えいにより住民の権利を著しく侵害するおそれのある情報資産',
    );
  }
});
