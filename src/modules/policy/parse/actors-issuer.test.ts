/**
 * The body that issues the policy acts in its own sentences (「組合は、…公表するものとする」「本会は、」), as the
 * text writes it; a word that also ends the name of a committee the text sets up is left to that committee.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actors = (text: string) =>
  analyzePolicy(text).obligations.map((o) => `${o.text.slice(0, 9)}|${o.actors.join('・') || '-'}`);

test('the issuing body named by its kind (「組合は」「本会は」) acts in its own sentences', () => {
  assert.deepEqual(
    actors(`南浜地区衛生組合情報セキュリティ基本方針

１　目的
　組合は、情報資産を脅威から守るため、この基本方針を定めるものとする。
２　公表
　前項の方針に基づき、組合は、この基本方針を公表するものとする。ただし、対策基準は、公表しないものとする。
３　職員の義務
　職員は、この基本方針を遵守しなければならない。
`),
    [
      '組合は、情報資産を|組合',
      '前項の方針に基づき|組合',
      'ただし、対策基準は|組合',
      '職員は、この基本方|職員',
    ],
  );
  assert.deepEqual(
    actors(`あさひ県保険者連合会情報セキュリティポリシー

１　方針
　本会は、情報セキュリティ監査を定期的に実施するものとする。
２　義務
　役職員は、この方針を遵守しなければならない。
`)[0],
    '本会は、情報セキュ|本会',
  );
});

test('a word ending the name of a committee the text sets up is not the issuing body', () => {
  const got = actors(`汐風町教育委員会情報セキュリティ対策基準

１　体制
（１）　教育委員会に、情報セキュリティ委員会（以下「委員会」という。）を置く。
（２）　委員会は、対策基準の見直しを行うものとする。
２　義務
（１）　職員は、この基準を遵守しなければならない。
`);
  assert.ok(!got.some((x) => x.endsWith('|委員会')), got.join(' / '));
});
