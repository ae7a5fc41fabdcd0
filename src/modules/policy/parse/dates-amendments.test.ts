/** Dates: an amendment named only by its 附則's brackets, a date over 「…決定」, a version 「作成」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const dates = (text: string) => analyzePolicy(text).dates.map((d) => [d.kind, d.iso]);

test('an amendment’s 附則 gives the amendment’s date as 改正 and its own 施行, once each', () => {
  const text = `○鷺ノ宮水道組合情報セキュリティ規程
令和２年３月２５日
規程第５号
第１条　この規程は、情報セキュリティ対策の基準を定める。
第２条　職員は、情報資産を適正に管理しなければならない。
第３条　職員は、端末を施錠された場所に保管しなければならない。
附　則
この規程は、令和２年４月１日から施行する。
附　則（令和６年３月２２日規程第３号）
この規程は、令和６年４月１日から施行する。
`;
  assert.deepEqual(dates(text), [
    ['制定', '2020-03-25'],
    ['施行', '2020-04-01'],
    ['改正', '2024-03-22'],
    ['施行', '2024-04-01'],
  ]);
  // Listed in the preamble already: not twice.
  const listed = text.replace('規程第５号\n', '規程第５号\n改正　令和６年３月２２日規程第３号\n');
  assert.equal(dates(listed).filter(([k]) => k === '改正').length, 1);
});

test('a date over 「…委員会決定」 is the date it was made; 「作成」 is said as written', () => {
  assert.deepEqual(
    dates(`鷺ノ宮町農業委員会情報セキュリティ要領
令和６年５月９日
鷺ノ宮町農業委員会決定
第１　この要領は、委員会の情報資産の取扱いを定める。
第２　職員は、情報資産を適正に管理しなければならない。
第３　職員は、端末を施錠された場所に保管しなければならない。
`),
    [['制定', '2024-05-09']],
  );
  assert.deepEqual(
    dates(`鷺ノ宮町社会福祉協議会情報セキュリティ方針
改訂履歴
第1版　2023年10月2日　作成
１．目的
この方針は、協議会の情報資産を守るために定める。
２．管理
職員は、情報資産を適正に管理しなければならない。
３．保管
職員は、端末を施錠された場所に保管しなければならない。
`),
    [['作成', '2023-10-02']],
  );
});
