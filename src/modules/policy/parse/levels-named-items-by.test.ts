/**
 * Levels named as kinds of information (秘密情報, 庁内限り, 公開) in the items below a sentence that classifies
 * 「次の区分により」「以下の３区分に従い」, and in a tab table with a header row: a body's own level names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

test('[R-B1] 「次の区分により分類する」 over indented （１）–（３）: the names are the levels of 機密性', () => {
  assert.deepEqual(
    scheme(`　（情報資産の分類）
第６条　情報資産は、その機密性に応じ、次の区分により分類する。
　（１）　秘密情報　組合員の氏名、掛金の額その他の個人情報及び組合の経営上秘密を要する情報
　（２）　内部限り情報　公表していない業務上の情報で、秘密情報に該当しないもの
　（３）　公開情報　公表している情報その他前２号以外の情報
２　課長は、課の情報資産について前項の分類を行わなければならない。
第７条　職員は、秘密情報を記録した媒体を施錠できる書庫に保管しなければならない。
`),
    [['機密性', ['秘密情報', '内部限り情報', '公開情報']]],
  );
});

test('[R-B1] 「以下の３区分に従い分類する」 and 「次の各号に掲げる区分によって分類し」: the same levels', () => {
  const items = `（１）　極秘　漏えいにより住民の権利を害するおそれのある情報
（２）　庁内限り　公表していない情報
（３）　公開　公表している情報
２　職員は、極秘の情報資産を持ち出してはならない。
`;
  assert.deepEqual(scheme(`第５条　情報資産は、以下の３区分に従い分類する。\n${items}`), [
    ['機密性', ['極秘', '庁内限り', '公開']],
  ]);
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の各号に掲げる区分によって分類し、その区分に応じて管理する。\n${items}`),
    [['機密性', ['極秘', '庁内限り', '公開']]],
  );
});

test('[R-B1] a tab table with a header row, level names with kana in them (庁内限り, 課内限り)', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の表のとおり分類する。
区分\t定義\t例
秘密情報\t個人情報その他の秘密を要する情報\t住民票の写し
課内限り\t公表していない情報\t予算の見積り
公開\t公表している情報\t広報紙
第６条　職員は、秘密情報を持ち出してはならない。
`),
    [['機密性', ['秘密情報', '課内限り', '公開']]],
  );
  assert.deepEqual(
    scheme(`第５条　情報資産の分類は、次の表に定めるとおりとする。
区分\t内容
要保護\t個人情報その他の秘密を要する情報
庁内限り\t公表していない情報
公開\t公表している情報
第６条　職員は、要保護の情報資産を持ち出してはならない。
`),
    [['機密性', ['要保護', '庁内限り', '公開']]],
  );
});

test('a table whose first column holds phrases, not names, gives no levels', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の表のとおり分類する。
区分\t内容
公表していない\t個人情報その他の秘密を要する情報
公表されている\t広報紙その他の情報
第６条　職員は、情報資産を持ち出してはならない。
`).filter(([, levels]) => levels.length > 0),
    [],
  );
});
