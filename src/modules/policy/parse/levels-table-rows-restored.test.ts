/**
 * Tables whose rows the text layer does not keep apart: rows of a table under a header naming the axis that
 * start with a letter-suffixed symbol (２Ｂ, ２Ａ) between rows with bare numbers, and a drawn table with no rules
 * between its rows, which the layer joins into one row (重要度Ａ重要度Ｂ重要度Ｃ); the printed lines tell them apart.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { scheme } from './levels.test-support.ts';

const after = '第９条　職員は、この規程を遵守しなければならない。\n';

test('[R-B1] a header naming the axis over bare symbols with letter suffixes: 機密性 | 基準 / ３ / ２Ｂ / ２Ａ / １', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の表のとおり分類する。
機密性\t分類基準
３\t特に機微な個人情報を含む情報資産
２Ｂ\t個人情報を含む情報資産
２Ａ\t公表していない情報資産
１\t公表している情報資産
${after}`),
    [['機密性', ['機密性3', '機密性2B', '機密性2A', '機密性1']]],
  );
  assert.deepEqual(
    scheme(`第７条　情報は、その重要度に応じ、次の表のとおり分類する。
重要度\t定義\t例
１\t住民の生命に関わる情報\t救急記録
２Ａ\t公表していない情報\t起案文書
２Ｂ\t内部でのみ用いる情報\t庶務文書
３\t公表している情報\t広報誌
${after}`),
    [['重要度', ['重要度1', '重要度2A', '重要度2B', '重要度3']]],
  );
});

test('[R-B1] a drawn table with no rules between its rows: each printed line that starts with a level is its row', () => {
  const heavy = `第５条　情報資産は、次の表のとおり分類する。
┏━━━━┳━━━━━━━┓
┃分類　┃分類基準　　┃
┣━━━━╋━━━━━━━┫
┃重要度Ａ┃個人情報を含む情報資産┃
┃重要度Ｂ┃公表していない情報資産┃
┃重要度Ｃ┃公表している情報資産┃
┗━━━━┻━━━━━━━┛
${after}`;
  assert.deepEqual(scheme(heavy), [['重要度', ['重要度A', '重要度B', '重要度C']]]);
  const levels = analyzePolicy(heavy).classification?.levels ?? [];
  assert.deepEqual(
    levels.map((l) => l.definition),
    ['個人情報を含む情報資産', '公表していない情報資産', '公表している情報資産'],
  );
  assert.deepEqual(
    scheme(`第４条　情報は、次の表により分類する。
┌──────┬──────────────┐
│格付　　│内容　　　　　　　　│
├──────┼──────────────┤
│機密性３│個人情報その他特に秘匿を│
│　　　　│要する情報　　　　　　│
│機密性２│公表していない情報　　│
│機密性１│公表している情報　　　│
└──────┴──────────────┘
${after}`),
    [['機密性', ['機密性3', '機密性2', '機密性1']]],
  );
});
