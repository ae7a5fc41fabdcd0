/**
 * A 検討会 the text sets up is a committee like a 委員会 (snippets written for these tests): its name, its short name
 * and its 座長 are read the same way.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const committees = (text: string) =>
  analyzePolicy(text).committees.map((c) => [c.name, c.alias ?? '-', c.chair?.post ?? '-'].join('|'));

test('「…情報セキュリティ検討会（以下「検討会」という。）を置く」 with a 座長', () => {
  assert.deepEqual(
    committees(`西野村議会情報セキュリティ対策基準

１．体制
（１）議会に、西野村議会情報セキュリティ検討会（以下「検討会」という。）を置く。
（２）検討会は、副議長、議会運営委員会委員長及び事務局長をもって構成し、副議長が座長となる。
（３）検討会は、この基準の見直しを検討するものとする。
２．遵守
（１）職員は、この基準を遵守しなければならない。
`),
    ['西野村議会情報セキュリティ検討会|検討会|副議長'],
  );
});

test('a 検討会 set up in a 条 with a 座長 named in its own 項', () => {
  assert.deepEqual(
    committees(`第１条　組合に、情報システムの運用を検討するため、情報化検討会を置く。
２　検討会の座長は、事務局長をもって充てる。
第２条　職員は、この規程を遵守しなければならない。
`),
    ['情報化検討会|-|事務局長'],
  );
});
