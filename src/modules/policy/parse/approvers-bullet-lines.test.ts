/** 「次の者の許可」 over one line per level, 「●甲：係長」: the approvers by level of that permission. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('「次の者の許可を得なければならない」 takes its approvers by level from the bullet lines below it', () => {
  const a = analyzePolicy(
    [
      '１．区分',
      '\t■資料は、次の二つに分類する。',
      '\t●要管理：寄贈者の連絡先その他未公表の資料',
      '\t●公開：公表された年報',
      '２．体制',
      '\t●館長を総括責任者とし、資料係長を資料管理者とする。',
      '３．持出し',
      '\t・職員は、要管理の資料を館外に持ち出すときは、次の者の許可を得なければならない。',
      '\t\t●要管理：総括責任者',
      '',
    ].join('\n'),
  );
  const o = a.obligations.find((x) => x.text.includes('持ち出す'));
  assert.deepEqual(o?.approverByLevel, { 要管理: ['総括責任者'] });
});
