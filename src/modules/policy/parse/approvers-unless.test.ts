/** 「Xの許可を得なければ…ことができない」: a prohibition lifted by X's permission. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { modalityOf } from './modality.ts';

test('「…なければ…ことができない」 is must_not; 「…ことができない」 alone stays as it was', () => {
  assert.equal(modalityOf('来館者は、館長の許可を受けなければ書庫に入ることができない。'), 'must_not');
  assert.equal(modalityOf('委員は、会議に出席することができない。'), null);
});

test('the permission of such a sentence is the role that gives it', () => {
  const a = analyzePolicy(`第１条　館に管理責任者を置き、副館長をもって充てる。
第２条　来館者は、管理責任者の許可を受けなければ書庫に入ることができない。
`);
  const o = a.obligations.find((x) => x.path === '第2条');
  assert.equal(o?.modality, 'must_not');
  assert.deepEqual(o?.approver, ['管理責任者']);
});
