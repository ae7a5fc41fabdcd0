/**
 * Tier relations in the forms the text writes them: each verb in its connective, plain and て forms
 * (指示に従い / 従う / 従って), brackets inside the relation (指揮（監督）の下), a role set up under another
 * (「Xの下に、Yを置き」) and relations stated in a list of terms (「（３）Y　Xの指揮を受け…者をいう。」).
 * Every text gives the lower roles offices of the same rank as the upper ones' or none, so that only the
 * relation can place them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const tiers = (text: string) => analyzePolicy(text).roles.map((r) => `${r.name}|${r.tier ?? ''}`);

const SETUP = `第２条　市に情報セキュリティ統括者を置き、総務部長をもって充てる。
２　市に情報セキュリティ推進者を置き、企画部長をもって充てる。
３　市に情報セキュリティ担当者を置き、市民部長をもって充てる。
`;

for (const [form, relation] of [
  ['の指示に従う (plain ending)', '情報セキュリティ統括者の指示に従う。'],
  ['の指示に従って', '情報セキュリティ統括者の指示に従って、部の対策を実施する。'],
  ['の指示により', '情報セキュリティ統括者の指示により、部の対策を実施する。'],
  ['の指揮（監督）の下', '情報セキュリティ統括者の指揮（監督）の下、部の対策を実施する。'],
  ['の指揮命令を受け', '情報セキュリティ統括者の指揮命令を受け、部の対策を実施する。'],
  ['の命に従い', '情報セキュリティ統括者の命に従い、部の対策を実施する。'],
  ['の監督を受け', '情報セキュリティ統括者の監督を受け、部の対策を実施する。'],
  ['を補助', '情報セキュリティ統括者を補助し、部の対策を実施する。'],
  ['の統括の下', '情報セキュリティ統括者の統括の下、部の対策を実施する。'],
  ['の下で', '情報セキュリティ統括者の下で、部の対策を実施する。'],
] as const)
  test(`[R-A1] 「Xは、Y${form}」 puts X under Y`, () => {
    assert.deepEqual(
      tiers(`${SETUP}第３条　情報セキュリティ推進者は、${relation}
２　情報セキュリティ担当者は、情報セキュリティ推進者の指示に従う。
`),
      ['情報セキュリティ統括者|1', '情報セキュリティ推進者|2', '情報セキュリティ担当者|3'],
    );
  });

test('[R-A1] 「Xの下に、Yを置き、…をもって充てる」 sets Y up under X', () => {
  assert.deepEqual(
    tiers(`${SETUP.split('\n')[0]}
２　情報セキュリティ統括者の下に、情報セキュリティ推進者を置き、企画部長をもって充てる。
３　情報セキュリティ推進者の下に情報セキュリティ担当者を置き、市民部長をもって充てる。
`),
    ['情報セキュリティ統括者|1', '情報セキュリティ推進者|2', '情報セキュリティ担当者|3'],
  );
});

test('「…の下に置く」 with no role before it places nothing (a unit set up under the 総務課)', () => {
  assert.deepEqual(
    tiers(`${SETUP}第３条　総務課の下に、情報セキュリティ推進者を置く事務室を設ける。
`),
    ['情報セキュリティ統括者|', '情報セキュリティ推進者|', '情報セキュリティ担当者|'],
  );
});

test('[R-A1] roles defined in a list of terms and appointed later take their tiers from the definitions', () => {
  assert.deepEqual(
    tiers(`第１　用語
１　この要綱において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）最高責任者　市における情報セキュリティ対策に関する最終的な権限及び責任を有する者をいう。
（２）統括責任者　最高責任者を補佐し、全庁の情報セキュリティ対策を統括する者をいう。
（３）部情報責任者　統括責任者の指揮を受け、所管する部の情報セキュリティ対策を実施する者をいう。
（４）システム管理者　統括責任者の指揮を受け、所管する情報システムを管理する者をいう。
（５）課情報担当者　部情報責任者の指示に従い、課における日常の対策を行う者をいう。
第２　体制
１　最高責任者は、副市長をもって充てる。
２　統括責任者は、総務部長をもって充てる。
３　部情報責任者は、各部長をもって充てる。
４　システム管理者は、情報システムを所管する課の長をもって充てる。
５　課情報担当者は、各課の庶務担当係長をもって充てる。
６　システム管理者は、障害を部情報責任者に報告しなければならない。
`),
    ['最高責任者|1', '統括責任者|2', '部情報責任者|3', 'システム管理者|3', '課情報担当者|4'],
  );
});

test('[R-A1] a term defined 「「X」とは、Yの指揮を受け…者をいう。」 is placed under Y', () => {
  assert.deepEqual(
    tiers(`${SETUP}第３条　この規程において「情報セキュリティ推進者」とは、情報セキュリティ統括者の指揮を受け、部の対策を行う者をいう。
２　この規程において「情報セキュリティ担当者」とは、情報セキュリティ推進者を補佐する者をいう。
`),
    ['情報セキュリティ統括者|1', '情報セキュリティ推進者|2', '情報セキュリティ担当者|3'],
  );
});

test('a term that is no role (「職員」「情報資産」) adds no relation', () => {
  assert.deepEqual(
    tiers(`第１　用語
（１）職員　情報セキュリティ統括者の指揮を受けて事務に従事する者をいう。
第２　体制
１　市に情報セキュリティ統括者を置き、総務部長をもって充てる。
２　市に情報セキュリティ推進者を置き、企画部長をもって充てる。
３　情報セキュリティ推進者は、情報セキュリティ統括者の指示に従う。
`),
    ['情報セキュリティ統括者|1', '情報セキュリティ推進者|2'],
  );
});

test('[R-A1] a deputy (副X) stands under X even where its office says nothing of rank', () => {
  assert.deepEqual(
    tiers(`第２条　市に最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、情報政策監をもって充てる。
２　市に副最高情報セキュリティ責任者（以下「副ＣＩＳＯ」という。）を置き、デジタル推進監をもって充てる。
３　市に副情報統括者を置き、企画監をもって充てる。
`),
    ['CISO|1', '副CISO|2', '副情報統括者|'],
  );
});
