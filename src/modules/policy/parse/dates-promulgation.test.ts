/** Dates: 「公布の日から施行する」 and its kin put the text in force on the day it was made. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const dates = (text: string) => analyzePolicy(text).dates.map((d) => [d.kind, d.iso]);

const BODY = `第１条　この告示は、情報セキュリティ対策の基準を定める。
第２条　職員は、情報資産を適正に管理しなければならない。
`;

test('[R-I8] 「この告示は、公布の日から施行する。」 in the original 附則: in force on the date it was made', () => {
  assert.deepEqual(
    dates(`○楓川町情報セキュリティ対策要綱
令和４年６月１日
告示第５２号
${BODY}附　則
この告示は、公布の日から施行する。
`),
    [
      ['制定', '2022-06-01'],
      ['施行', '2022-06-01'],
    ],
  );
});

test('[R-I8] an amendment’s 附則 「公布の日から」 or 「決裁の日から施行する」: in force on the amendment’s date', () => {
  assert.deepEqual(
    dates(`○楓川町情報セキュリティ対策要綱
令和３年３月３１日　告示第４８号
改正　令和５年９月２９日告示第１１７号
　　　令和７年３月２５日告示第２０号
${BODY}附　則
この告示は、令和３年４月１日から施行する。
附　則（令和５年９月２９日告示第１１７号）
この告示は、公布の日から施行する。
附　則（令和７年３月２５日）
この告示は、決裁の日から施行する。
`),
    [
      ['制定', '2021-03-31'],
      ['改正', '2023-09-29'],
      ['改正', '2025-03-25'],
      ['施行', '2021-04-01'],
      ['施行', '2023-09-29'],
      ['施行', '2025-03-25'],
    ],
  );
});

test('「公布の日から起算して３月を経過した日から施行する」 names no day of its own', () => {
  assert.deepEqual(
    dates(`○楓川町情報セキュリティ対策要綱
令和４年６月１日
告示第５２号
${BODY}附　則
この告示は、公布の日から起算して３月を経過した日から施行する。
`),
    [['制定', '2022-06-01']],
  );
});
