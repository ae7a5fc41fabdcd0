/** Levels named by the items below a sentence that classifies into them, however the sentence says so. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const scheme = (text: string) => {
  const c = analyzePolicy(text).classification;
  return { axes: c?.axes, levels: c?.levels.map((l) => l.label) };
};

test('「…機密性に応じて次の三区分に格付する」: the items below are the levels of 機密性', () => {
  assert.deepEqual(
    scheme(`第３　情報資産の管理
１　格付
　情報資産は、その機密性に応じて次の三区分に格付する。
（１）　等級甲　住民の個人情報その他特に厳重な管理を要するもの
（２）　等級乙　公表前の計画その他外部に示していないもの
（３）　等級丙　甲及び乙に該当しないもの
２　格付の決定
　課長は、情報資産の格付を決定しなければならない。
`),
    { axes: ['機密性'], levels: ['等級甲', '等級乙', '等級丙'] },
  );
});

test('levels told apart by whether they are published are levels of 機密性, not of a bare 「区分」', () => {
  assert.deepEqual(
    scheme(`第２章　情報の分類
１．分類
　情報資産は、次の三種に分類する。
（１）Ａ類情報　利用者の氏名、連絡先その他の利用者情報
（２）Ｂ類情報　事業計画、入札の予定価格その他公表していない情報
（３）Ｃ類情報　広報誌、掲示物その他公表している情報
２．管理
　職員は、Ａ類情報を施錠できる書庫に保管しなければならない。
`),
    { axes: ['機密性'], levels: ['A類情報', 'B類情報', 'C類情報'] },
  );
});
