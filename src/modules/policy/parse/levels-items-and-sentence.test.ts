/** One axis in the items, another in the sentence over them: 「機密性により次の各号に、可用性により可用性２及び可用性１に分類する」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const rule = '第６条　職員は、情報資産を庁舎の外に持ち出してはならない。\n';
const items = `（１）機密性２　公表しない情報資産
（２）機密性１　その他の情報資産
`;

test('the sentence adds its axis to the items’ one', () => {
  assert.deepEqual(
    scheme(
      `第５条　情報資産は、機密性により次の各号に、可用性により可用性２及び可用性１に分類する。\n${items}${rule}`,
    ),
    [
      ['機密性', ['機密性2', '機密性1']],
      ['可用性', ['可用性2', '可用性1']],
    ],
  );
  assert.deepEqual(
    scheme(
      `第５条　情報資産は、完全性については完全性Ａ及び完全性Ｂに、機密性については次のとおり分類する。\n${items}${rule}`,
    ),
    [
      ['機密性', ['機密性2', '機密性1']],
      ['完全性', ['完全性A', '完全性B']],
    ],
  );
});

test('one level of another axis named in the sentence adds no axis', () => {
  assert.deepEqual(
    scheme(
      `第５条　情報資産は、機密性により次の各号に分類し、可用性２の情報資産は台帳に記録する。\n${items}${rule}`,
    ),
    [['機密性', ['機密性2', '機密性1']]],
  );
});
