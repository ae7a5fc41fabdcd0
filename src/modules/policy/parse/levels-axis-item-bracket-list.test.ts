/** An item named by its axis that lists the axis's levels with their definitions in brackets. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第６条　職員は、機密性３の情報資産を持ち出してはならない。\n';

test('ア　機密性　機密性３（…）、機密性２（…）及び機密性１（…）: the levels of each axis item', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、機密性及び完全性により、次のとおり分類する。
ア　機密性　機密性３（秘密の情報資産）、機密性２（公表しない情報資産）及び機密性１（機密性２又は機密性３以外の情報資産）
イ　完全性　完全性２（改ざんにより事務に支障を及ぼす情報資産）及び完全性１（完全性２以外の情報資産）
${after}`),
    [
      ['機密性', ['機密性3', '機密性2', '機密性1']],
      ['完全性', ['完全性2', '完全性1']],
    ],
  );
});

test('（１）　重要度　重要度Ａ（…）及び重要度Ｂ（…）。 under numbered items', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次のとおり分類する。
（１）　重要度　重要度Ａ（住民の個人情報を含むもの）及び重要度Ｂ（重要度Ａ以外のもの）。
（２）　可用性　可用性２（停止により事務が滞るもの）又は可用性１（可用性２以外のもの）
${after}`),
    [
      ['重要度', ['重要度A', '重要度B']],
      ['可用性', ['可用性2', '可用性1']],
    ],
  );
});

test('an axis item whose words only mention a level sets no levels', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産の取扱いは、次のとおりとする。
ア　機密性　機密性３（秘密の情報資産）は施錠できる書庫に保管し、機密性２（公表しない情報資産）は執務室に保管する
イ　完全性　完全性２（重要な情報資産）は複製を取る
`).filter(([, levels]) => levels.length > 0),
    [],
  );
});
