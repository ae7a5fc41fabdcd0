/**
 * 「…が所属の係長等の中から指名する」: 所属 is the appointer's own unit, so the office picked from is the post; the
 * head of it (「所属の長」) keeps its unit. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head =
  '第1条　町に最高情報責任者を置き、副町長をもって充てる。\n第2条　課ごとに文書管理者を置き、課長をもって充てる。\n';
const role = (text: string, name: string) =>
  analyzePolicy(`${head}${text}\n`).roles.find((r) => r.name === name);

test('「Xを置き、Yが所属の係長等の中から指名する」: the office picked from', () => {
  const r = role(
    '第3条　文書管理者の指示に従い事務を行う者として文書担当者を置き、文書管理者が所属の係長等の中から指名する。',
    '文書担当者',
  );
  assert.equal(r?.post, '係長等');
  assert.equal(r?.appointedBy, '文書管理者');
});

test('「Xは、所属の主査のうちから文書管理者が指名する者とする」', () => {
  const r = role('第3条　文書担当者は、所属の主査のうちから文書管理者が指名する者とする。', '文書担当者');
  assert.equal(r?.post, '主査');
});

test('「所属の長」 keeps its unit', () => {
  const r = role('第3条　所属ごとに情報推進者を置き、所属の長をもって充てる。', '情報推進者');
  assert.equal(r?.post, '所属の長');
});
