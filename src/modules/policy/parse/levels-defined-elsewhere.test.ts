/**
 * Levels named in words by the sentence that classifies (「…秘密情報、庁内限り情報及び公開情報に分類する」) with no
 * items below it, each name defined as a term elsewhere in the text: in the 定義 article's items
 * (「（２）　秘密情報　…をいう。」) or in a sentence of its own (「極秘とは、…をいう。」).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第９条　職員は、この規程を遵守しなければならない。\n';

test('[R-B1] names listed by the classifying sentence and defined in the 定義 article', () => {
  assert.deepEqual(
    scheme(`第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）　情報資産　情報システム及びこれに記録された情報をいう。
（２）　秘密情報　個人情報その他秘匿を要する情報資産をいう。
（３）　庁内限り情報　公表していない情報資産をいう。
（４）　公開情報　公表している情報資産をいう。
第５条　情報資産は、秘密情報、庁内限り情報及び公開情報に分類する。
${after}`),
    [['機密性', ['秘密情報', '庁内限り情報', '公開情報']]],
  );
  assert.deepEqual(
    scheme(`第３条　この規程において使用する用語の定義は、次のとおりとする。
一　極秘　漏えいにより住民の権利を著しく侵害するおそれのある情報をいう。
二　秘　公表していない情報をいう。
三　公開　公表している情報をいう。
第６条　課長は、所管する情報を、その機密性に応じ、極秘、秘及び公開に分類しなければならない。
${after}`),
    [['機密性', ['極秘', '秘', '公開']]],
  );
});

test('[R-B1] names listed by the classifying sentence and each defined in a sentence 「…とは、…をいう」 elsewhere', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、重要情報及び一般情報の２区分に分類する。
第６条　重要情報とは、個人情報その他漏えいにより重大な影響を及ぼす情報資産をいう。
２　一般情報とは、重要情報以外の情報資産をいう。
${after}`),
    [['機密性', ['重要情報', '一般情報']]],
  );
});

test('names listed in a sentence that defines none of them anywhere give no levels', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、紙媒体、電磁的記録及び機器に分類する。
第６条　紙媒体とは、紙に記録された情報をいう。
${after}`),
    [],
  );
});

test('[R-B1] names in quotes listed by the classifying sentence, each defined as a term in a 項 below', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、「極秘」、「秘」及び「公開」に分類する。
２　「極秘」とは、漏えいにより重大な影響を及ぼす情報資産をいう。
３　「秘」とは、公表していない情報資産をいう。
４　「公開」とは、公表している情報資産をいう。
${after}`),
    [['機密性', ['極秘', '秘', '公開']]],
  );
  assert.deepEqual(
    scheme(`第６条　所管課長は、情報を「甲」又は「乙」に区分しなければならない。
２　この規程において「甲」とは、公表していない情報をいう。
３　この規程において「乙」とは、甲以外の情報をいう。
${after}`),
    [['機密性', ['甲', '乙']]],
  );
});
