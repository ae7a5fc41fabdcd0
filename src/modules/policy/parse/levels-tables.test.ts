/**
 * Classification tables in the shapes bodies print them: a column per axis over bare symbols or words, the same
 * printed across, the axis repeated down the first column with bare levels, a header that only says 区分 or 分類
 * over bare symbols, and a first column of bare numbers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

test('[R-B1] a column per axis over bare numbers 「区分 | 機密性 | 完全性 | 可用性」 / 「３ | … | － | －」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の表のとおり分類する。
区分\t機密性\t完全性\t可用性
３\t個人情報を含む情報資産\t－\t－
２\t公表していない情報資産\t改ざんにより重大な影響を及ぼす情報資産\t滅失により重大な影響を及ぼす情報資産
１\t前２以外の情報資産\t２以外の情報資産\t２以外の情報資産
第６条　職員は、機密性３の情報資産を持ち出してはならない。
`),
    [
      ['機密性', ['機密性3', '機密性2', '機密性1']],
      ['完全性', ['完全性2', '完全性1']],
      ['可用性', ['可用性2', '可用性1']],
    ],
  );
});

test('[R-B1] a column per axis over words 高／中／低, printed down or across, each axis the same scale', () => {
  const down = `第５条　情報資産は、次の表のとおり格付する。
格付\t機密性\t完全性
高\t個人情報を含む情報資産\t改ざんにより重大な影響を及ぼす情報資産
中\t公表していない情報資産\t改ざんにより軽微な影響を及ぼす情報資産
低\t公表している情報資産\t影響のない情報資産
第６条　職員は、機密性が高の情報資産を持ち出してはならない。
`;
  const across = `第５条　情報資産は、次の表のとおり格付する。
観点\t高\t中\t低
機密性\t個人情報を含む情報資産\t公表していない情報資産\t公表している情報資産
完全性\t改ざんにより重大な影響を及ぼす情報資産\t改ざんにより軽微な影響を及ぼす情報資産\t影響のない情報資産
第６条　職員は、機密性が高の情報資産を持ち出してはならない。
`;
  const want = [
    ['機密性', ['高', '中', '低']],
    ['完全性', ['高', '中', '低']],
  ];
  assert.deepEqual(scheme(down), want);
  assert.deepEqual(scheme(across), want);
});

test('a table of measures per axis (対策 | 機密性 | 完全性 with ○ cells) outside a classifying clause gives no levels', () => {
  assert.deepEqual(
    scheme(`第５条　情報システム管理者は、次の表の対策を講じなければならない。
対策\t機密性\t完全性
暗号化\t○\t－
署名\t－\t○
第６条　職員は、この規程を遵守しなければならない。
`),
    [],
  );
});

test('[R-B1] the axis down the first column with bare levels: 「観点 | 分類 | 定義」 / 「機密性 | ３ | …」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の表のとおり分類する。
観点\t分類\t定義
機密性\t３\t個人情報を含む情報資産
機密性\t２\t公表していない情報資産
機密性\t１\t前２以外の情報資産
完全性\t２\t改ざんにより重大な影響を及ぼす情報資産
\t１\t前以外の情報資産
第６条　職員は、機密性３の情報資産を持ち出してはならない。
`),
    [
      ['機密性', ['機密性3', '機密性2', '機密性1']],
      ['完全性', ['完全性2', '完全性1']],
    ],
  );
});

test('[R-B1] a 別表 whose first column names each axis once and whose second gives its levels: no axis read as a level', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、機密性、完全性及び可用性により、別表のとおり分類する。
第６条　職員は、機密性３の情報資産を持ち出してはならない。
別表（第５条関係）
区分\t分類\t定義
機密性\t機密性３\t個人情報を含む情報資産
\t機密性２\t公表していない情報資産
\t機密性１\t前２以外の情報資産
完全性\t完全性２\t改ざんにより重大な影響
\t完全性１\t完全性２以外
可用性\t可用性２\t滅失により重大な影響
\t可用性１\t可用性２以外
`),
    [
      ['機密性', ['機密性3', '機密性2', '機密性1']],
      ['完全性', ['完全性2', '完全性1']],
      ['可用性', ['可用性2', '可用性1']],
    ],
  );
});

test('[R-B1] a header 「区分」 or 「分類」 over bare symbols takes the axis the sentence classifies by', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その重要性に応じ、次の表のとおり分類する。
区分\t定義
Ⅰ\t個人情報を含む情報資産
Ⅱ\t公表していない情報資産
Ⅲ\tⅠ及びⅡ以外の情報資産
第６条　職員は、重要性Ⅰの情報資産を持ち出してはならない。
`),
    [['重要性', ['重要性I', '重要性II', '重要性III']]],
  );
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、次の表のとおり分類する。
分類\t定義
３\t個人情報を含む情報資産
２\t公表していない情報資産
１\t前２以外の情報資産
第６条　職員は、機密性３の情報資産を持ち出してはならない。
`),
    [['機密性', ['機密性3', '機密性2', '機密性1']]],
  );
});
