/** 重要性分類Ⅰ–Ⅳ as bodies write them: in items, in a table, set in a sentence, or defined as terms. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const four = [['重要性分類', ['重要性分類I', '重要性分類II', '重要性分類III', '重要性分類IV']]];
const after = '第６条　職員は、重要性分類Ⅰの情報資産を持ち出してはならない。\n';

test('[R-B1] 重要性分類Ⅰ–Ⅳ in ア–エ items under 「次の重要性分類に区分する」 and in a table', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その内容に応じ、次の重要性分類に区分する。
ア　重要性分類Ⅰ　個人情報を含むもの
イ　重要性分類Ⅱ　公表していないもの
ウ　重要性分類Ⅲ　内部の事務に用いるもの
エ　重要性分類Ⅳ　公表しているもの
${after}`),
    four,
  );
  assert.deepEqual(
    scheme(`第５条　情報資産は、その重要性に応じ、次の表のとおり分類する。
重要性分類\t定義
Ⅰ\t個人情報を含むもの
Ⅱ\t公表していないもの
Ⅲ\t内部の事務に用いるもの
Ⅳ\t公表しているもの
${after}`),
    four,
  );
});

test('[R-B1] 重要性分類 set in a sentence 「…を重要性分類Ⅰ、…を重要性分類Ⅳとする」 or as terms in 項', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、個人情報を含むものを重要性分類Ⅰ、公表していないものを重要性分類Ⅱ、内部の資料を重要性分類Ⅲ、公表しているものを重要性分類Ⅳとする。
${after}`),
    four,
  );
  assert.deepEqual(
    scheme(`第５条　この規程において「重要性分類Ⅰ」とは、個人情報を含む情報資産をいう。
２　この規程において「重要性分類Ⅱ」とは、公表していない情報資産をいう。
３　この規程において「重要性分類Ⅲ」とは、前２項以外の情報資産をいう。
${after}`),
    [['重要性分類', ['重要性分類I', '重要性分類II', '重要性分類III']]],
  );
});
