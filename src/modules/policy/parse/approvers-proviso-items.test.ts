/**
 * A proviso that lifts a prohibition with approvers listed as items under it: 「ただし、次の各号に掲げる区分に応じ、
 * 当該各号に定める者の許可を得たときは、この限りでない。」 over 「(1) 重要度Ａの情報資産　X」「(2) 重要度Ｂの情報資産　Y」
 * is a permission of its own, level by level.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第1条　公団に総括管理者を置き、理事をもって充てる。
第2条　各部に部管理者を置き、部長をもって充てる。
第3条　情報資産は、その重要度に応じ、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
第4条　職員は、重要度Ｂ以上の情報資産を複写してはならない。ただし、次の各号に掲げる区分に応じ、当該各号に定める者の許可を得たときは、この限りでない。
（１）　重要度Ａの情報資産　総括管理者
（２）　重要度Ｂの情報資産　部管理者
第5条　職員は、情報資産を私物の端末に保存してはならない。ただし、業務上やむを得ない場合は、この限りでない。
`;

const a = analyzePolicy(TEXT);

test('the items under the proviso give each level its approver', () => {
  const lifted = a.obligations.find((o) => o.path === '第4条' && o.modality === 'may');
  assert.deepEqual(lifted?.approverByLevel, { 重要度A: ['総括管理者'], 重要度B: ['部管理者'] });
});

test('a proviso naming no one gives no permission', () => {
  assert.equal(
    a.obligations.find((o) => o.path === '第5条' && o.modality === 'may'),
    undefined,
  );
});
