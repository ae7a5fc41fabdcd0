/** Approvers by level in a bracketed note after the permission sentence (「（許可権者　…：…、その他：…）」). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `1 体制
1.1 組織
本部に総括責任者を置き、本部長をもって充てる。管理責任者は、各課長をもって充てる。係長は、係責任者とする。
管理責任者は、総括責任者の指揮を受ける。係責任者は、管理責任者の指示に従う。
2 分類
2.1 区分
情報資産は、重要度A、重要度B及び重要度Cに分類する。
3 取扱い
3.1 複写
職員は、重要度B以上の情報資産を複写するときは、許可権者の許可を得なければならない。（許可権者　重要度Ａ：総括責任者、その他：管理責任者）職員は、複写した媒体を台帳に記録しなければならない。
3.2 送付
職員は、重要度B以上の情報資産を郵送するときは、許可権者の許可を得なければならない。（許可権者　重要度Ａ及び重要度Ｂ：係責任者）
`;

const a = analyzePolicy(TEXT);
const ob = (path: string, starts: string) =>
  a.obligations.find((o) => o.path === path && o.text.startsWith(starts));

test('the note’s levels and 「その他」 (the other levels the sentence names) go to the sentence before it', () => {
  const o = ob('3/3.1', '職員は、重要度B以上');
  assert.equal(o?.modality, 'must');
  assert.deepEqual(o?.approverByLevel, { 重要度A: ['総括責任者'], 重要度B: ['管理責任者'] });
  // The sentence after the note is a sentence of its own, without it.
  assert.ok(ob('3/3.1', '職員は、複写した媒体'));
});

test('one approver for two levels in the note', () => {
  assert.deepEqual(ob('3/3.2', '職員は')?.approverByLevel, { 重要度A: ['係責任者'], 重要度B: ['係責任者'] });
});
