/**
 * Levels written as grades (１級／２級, 重要度１級) in a table under a sentence that divides by it
 * (「次の表のとおり等級に区分する」), and items whose names all start with the axis the text uses (重要度１級) are
 * levels of that axis.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第９条　職員は、この規程を遵守しなければならない。\n';

test('[R-B1] a table of grades 「等級 | 内容」 under 「次の表のとおり等級に区分する」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の表のとおり等級に区分する。
等級\t内容
１級\t個人情報を含む情報資産
２級\t公表していない情報資産
３級\t公表している情報資産
${after}`),
    [['機密性', ['1級', '2級', '3級']]],
  );
  assert.deepEqual(
    scheme(`第４条　情報は、その重要度に応じ、次の表により格付する。
格付\t基準\t例
特級\t漏えいにより住民の生命に関わる情報\t救急記録
一般\t前号以外の情報\t起案文書
${after}`),
    [['重要度', ['特級', '一般']]],
  );
});

test('[R-B1] items named by the axis and a grade (重要度１級, 機密性Ａ級) are levels of that axis', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次のとおり分類する。
（１）　重要度１級　個人情報を含む情報資産
（２）　重要度２級　公表していない情報資産
（３）　重要度３級　公表している情報資産
${after}`),
    [['重要度', ['重要度1級', '重要度2級', '重要度3級']]],
  );
  assert.deepEqual(
    scheme(`第４条　情報は、次の各号に掲げるとおり分類する。
ア　機密性Ａ級　秘匿を要する情報
イ　機密性Ｂ級　公表していない情報
${after}`),
    [['機密性', ['機密性A級', '機密性B級']]],
  );
});
