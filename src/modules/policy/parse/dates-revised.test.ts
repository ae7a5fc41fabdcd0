/** Dates: a policy revised as a whole says 「改定」 for each revision under the date it was 「策定」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const dates = (text: string) => analyzePolicy(text).dates.map((d) => [d.kind, d.iso]);

const body = `第１　目的
　この方針は、町の情報資産を守るために定める。
第２　管理
　職員は、情報資産を適正に管理しなければならない。
第３　保管
　職員は、端末を施錠された場所に保管しなければならない。
附　則
　この方針は、平成２０年４月１日から施行する。
`;

test('「…日　改定」 lines under 「…日　策定」 are amendments, the date after the kind or before it', () => {
  assert.deepEqual(
    dates(`柳ヶ浦町情報セキュリティ基本方針

平成２０年３月１０日　策定
令和２年２月１２日　改定
令和６年１１月５日　一部改定

${body}`),
    [
      ['制定', '2008-03-10'],
      ['改正', '2020-02-12'],
      ['改正', '2024-11-05'],
      ['施行', '2008-04-01'],
    ],
  );
  assert.deepEqual(
    dates(`柳ヶ浦町情報セキュリティ基本方針
策定　平成２０年３月１０日
改定　令和２年２月１２日
${body}`),
    [
      ['制定', '2008-03-10'],
      ['改正', '2020-02-12'],
      ['施行', '2008-04-01'],
    ],
  );
});
