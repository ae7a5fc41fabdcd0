/** Dates: a 附則 that says the document 「…から実施する」 or 「…から適用する」 gives its 施行 date. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const dates = (text: string) => analyzePolicy(text).dates.map((d) => [d.kind, d.iso]);
const head = `潮見町情報セキュリティ実施要領
令和５年３月２０日　町長決裁
第１　この要領は、情報資産の取扱いを定める。
第２　職員は、情報資産を適正に管理しなければならない。
附　則
`;

test('「この要領は、…から実施する」 and 「この基準は、…から適用する」 are the 施行 date', () => {
  for (const sentence of [
    'この要領は、令和５年４月１日から実施する。',
    'この要領は、令和５年４月１日から適用する。',
  ])
    assert.deepEqual(
      dates(`${head}${sentence}\n`),
      [
        ['制定', '2023-03-20'],
        ['施行', '2023-04-01'],
      ],
      sentence,
    );
});

test('a provision applied from a date 「改正後の第２の規定は、…から適用する」 is no 施行 of the document', () => {
  assert.deepEqual(dates(`${head}改正後の第２の規定は、令和５年４月１日から適用する。\n`), [
    ['制定', '2023-03-20'],
  ]);
});
