/** A preamble line 「改正　…（…施行）」: the bracketed date is when the amendment took effect, not a second 改正. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const dates = (text: string) => analyzePolicy(text).dates.map((d) => [d.kind, d.iso]);

test('「改正　令和５年８月１０日（令和５年９月１日施行）」 is one 改正 and one 施行, the 施行 not repeated by its 附則', () => {
  const text = `白鷺谷衛生組合情報セキュリティ要綱
令和元年１０月１５日
白鷺谷衛生組合管理者決定
改正　令和５年８月１０日（令和５年９月１日施行）
第１条　この要綱は、情報セキュリティ対策の基準を定める。
第２条　職員は、情報資産を適正に管理しなければならない。
附　則
この要綱は、令和元年１１月１日から施行する。
附　則（令和５年８月１０日）
この要綱は、令和５年９月１日から施行する。
`;
  assert.deepEqual(dates(text), [
    ['制定', '2019-10-15'],
    ['改正', '2023-08-10'],
    ['施行', '2023-09-01'],
    ['施行', '2019-11-01'],
  ]);
});
