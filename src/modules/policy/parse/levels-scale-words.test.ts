/** Levels written with a word for the scale itself (クラスIII, ランク2, レベル3) and the axis they belong to. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { levelName } from './classification.ts';

const scheme = (text: string) => {
  const c = analyzePolicy(text).classification;
  return (c?.axes ?? []).map((axis) => ({
    axis,
    levels: (c?.levels ?? [])
      .filter((l) => l.axis === axis)
      .sort((a, b) => a.rank - b.rank)
      .map((l) => levelName(l)),
  }));
};

test('[R-B1] 「機密性に応じて次のクラスに分類する」 over クラスⅢ／Ⅱ／Ⅰ: levels of 機密性, the one defined against another below it', () => {
  assert.deepEqual(
    scheme(`５　情報の分類
（１）　情報資産は、機密性に応じて次のクラスに分類する。
①　クラスⅠ　公表している情報
②　クラスⅡ　公表していない情報で、クラスⅢに当たらないもの
③　クラスⅢ　組合員の個人情報その他外部に漏れると業務に重大な支障を及ぼす情報
（２）　課長は、所管する情報のクラスを定めなければならない。
`),
    [{ axis: '機密性', levels: ['クラスIII', 'クラスII', 'クラスI'] }],
  );
});

test('[R-B1] a scale word the sentence does not classify into stays the axis: 「機密性に応じ、次のとおり分類する」 over ランク２／１', () => {
  assert.deepEqual(
    scheme(`６　情報の分類
（１）　情報資産は、機密性に応じ、次のとおり分類する。
ア　ランク２　公開していない事務の情報
イ　ランク１　公開している情報
`),
    [{ axis: 'ランク', levels: ['ランク2', 'ランク1'] }],
  );
});
