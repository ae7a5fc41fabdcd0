/**
 * One office per kind of unit after the role is set up: 「各所属にXを置き、事務局にあっては各課長を、消防本部にあっては
 * 総務課長をもって充てる」 — the office of the first kind of unit is the post.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const postOf = (text: string, role: string) => analyzePolicy(text).roles.find((r) => r.name === role)?.post;

const head = '第２条　組合に情報保全統括者を置き、事務局長をもって充てる。\n';

test('「Xを置き、AにあってはPを、BにあってはQをもって充てる」', () => {
  const t = `${head}第３条　各所属に情報保全責任者を置き、事務局にあっては各課長を、浄水場にあっては場長を、研究所にあっては所長をもって充てる。\n`;
  assert.equal(postOf(t, '情報保全責任者'), '課長');
});

test('「Xは、AにあってはPを、BにあってはQをもって充てる」', () => {
  const t = `${head}第３条　情報保全責任者は、本庁にあっては課長を、出張所にあっては出張所長をもって充てる。\n`;
  assert.equal(postOf(t, '情報保全責任者'), '課長');
});
