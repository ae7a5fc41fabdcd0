/**
 * Posts written as a pool someone picks the holder from, one office per kind of unit, or an office by the short
 * name the text gives it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const postOf = (text: string, role: string) =>
  analyzePolicy(text).roles.find((r) => r.name === role || r.aliases?.includes(role))?.post;

const head = '第2条　村に情報セキュリティ管理者を置き、総務課長をもって充てる。\n';

test('「Xを置き、A又はBのうちからZが指名する」: the pool is the post', () => {
  const t = `${head}第3条　各課に情報セキュリティ推進者を置き、主幹又は係長のうちから情報セキュリティ管理者が指名する。\n`;
  assert.equal(postOf(t, '情報セキュリティ推進者'), '主幹又は係長');
});

test('「Xを置き、Zが…職にある者のうちから指名する」: the appointer first, then the pool', () => {
  const t = `${head}第3条　各係に情報セキュリティ推進者を置き、情報セキュリティ管理者が主幹職にある者のうちから指名する。\n`;
  assert.equal(postOf(t, '情報セキュリティ推進者'), '主幹職にある者');
});

test('「Xを置き、A又はこれに相当する職にある者のうちからZが指名する」', () => {
  const t = `${head}第3条　各施設に情報セキュリティ推進者を置き、主幹又はこれに相当する職にある者のうちから施設長が指名する。\n`;
  assert.equal(postOf(t, '情報セキュリティ推進者'), '主幹又はこれに相当する職にある者');
});

test('negative: a pool of staff (「所属の職員のうちから指名する」) is no post', () => {
  const t = `${head}第3条　各課に情報セキュリティ推進者を置き、所属の職員のうちから情報セキュリティ管理者が指名する。\n`;
  assert.equal(postOf(t, '情報セキュリティ推進者'), undefined);
});

test('「AにあってはPを、BにあってはQを、Xとする」: the office of the first kind of unit is the post', () => {
  const t = `${head}第3条　小学校にあっては教頭を、給食センターにあっては所長が指名する主査を、情報セキュリティ推進者とする。\n`;
  assert.equal(postOf(t, '情報セキュリティ推進者'), '教頭');
});

test('「Xを置き、当該組織の長（以下「課長等」という。）をもって充てる」: the office by its short name', () => {
  const t = `${head}第3条　課その他これに相当する組織に情報セキュリティ推進者を置き、当該組織の長（以下「課長等」という。）をもって充てる。\n`;
  assert.equal(postOf(t, '情報セキュリティ推進者'), '課長等');
});

test('negative: a short name that is a role (以下「統括者」) does not replace the office', () => {
  const t = `${head}第3条　村に情報セキュリティ統括者を置き、副村長（以下「統括者」という。）をもって充てる。\n`;
  assert.equal(postOf(t, '情報セキュリティ統括者'), '副村長');
});
