/** Each level stated in a 項 of its own with 「の情報資産」 after it: 「２　機密性２の情報資産は、…情報資産とする。」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第６条　職員は、情報資産を持ち出してはならない。\n';

test('[R-B1] 「機密性３の情報資産は、…とする」 one a 項: the levels 機密性3…1', () => {
  assert.deepEqual(
    scheme(`第５条　機密性３の情報資産は、個人情報を含む情報資産とする。
２　機密性２の情報資産は、公表していない情報資産とする。
３　機密性１の情報資産は、前２項以外の情報資産とする。
${after}`),
    [['機密性', ['機密性3', '機密性2', '機密性1']]],
  );
  assert.deepEqual(
    scheme(`第５条　重要度Ａの情報は、住民の個人情報をいう。
２　重要度Ｂの情報は、公表していない情報をいう。
${after}`),
    [['重要度', ['重要度A', '重要度B']]],
  );
});

test('rules for a level one a 項 「機密性３の情報資産は、暗号化するものとする」 set no levels', () => {
  assert.deepEqual(
    scheme(`第５条　機密性３の情報資産は、暗号化して保存するものとする。
２　機密性２の情報資産は、施錠できる書庫に保管するものとする。
${after}`),
    [],
  );
});
