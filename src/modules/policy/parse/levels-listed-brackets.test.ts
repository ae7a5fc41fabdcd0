/**
 * Levels listed in the sentence that classifies, each with its definition in brackets or none:
 * 「機密性３（…）、機密性２（…）及び機密性１（…）の３段階とする」, 「それぞれ２段階（完全性２・完全性１、…）」.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { scheme } from './levels.test-support.ts';

const after = '第６条　職員は、情報資産を持ち出してはならない。\n';

test('[R-B1] levels with their definitions in brackets, 「…の３段階とする」 or 「…に分類する」', () => {
  const text = `第５条　情報資産の機密性は、機密性３（個人情報を含む情報資産）、機密性２（公表していない情報資産）及び機密性１（その他の情報資産）の３段階とする。\n${after}`;
  assert.deepEqual(scheme(text), [['機密性', ['機密性3', '機密性2', '機密性1']]]);
  assert.equal(analyzePolicy(text).classification?.levels[1]?.definition, '公表していない情報資産');
  assert.deepEqual(
    scheme(
      `第５条　情報資産は、重要度Ａ（個人情報を含むもの）、重要度Ｂ（公表していないもの）又は重要度Ｃ（公表しているもの）に分類する。\n${after}`,
    ),
    [['重要度', ['重要度A', '重要度B', '重要度C']]],
  );
});

test('[R-B1] two axes listed in brackets joined by 「・」: 「それぞれ２段階（完全性２・完全性１、可用性２・可用性１）」', () => {
  assert.deepEqual(
    scheme(
      `第５条　情報資産は、完全性及び可用性について、それぞれ２段階（完全性２・完全性１、可用性２・可用性１）に分類する。\n${after}`,
    ),
    [
      ['完全性', ['完全性2', '完全性1']],
      ['可用性', ['可用性2', '可用性1']],
    ],
  );
});

test('levels named in a rule for them 「機密性３及び機密性２の情報資産は、区分して保管しなければならない」 are no scale', () => {
  assert.deepEqual(
    scheme(
      `第５条　職員は、機密性３及び機密性２の情報資産を区分して保管しなければならない。\n${after}`,
    ).filter(([, l]) => l.length > 0),
    [],
  );
});
