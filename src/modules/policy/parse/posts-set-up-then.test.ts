/** 「Xを置き、Yとする」: what the sentence that sets up the role makes of it is who fills it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roleOf = (text: string, name: string) => analyzePolicy(text).roles.find((r) => r.name === name);

test('「Xを置き、総務部長とする」「各課にXを置き、課長補佐とする」', () => {
  const t = `第２条　本市に統括情報保全責任者を置き、総務部長とする。
第３条　各課に情報保全推進者を置き、課長補佐とする。
第４条　情報保全推進者は、統括情報保全責任者の指示に従う。
`;
  assert.equal(roleOf(t, '統括情報保全責任者')?.post, '総務部長');
  assert.equal(roleOf(t, '情報保全推進者')?.post, '課長補佐');
});

test('「Xを置き、…のうちからZが指名する者とする」: the pool and the appointer', () => {
  const t = `第２条　本市に統括情報保全責任者を置き、総務部長とする。
第３条　各課に情報保全推進者を置き、係長のうちから統括情報保全責任者が指名する者とする。
`;
  assert.equal(roleOf(t, '情報保全推進者')?.post, '係長');
  assert.equal(roleOf(t, '情報保全推進者')?.appointedBy, '統括情報保全責任者');
});

test('negative: 「Xを置き、その任期は２年とする」 names no post', () => {
  const t =
    '第２条　本市に情報保全監査員を置き、その任期は２年とする。\n第３条　情報保全監査員は、監査を行う。\n';
  assert.equal(roleOf(t, '情報保全監査員')?.post, undefined);
});
