/** An item that sets the level below it after its definition: 「（エ）完全性２　…情報資産、完全性１はそれ以外の情報資産」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { scheme } from './levels.test-support.ts';

const rule = '第６条　職員は、情報資産を庁舎の外に持ち出してはならない。\n';
const head = `第５条　情報資産は、次のとおり分類する。
（ア）機密性２　公表しない情報資産
（イ）機密性１　その他の情報資産
`;

test('both levels of the item are read, with their definitions', () => {
  const text = `${head}（ウ）完全性２　改ざんにより事務に支障を及ぼす情報資産、完全性１はそれ以外の情報資産
（エ）可用性Ｂ　滅失により事務に支障を及ぼす情報資産、可用性Ａは、それ以外の情報資産
${rule}`;
  assert.deepEqual(scheme(text), [
    ['機密性', ['機密性2', '機密性1']],
    ['完全性', ['完全性2', '完全性1']],
    ['可用性', ['可用性B', '可用性A']],
  ]);
  const levels = analyzePolicy(text).classification?.levels ?? [];
  assert.equal(
    levels.find((l) => l.axis === '完全性' && l.label === '2')?.definition,
    '改ざんにより事務に支障を及ぼす情報資産',
  );
  assert.equal(levels.find((l) => l.axis === '完全性' && l.label === '1')?.definition, 'それ以外の情報資産');
});

test('a level of another axis after the definition sets nothing', () => {
  assert.deepEqual(
    scheme(
      `${head}（ウ）完全性２　改ざんにより事務に支障を及ぼす情報資産、可用性１はそれ以外の情報資産\n${rule}`,
    ),
    [['機密性', ['機密性2', '機密性1']]],
  );
});
