/** Approvers named in a note after the sentence: 「（許可権者：X）」, 「（許可権者：重要度Aは…、重要度Bは…）」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `1 体制
1.1 組織
本部に総括責任者を置き、本部長をもって充てる。管理責任者は、各課長をもって充てる。機器管理者は、電算係長をもって充てる。
管理責任者は、総括責任者の指揮を受ける。機器管理者は、管理責任者の指示に従う。
2 分類
2.1 区分
情報資産は、重要度A、重要度B及び重要度Cに分類する。
3 取扱い
3.1 複写
職員は、重要度A又は重要度Bの情報資産を複写するときは、許可を得なければならない。（許可権者：重要度Ａは総括責任者、重要度Ｂは管理責任者。ただし、定例の複写は管理責任者）職員は、複写した媒体を台帳に記録しなければならない。
3.2 機器
職員は、私物の機器を庁内の回線につないではならない。（許可権者が許可した場合を除く。許可権者：機器管理者）
職員は、プログラムを端末に入れるときは、許可を得なければならない。（許可権者：管理責任者）
`;

const a = analyzePolicy(TEXT);
const ob = (path: string, starts: string) =>
  a.obligations.find((o) => o.path === path && o.text.startsWith(starts));

test('「（許可権者：重要度Aは…、重要度Bは…）」 gives each level its approver, the exception after 。 aside', () => {
  const o = ob('3/3.1', '職員は、重要度A');
  assert.equal(o?.modality, 'must');
  assert.deepEqual(o?.approverByLevel, { 重要度A: ['総括責任者'], 重要度B: ['管理責任者'] });
  assert.ok(ob('3/3.1', '職員は、複写した媒体'));
});

test('a note that names one approver, also after an exception in the note, is the sentence’s approver', () => {
  const ban = ob('3/3.2', '職員は、私物の機器');
  assert.equal(ban?.modality, 'must_not');
  assert.deepEqual(ban?.approver, ['機器管理者']);
  assert.deepEqual(ob('3/3.2', '職員は、プログラム')?.approver, ['管理責任者']);
  // The note stays with its sentence: no obligation is made of it.
  assert.ok(!a.obligations.some((o) => o.text.startsWith('(')));
});
