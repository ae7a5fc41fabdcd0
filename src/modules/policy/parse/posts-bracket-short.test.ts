/**
 * 「最高情報セキュリティ責任者（副知事をもって充てる。以下「ＣＩＳＯ」という。）」: the office in a bracket after the
 * role fills it, even where the bracket also gives the role its short name. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${[...(r.aliases ?? [])].join(',')}|${r.post ?? '-'}`);

test('an acronym after the appointment in the bracket', () => {
  const got = roles(`第１　体制
１　支所における文書保全は、県の規程に定める最高文書保全責任者（副知事をもって充てる。以下「ＣＤＯ」という。）の総括の下に行う。
２　文書管理者は、ＣＤＯの指示を受け、支所の文書を管理する。
`);
  assert.ok(got.includes('CDO|最高文書保全責任者|副知事'), got.join(' '));
});

test('a short name in words, and 「これに充てる」', () => {
  const got = roles(`第１　体制
１　本会の記録の保全は、記録保全統括者（常務理事をもってこれに充てる。以下「統括者」という。）が総括する。
２　記録保全統括者は、記録の保全に関する最終的な責任を負う。
`);
  assert.ok(got.includes('記録保全統括者|統括者|常務理事'), got.join(' '));
});
