/**
 * Level names in items as bodies set them: in brackets 【機密性３】「機密性３」【秘密情報】, or followed by
 * 「の情報資産」 (機密性３の情報資産); and named levels in a 別表 the classification points to.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第６条　職員は、情報資産を持ち出してはならない。\n';
const items = (
  open: string,
  close: string,
  tail = '',
) => `第５条　情報資産は、その機密性に応じ、次のとおり分類する。
（１）　${open}機密性３${tail}${close}　個人情報を含む情報資産
（２）　${open}機密性２${tail}${close}　公表していない情報資産
（３）　${open}機密性１${tail}${close}　前２号以外の情報資産
${after}`;
const three = [['機密性', ['機密性3', '機密性2', '機密性1']]];

test('[R-B1] levels in brackets 【機密性３】 or quotes 「機密性３」 are the levels 機密性3…', () => {
  assert.deepEqual(scheme(items('【', '】')), three);
  assert.deepEqual(scheme(items('「', '」')), three);
});

test('[R-B1] 「機密性３の情報資産」 as an item’s heading is the level 機密性3', () => {
  assert.deepEqual(scheme(items('', '', 'の情報資産')), three);
  assert.deepEqual(scheme(items('', '', 'の情報')), three);
});

test('[R-B1] named levels in brackets 【秘密情報】: the name without them', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の３区分に分類する。
（１）　【秘密情報】　個人情報を含む情報
（２）　【庁内限り】　公表していない情報
（３）　【公開】　公表している情報
${after}`),
    [['機密性', ['秘密情報', '庁内限り', '公開']]],
  );
});

test('[R-B1] 「情報資産の分類は、別表第１のとおりとする」: the levels named in the 別表 at the end', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産の分類は、別表第１のとおりとする。
${after}附　則
この規程は、令和５年４月１日から施行する。
別表第１（第５条関係）
区分\t定義
極秘\t個人情報その他の秘密を要する情報
所内限り\t公表していない情報
公開\t公表している情報
`),
    [['機密性', ['極秘', '所内限り', '公開']]],
  );
});
