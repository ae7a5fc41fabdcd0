/**
 * 「Xを置き、Xには、Yの職にある者を充てる」「Xを置き、Xは、Yをもって充てる」: the role named again before its office is
 * not part of the post. Snippets written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

test('[R-A1] 「Xを置き、Xには、Yの職にある者を充てる」 fills X with Y', () => {
  assert.deepEqual(
    roles(`第２条　村に、情報セキュリティ統括者を置き、副村長をもって充てる。
第３条　村に、情報セキュリティ推進者を置き、情報セキュリティ推進者には、総務課長の職にある者を充てる。
２　情報セキュリティ推進者は、情報セキュリティ統括者を補佐する。
第４条　課に情報取扱責任者を置き、情報取扱責任者には、課の庶務を担当する係長の職にある者を充てる。
２　情報取扱責任者は、情報セキュリティ推進者の指示に従う。
`),
    [
      '情報セキュリティ統括者|副村長|1',
      '情報セキュリティ推進者|総務課長|2',
      '情報取扱責任者|課の庶務を担当する係長|3',
    ],
  );
});

test('[R-A1] 「Xを置き、Xは、Yをもって充てる」 and a short name restated fill X with Y', () => {
  assert.deepEqual(
    roles(`第２条　組合に、最高情報管理者を置き、副管理者をもって充てる。
第３条　組合に、情報管理責任者（以下「責任者」という。）を置き、責任者は、事務局長をもって充てる。
２　責任者は、最高情報管理者を補佐する。
第４条　各課に課情報管理者を置き、課情報管理者は、各課長をもって充てる。
２　課情報管理者は、責任者の指示を受ける。
`),
    ['最高情報管理者|副管理者|1', '情報管理責任者|事務局長|2', '課情報管理者|課長|3'],
  );
});
