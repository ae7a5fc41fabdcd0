/**
 * Tables of levels as bodies print them beyond the plain form: a first column that only numbers the rows
 * (番号 | 分類 | 基準), a level with another name in brackets (機密性３（極秘）), and words (高／中／低) under a header
 * that names the axis (重要度 | 基準).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第９条　職員は、この規程を遵守しなければならない。\n';

test('[R-B1] a column that numbers the rows is no level: 番号 | 分類 | 分類基準, No. | 区分 | 内容', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の表のとおり分類する。
番号\t分類\t分類基準
1\t機密性３\t個人情報を含む情報資産
2\t機密性２\t公表していない情報資産
3\t機密性１\t公表している情報資産
${after}`),
    [['機密性', ['機密性3', '機密性2', '機密性1']]],
  );
  assert.deepEqual(
    scheme(`第４条　情報は、次の表により分類する。
No.\t区分\t内容
1\t極秘\t漏えいにより重大な影響を及ぼす情報
2\t秘\t公表していない情報
3\t公開\t公表している情報
${after}`),
    [['機密性', ['極秘', '秘', '公開']]],
  );
});

test('[R-B1] a level in a table cell with another name in brackets: 機密性３（極秘）, 重要度Ａ（重要）', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の表のとおり分類する。
分類\t分類基準
機密性３（極秘）\t個人情報を含む情報資産
機密性２（秘）\t公表していない情報資産
機密性１（公開）\t公表している情報資産
${after}`),
    [['機密性', ['機密性3', '機密性2', '機密性1']]],
  );
  assert.deepEqual(
    scheme(`第４条　情報は、次の表により分類する。
区分\t内容
重要度Ａ（重要）\t個人情報を含む情報
重要度Ｂ（一般）\t公表していない情報
${after}`),
    [['重要度', ['重要度A', '重要度B']]],
  );
});

test('[R-B1] words under a header that names the axis: 重要度 | 基準 over 高／中／低, 可用性 | 内容 over 高／低', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の表のとおり分類する。
重要度\t基準
高\t個人情報を含む情報資産
中\t公表していない情報資産
低\t公表している情報資産
${after}`),
    [['重要度', ['高', '中', '低']]],
  );
  assert.deepEqual(
    scheme(`第４条　情報システムは、次の表により分類する。
可用性\t内容
高\t停止により住民サービスに重大な影響を及ぼすもの
低\t前項以外のもの
${after}`),
    [['可用性', ['高', '低']]],
  );
});
