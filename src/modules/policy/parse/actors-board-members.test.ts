/**
 * The members of a board or council of their own (「介護認定審査会の委員は」「就学支援審議会の委員は」) are people of one
 * kind, named as written, alone or beside another kind. Snippets written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actors = (text: string) =>
  analyzePolicy(text).obligations.map((o) => `${o.path} ${o.actors.join('・') || '-'}`);

const SETUP = `第２条　組合に情報統括責任者を置き、事務局長をもって充てる。
`;

test('「…審査会の委員は」「…審議会の委員は」: the members as written', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　障害支援区分認定審査会の委員は、審査で知り得た秘密を漏らしてはならない。
第４条　就学支援審議会の委員は、配布された資料を会議の終了後に返却しなければならない。
`),
    ['第3条 障害支援区分認定審査会の委員', '第4条 就学支援審議会の委員'],
  );
});

test('「…審査会の委員及び訪問調査員は」: each kind', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　障害支援区分認定審査会の委員及び訪問調査員は、職務上知り得た情報を適切に管理しなければならない。
`),
    ['第3条 障害支援区分認定審査会の委員・訪問調査員'],
  );
});
