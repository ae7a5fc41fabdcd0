/** Classification levels in the other forms bodies write them: a bare scale, words in a table, sub-levels, 「…情報」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { levelName } from './classification.ts';

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

/** Each axis with its levels by name (most sensitive first), as the reviewer sees them. */
const named = (text: string) => {
  const c = analyzePolicy(text).classification;
  return (
    c?.axes.map((axis) => ({
      axis,
      levels: c.levels
        .filter((l) => l.axis === axis)
        .sort((a, b) => a.rank - b.rank)
        .map((l) => levelName(l)),
    })) ?? null
  );
};

test('[R-B1] levels named in words as 号 under 「次の各号に掲げる種別に分類する」: the axis from 「機密性に応じ」', () => {
  assert.deepEqual(
    named(`（分類）
第７条　文書は、その機密性に応じ、次の各号に掲げる種別に分類する。
（１）　Ａ類文書　住民の個人情報を含む文書その他漏えいにより住民の権利を害するおそれのあるもの
（２）　Ｂ類文書　公表を予定していない文書のうち、Ａ類文書以外のもの
（３）　Ｃ類文書　前２号以外の文書
２　課長は、所管する文書の種別を定めなければならない。
`),
    [{ axis: '機密性', levels: ['A類文書', 'B類文書', 'C類文書'] }],
  );
});

test('[R-B1] 「…保護区分に分類する」 over 保護区分Ｐ／Ｑ／Ｒ: the word every level starts with is the axis', () => {
  assert.deepEqual(
    named(`第３条　記録は、その取扱いの重要性に応じ、次の各号に掲げる保護区分に分類する。
（１）　保護区分Ｐ　漏えいした場合に業務の公正を害するもの
（２）　保護区分Ｑ　公開を予定していない記録のうち、保護区分Ｐ以外のもの
（３）　保護区分Ｒ　保護区分Ｐ及び保護区分Ｑ以外の記録
`),
    [{ axis: '保護区分', levels: ['保護区分P', '保護区分Q', '保護区分R'] }],
  );
});

test('[R-B1] worded levels as ① with items of their own, one-character and kana names: 厳秘／秘／部内限り／公開', () => {
  assert.deepEqual(
    named(`２　分類
（１）　情報は、機密性に応じ、次のとおり分類する。
①　厳秘　次のいずれかに当たる情報
（ａ）　入札の予定価格
（ｂ）　職員の健康に関する記録
②　秘　公表前の計画案その他厳秘に準ずるもの
③　部内限り　公開を予定しない情報のうち、厳秘及び秘以外のもの
④　公開　①から③まで以外のもの
（２）　所属長は、所属の情報に分類を付さなければならない。
`),
    [{ axis: '機密性', levels: ['厳秘', '秘', '部内限り', '公開'] }],
  );
});

test('[R-B1] the guideline’s 自治体機密性３Ａ…１ is the axis 機密性; 「３Ａ又は３Ｂ」 and 「３Ａから３Ｃまで」 name the short levels', () => {
  const a = analyzePolicy(`１　組織
（１）　町に統括責任者を置き、副町長をもって充てる。
（２）　課に管理責任者を置き、課長をもって充てる。
２　分類
（１）　情報資産は、機密性に応じ、次のとおり分類する。
ア　自治体機密性３Ａ　住民の特定個人情報
イ　自治体機密性３Ｂ　住民の個人情報のうち自治体機密性３Ａ以外のもの
ウ　自治体機密性３Ｃ　個人情報以外の情報で、漏えいした場合に事務に重大な支障を及ぼすもの
エ　自治体機密性２　公開を予定していない情報のうち、前各号以外のもの
オ　自治体機密性１　前各号以外の情報
（２）　職員は、自治体機密性２以上の情報資産を持ち出すときは、自治体機密性３Ａ又は３Ｂの情報資産にあっては統括責任者の、自治体機密性３Ｃ又は２の情報資産にあっては管理責任者の許可を得なければならない。
（３）　職員は、自治体機密性３Ａから３Ｃまでの情報資産を複写してはならない。
`);
  assert.deepEqual(
    a.classification?.axes.map((axis) => ({
      axis,
      levels: a.classification?.levels.filter((l) => l.axis === axis).map((l) => `${levelName(l)}:${l.rank}`),
    })),
    [
      {
        axis: '機密性',
        levels: [
          '自治体機密性3A:1',
          '自治体機密性3B:2',
          '自治体機密性3C:3',
          '自治体機密性2:4',
          '自治体機密性1:5',
        ],
      },
    ],
  );
  assert.deepEqual(a.obligations.find((o) => o.text.includes('持ち出す'))?.approverByLevel, {
    自治体機密性3A: ['統括責任者'],
    自治体機密性3B: ['統括責任者'],
    自治体機密性3C: ['管理責任者'],
    自治体機密性2: ['管理責任者'],
  });
  assert.deepEqual(a.obligations.find((o) => o.text.includes('複写'))?.levels, [
    '自治体機密性3A',
    '自治体機密性3B',
    '自治体機密性3C',
  ]);
});

test('[R-B1] approvers by level in one sentence: 「甲種については…、乙種については…の許可」; 秘 inside 極秘 is no mention of 秘', () => {
  const a = analyzePolicy(`第２条　町に情報総括者を置き、副町長をもって充てる。
２　課に情報管理者を置き、課長をもって充てる。
第３条　情報は、機密性に応じ、次のとおり分類する。
（１）　甲種　住民の個人情報
（２）　乙種　公開を予定しない情報のうち、甲種以外のもの
（３）　丙種　甲種及び乙種以外の情報
第４条　職員は、乙種以上の情報を庁舎の外に持ち出すときは、甲種については情報総括者、乙種については情報管理者の許可を受けなければならない。
第５条　記録は、機密性に応じ、次のとおり分類する。
第６条　職員は、極秘の記録を複写してはならない。
`);
  assert.deepEqual(a.obligations.find((o) => o.text.includes('持ち出す'))?.approverByLevel, {
    甲種: ['情報総括者'],
    乙種: ['情報管理者'],
  });
  const b = analyzePolicy(`第２条　町に情報総括者を置き、副町長をもって充てる。
２　課に情報管理者を置き、課長をもって充てる。
第３条　情報は、機密性に応じ、次のとおり分類する。
（１）　極秘　住民の個人情報
（２）　秘　公開を予定しない情報のうち、極秘以外のもの
（３）　公開　極秘及び秘以外の情報
第４条　職員は、秘以上の情報を庁舎の外に持ち出すときは、極秘の情報にあっては情報総括者の、秘の情報にあっては情報管理者の許可を得なければならない。
第５条　職員は、極秘の情報を複写してはならない。
`);
  assert.deepEqual(b.obligations.find((o) => o.text.includes('持ち出す'))?.approverByLevel, {
    極秘: ['情報総括者'],
    秘: ['情報管理者'],
  });
  assert.deepEqual(b.obligations.find((o) => o.text.includes('複写'))?.levels, ['極秘']);
});

test('[R-B1] approvers by level only in a 別表 column: 「別表の区分に応じ、同表の持出しの欄に定める者の許可」', () => {
  const a = analyzePolicy(`第２条　町に情報総括者を置き、副町長をもって充てる。
２　課に情報管理者を置き、課長をもって充てる。
第３条　情報資産は、機密性に応じ、次の各号に掲げる種別に分類する。
（１）　一号情報　住民の個人情報
（２）　二号情報　公開を予定しない情報のうち、一号情報以外のもの
（３）　三号情報　前２号以外の情報
第４条　職員は、二号情報以上の情報資産を持ち出すときは、別表の区分に応じ、同表の持出しの欄に定める者の許可を得なければならない。
別表（第４条関係）
区分\t持出し\t廃棄
一号情報\t情報総括者\t情報総括者
二号情報\t情報管理者\t情報管理者
三号情報\t－\t－
`);
  assert.deepEqual(a.obligations.find((o) => o.text.includes('持ち出す'))?.approverByLevel, {
    一号情報: ['情報総括者'],
    二号情報: ['情報管理者'],
  });
});

test('[R-B1] a level defined on its line with items of its own below is no heading', () => {
  const a = analyzePolicy(`２　分類
（１）　情報は、機密性に応じ、次のとおり分類する。
①　厳秘　漏えい、改ざん等により次のいずれかを生ずるおそれのある情報
（ａ）　入札の公正の侵害
（ｂ）　職員の健康に関する秘密の漏えい
②　秘　公表前の計画案その他厳秘に準ずるもの
③　公開　①及び②以外のもの
`);
  const first = a.clauses.find((c) => c.path === '2/(1)/①');
  assert.equal(first?.title, undefined);
  assert.deepEqual(
    a.obligations.map((o) => o.path),
    ['2/(1)'],
  );
});
