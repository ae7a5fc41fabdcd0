/**
 * One scale defined once for several axes, and levels no symbol orders listed from the lowest up. Decision: a
 * scale the text defines once 「機密性、完全性及び可用性のそれぞれについて」 is the scale of every axis it names;
 * a symbol is then named with each axis (機密性Ａ, 完全性Ａ), a word keeps its name (高) in each axis.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

test('[R-B1] 「機密性、完全性及び可用性のそれぞれについて、次の３段階に分類する」 over Ａ／Ｂ／Ｃ: each axis has Ａ／Ｂ／Ｃ', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、機密性、完全性及び可用性のそれぞれについて、次の３段階に分類する。
（１）Ａ　漏えい、改ざん又は滅失により重大な影響を及ぼすもの
（２）Ｂ　軽微な影響を及ぼすもの
（３）Ｃ　影響がほとんどないもの
第６条　職員は、機密性Ａの情報資産を持ち出してはならない。
`),
    [
      ['機密性', ['機密性A', '機密性B', '機密性C']],
      ['完全性', ['完全性A', '完全性B', '完全性C']],
      ['可用性', ['可用性A', '可用性B', '可用性C']],
    ],
  );
});

test('[R-B1] 「…の観点から、それぞれ高、中及び低の３段階に分類する」 with items defining 高／中／低', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、機密性及び可用性の観点から、それぞれ高、中及び低の３段階に分類する。
（１）高　漏えい又は滅失により重大な影響を及ぼすもの
（２）中　軽微な影響を及ぼすもの
（３）低　影響がほとんどないもの
第６条　職員は、この規程を遵守しなければならない。
`),
    [
      ['機密性', ['高', '中', '低']],
      ['可用性', ['高', '中', '低']],
    ],
  );
});

test('levels of one axis named with it stay that axis’s, though the sentence names others', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、機密性、完全性及び可用性のそれぞれについて分類する。
２　機密性については、次のとおりとする。
（１）機密性３　個人情報を含む情報資産
（２）機密性２　公表していない情報資産
（３）機密性１　前２号以外の情報資産
`),
    [['機密性', ['機密性3', '機密性2', '機密性1']]],
  );
});

test('[R-B1] letters listed from the public one up (重要度Ｃ … 重要度Ａ): Ａ is the most sensitive', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、重要度に応じ、次のとおり分類する。
（１）重要度Ｃ　公表している情報資産
（２）重要度Ｂ　公表していない情報資産のうち、重要度Ａ以外のもの
（３）重要度Ａ　個人情報を含む情報資産
`),
    [['重要度', ['重要度A', '重要度B', '重要度C']]],
  );
});

test('[R-B1] words listed from the rest up (一般 … 秘): the level defined as the rest of the others is the lowest', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の３区分に分類する。
（１）一般　秘及び取扱注意以外の情報
（２）取扱注意　公表を予定していない情報
（３）秘　漏えいにより住民の権利を害するおそれのある情報
`),
    [['機密性', ['秘', '取扱注意', '一般']]],
  );
});
