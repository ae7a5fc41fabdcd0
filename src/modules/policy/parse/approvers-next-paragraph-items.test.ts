/**
 * The next 項 says who gives the permission of the 項 before by the items below it: 「前項の許可は、次の各号に掲げる
 * 区分に応じ、当該各号に定める者が行う。」 over 「一　機密性３　X」「二　機密性２　Y」. The items' approvers go to
 * the permission the 項 before asks for (「次項に定める者の許可」, or no one named).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { TOWN } from './approvers.test-support.ts';

const main = (text: string, part: string) =>
  analyzePolicy(text).obligations.find((o) => o.text.includes(part))?.approverByLevel;

test('「当該各号に定める者が行う」 over numbered items: each level’s approver for the 項 before', () => {
  const a = `${TOWN}（持出し）
第４条　職員は、機密性３又は機密性２の情報資産を庁外に持ち出すときは、次項に定める者の許可を受けなければならない。
２　前項の許可は、次の各号に掲げる情報資産の区分に応じ、当該各号に定める者が行う。
一　機密性３　統括責任者
二　機密性２　管理責任者
`;
  assert.deepEqual(main(a, '持ち出す'), { 機密性3: ['統括責任者'], 機密性2: ['管理責任者'] });
});

test('「それぞれ当該各号に掲げる者が行う」 over bracketed items, the 項 before naming no one', () => {
  const b = `${TOWN}（複製）
第４条　職員は、機密性３又は機密性２の情報資産を複製するときは、あらかじめ承認を得なければならない。
２　前項の規定による承認は、次に掲げる区分により、それぞれ当該各号に掲げる者が行うものとする。
（１）機密性３の情報資産　統括責任者
（２）機密性２の情報資産　管理責任者
`;
  assert.deepEqual(main(b, '複製する'), { 機密性3: ['統括責任者'], 機密性2: ['管理責任者'] });
});
