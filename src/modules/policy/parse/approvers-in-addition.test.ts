/**
 * 「Xの許可に加え、Yの承認を得なければならない」: both X and Y allow, in a sentence of its own and in a ただし書 that asks
 * more for one level (「ただし、機密性３の…については、Xの許可に加え、Yの承認を…」). Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { TOWN } from './approvers.test-support.ts';

const first = (text: string, part: string) =>
  analyzePolicy(text).obligations.find((o) => o.text.includes(part));

test('「Xの許可に加え、Yの承認」 in one sentence: both approve', () => {
  for (const tail of [
    'の許可に加え、統括責任者の承認を得なければならない。',
    'の許可に加えて、統括責任者の承認を受けなければならない。',
  ]) {
    const o = first(`${TOWN}第４条　職員は、情報資産を外部に提供するときは、管理責任者${tail}\n`, '提供');
    assert.deepEqual(o?.approver?.toSorted(), ['管理責任者', '統括責任者'], tail);
  }
});

test('a ただし書 asking for one level 「Xの許可に加え、Yの承認」: both for that level, the main approver for the others', () => {
  const provisos = [
    'ただし、機密性３の情報資産については、管理責任者の許可に加え、統括責任者の承認を得なければならない。',
    'ただし、機密性３の情報資産を持ち出す場合は、管理責任者の許可に加えて、統括責任者の承認を受けなければならない。',
  ];
  for (const proviso of provisos) {
    const o = first(
      `${TOWN}第４条　職員は、機密性２以上の情報資産を庁外に持ち出す場合は、管理責任者の許可を得なければならない。${proviso}\n`,
      '機密性2以上',
    );
    assert.deepEqual(
      Object.fromEntries(Object.entries(o?.approverByLevel ?? {}).map(([l, r]) => [l, r.toSorted()])),
      { 機密性3: ['管理責任者', '統括責任者'], 機密性2: ['管理責任者'] },
      proviso,
    );
  }
});
