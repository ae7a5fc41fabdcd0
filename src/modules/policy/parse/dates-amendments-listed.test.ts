/** Dates: 「改正」 alone on a line over the amendments listed one a line with their instruments. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const dates = (text: string) => analyzePolicy(text).dates.map((d) => [d.kind, d.iso]);
const body = `第１条　この規程は、情報資産の取扱いを定める。
第２条　職員は、情報資産を適正に管理しなければならない。
`;

test('the dates below a line 「改正」 are amendments, each with its 訓令 number', () => {
  for (const word of ['改正', '一部改正', '改正：'])
    assert.deepEqual(
      dates(`○鳴瀬町情報セキュリティ規程
平成２８年３月３１日
訓令第２号
${word}
令和２年３月３１日訓令第４号
令和５年３月３１日訓令第１号
${body}`),
      [
        ['制定', '2016-03-31'],
        ['改正', '2020-03-31'],
        ['改正', '2023-03-31'],
      ],
      word,
    );
});

test('date lines in brackets 「（令和…日改正）」, the last one right above the first article, are preamble dates', () => {
  assert.deepEqual(
    dates(`鳴瀬町情報セキュリティ要領
（令和５年３月２０日制定）
（令和６年３月２２日改正）
第１　この要領は、情報資産の取扱いを定める。
第２　職員は、情報資産を適正に管理しなければならない。
`),
    [
      ['制定', '2023-03-20'],
      ['改正', '2024-03-22'],
    ],
  );
  // A caption that is no date line gives none.
  assert.deepEqual(dates(`鳴瀬町情報セキュリティ要領\n（令和５年３月２０日制定）\n（目的）\n${body}`), [
    ['制定', '2023-03-20'],
  ]);
});
