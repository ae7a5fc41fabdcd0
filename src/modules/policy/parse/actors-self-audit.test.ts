/**
 * The auditor's independence (「監査を行う者（職員）は、自らが所属する課の監査を行ってはならない」) is a rule on who may
 * audit what: it names no one who must act, while an auditor's other duties keep their actor. Snippets written for
 * these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actors = (text: string) =>
  analyzePolicy(text).obligations.map((o) => `${o.path} ${o.actors.join('・') || '-'}`);

const SETUP = `第２条　市に最高情報セキュリティ責任者を置き、副市長をもって充てる。
２　最高情報セキュリティ責任者は、毎年度、監査を行う職員を指名しなければならない。
`;

test('「監査を行う職員は、自らが所属する課の監査を行ってはならない」 names no actor', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　職員は、監査に協力しなければならない。
２　監査を行う職員は、自らが所属する課の監査を行ってはならない。
３　監査を行う者は、自己の所属する部局を監査してはならない。
`),
    ['第2条/2 最高情報セキュリティ責任者', '第3条 職員', '第3条/2 -', '第3条/3 -'],
  );
});

test('an auditor’s other duties keep the staff named by their task', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　監査を行う職員は、監査の結果を最高情報セキュリティ責任者に報告しなければならない。
`),
    ['第2条/2 最高情報セキュリティ責任者', '第3条 監査を行う職員'],
  );
});
