/**
 * 施行 dates of a 附則 whose ただし clause puts part of the text in force later (「ただし、第N条の規定は、令和6年
 * 7月1日から施行する」), also written 「同年7月1日」 after the date it refers to; and the date over 「…決裁」 as the
 * date the body adopted the text (制定).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const dates = (text: string) => analyzePolicy(text).dates.map((d) => [d.kind, d.iso]);

const TEXT = `○架空町水道局情報セキュリティ規程
令和４年３月３０日
水道局管理規程第２号
改正　令和６年３月２８日水道局管理規程第１号
第１条　この規程は、情報セキュリティ対策の基準を定める。
第２条　職員は、情報資産を適正に管理しなければならない。
第３条　職員は、端末を施錠された場所に保管しなければならない。
附　則
この規程は、令和４年４月１日から施行する。
附　則（令和６年３月２８日水道局管理規程第１号）
この規程は、令和６年４月１日から施行する。ただし、第３条の規定は、同年１０月１日から施行する。
`;

test('[R-I8] a ただし clause 「…は、同年10月1日から施行する」 gives a second 施行 date in the year before it', () => {
  assert.deepEqual(dates(TEXT), [
    ['制定', '2022-03-30'],
    ['改正', '2024-03-28'],
    ['施行', '2022-04-01'],
    ['施行', '2024-04-01'],
    ['施行', '2024-10-01'],
  ]);
});

test('[R-I8] 同年 read from the amendment’s date in the 附則’s brackets when the sentence has none before it', () => {
  const text = TEXT.replace(
    'この規程は、令和６年４月１日から施行する。ただし、第３条の規定は、同年１０月１日から施行する。',
    'この規程は、同年４月１日から施行する。',
  );
  assert.deepEqual(
    dates(text).filter(([k]) => k === '施行'),
    [
      ['施行', '2022-04-01'],
      ['施行', '2024-04-01'],
    ],
  );
});

test('[R-I8] 「令和5年3月24日　村長決裁」 under the title: the date the text was adopted (制定)', () => {
  assert.deepEqual(
    dates(`架空村情報セキュリティ対策基準

令和５年３月２４日　村長決裁
改正　令和７年３月２８日

第1章　総則
1.1　目的
　この基準は、村の情報セキュリティ対策の基準を定める。
附　則
　この基準は、令和５年４月１日から施行する。
附　則
　この基準は、令和７年４月１日から施行する。
`),
    [
      ['制定', '2023-03-24'],
      ['改正', '2025-03-28'],
      ['施行', '2023-04-01'],
      ['施行', '2025-04-01'],
    ],
  );
});
