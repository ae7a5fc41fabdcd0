/**
 * A text that names few roles and puts offices in their chain (「主管課長は、ＣＤＯの指揮監督を受け」) gives its duties to
 * those offices: the offices its organization charges with duties are roles held by the office itself, ranked by the
 * relations the text states. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text)
    .roles.map((r) => `${r.name}|${r.post ?? '-'}|${r.tier ?? ''}`)
    .sort();

const body = (relation: string) => `第１　趣旨
この要領は、県の文書管理規程に基づき、支所における文書の取扱いを定める。
第２　体制
１　支所における文書の管理は、県の規程に定める最高文書責任者（副知事をもって充てる。以下「ＣＤＯ」という。）の総括の下に行う。
２　主管課長は、ＣＤＯの${relation}、支所の文書の管理について助言を行う。
３　支所長は、支所における文書の管理について責任を負い、支所の職員を指揮監督する。
４　支所長は、毎年度、文書の管理の状況を主管課長に報告しなければならない。
５　副支所長は、支所長を補佐する。
６　係長は、支所長の指揮監督を受け、係の文書を管理する。
７　各係に文書整理員を置き、係長が班長のうちから指名する。
８　文書整理員は、係長の指示に従い、文書の整理を行う。
`;

for (const relation of ['指揮監督を受け', '指示を受け'])
  test(`「主管課長は、ＣＤＯの${relation}」: the offices in the chain are roles`, () => {
    assert.deepEqual(roles(body(relation)), [
      'CDO|副知事|1',
      '主管課長|主管課長|2',
      '係長|係長|4',
      '副支所長|副支所長|4',
      '支所長|支所長|3',
      '文書整理員|班長|5',
    ]);
  });

test('negative: offices that fill the named roles add none', () => {
  const got = roles(`第１　体制
１　本市に文書統括者を置き、副市長をもって充てる。
２　文書統括者は、文書の管理に関する最終的な権限及び責任を有する。
３　本市に文書管理者を置き、総務課長をもって充てる。
４　総務課長は、文書統括者の指示を受け、文書の管理を行う。
５　係長は、文書の整理について責任を負う。
`);
  assert.deepEqual(got, ['文書管理者|総務課長|2', '文書統括者|副市長|1']);
});
