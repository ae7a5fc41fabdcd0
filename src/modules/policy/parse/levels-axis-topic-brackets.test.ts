/** The axis as the topic over its levels with definitions in brackets: 「機密性は、機密性３（…）、機密性２（…）及び機密性１（…）とする」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const rule = '第６条　職員は、情報資産を庁舎の外に持ち出してはならない。\n';

test('one item per axis under 「次のとおり分類する」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、機密性及び可用性により、次のとおり分類する。
一　機密性は、機密性３（秘密文書に相当するもの）、機密性２（公表を前提としないもの）及び機密性１（機密性２又は機密性３以外のもの）とする。
二　可用性は、可用性２（滅失により事務に支障を及ぼすもの）及び可用性１（可用性２以外のもの）とする。
${rule}`),
    [
      ['機密性', ['機密性3', '機密性2', '機密性1']],
      ['可用性', ['可用性2', '可用性1']],
    ],
  );
});

test('a clause of its own: 「完全性は、完全性Ａ（…）及び完全性Ｂ（…）とする」', () => {
  assert.deepEqual(
    scheme(
      `第５条　完全性は、完全性Ａ（改ざんにより住民に影響するもの）及び完全性Ｂ（その他のもの）とする。\n${rule}`,
    ),
    [['完全性', ['完全性A', '完全性B']]],
  );
});

test('the axis as the topic after what it measures, or with 「については」', () => {
  const want = [['可用性', ['可用性2', '可用性1']]];
  assert.deepEqual(
    scheme(
      `第５条　情報資産の可用性は、可用性２（滅失により事務に支障を及ぼすもの）及び可用性１（その他のもの）とする。\n${rule}`,
    ),
    want,
  );
  assert.deepEqual(
    scheme(
      `第５条　可用性については、可用性２（滅失により事務に支障を及ぼすもの）及び可用性１（その他のもの）とする。\n${rule}`,
    ),
    want,
  );
});

test('a topic that is not the axis sets no levels', () => {
  assert.deepEqual(
    scheme(
      `第５条　持出しの許可は、機密性３（秘密文書に相当するもの）及び機密性２（公表しないもの）の情報資産に限るものとする。\n${rule}`,
    ),
    [],
  );
});
