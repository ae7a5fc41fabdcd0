/**
 * A role heading its clause with the office in a bracket (「（１）統括情報保全責任者（総務部長）」), where the text then
 * writes the role without the bracket: the bracket names the office that fills the role. A name the text writes
 * with its bracket (「情報保全責任者(次長)は、」) keeps it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

test('the office in the bracket of a role heading is its post', () => {
  assert.deepEqual(
    roles(`第１条　この規程は、本村の情報保全について定める。
第２条　役割
（１）　情報保全統括者（副村長）
情報保全統括者は、本村の情報保全に関する最終的な権限及び責任を有する。
（２）　情報保全責任者（各課長）
情報保全責任者は、情報保全統括者の指示に従い、課の情報資産を管理する。
（３）　情報保全担当者（係長又は主査）
情報保全担当者は、情報保全責任者を補佐する。
`),
    ['情報保全統括者|副村長|1', '情報保全責任者|課長|2', '情報保全担当者|係長|3'],
  );
});

test('negative: a name the text writes with its bracket keeps it', () => {
  const got = roles(`第１条　この規程は、本村の情報保全について定める。
第２条　役割
（１）　情報保全統括者（副村長）
情報保全統括者（副村長）は、本村の情報保全に関する最終的な権限及び責任を有する。
（２）　情報保全責任者（各課長）
情報保全責任者（各課長）は、情報保全統括者（副村長）の指示に従う。
`);
  assert.ok(
    got.some((r) => r.startsWith('情報保全統括者(副村長)|')),
    got.join(' '),
  );
});

test('「X（CISO：副村長）」: the short name and the office in one bracket', () => {
  assert.deepEqual(
    roles(`第１条　この規程は、本村の情報保全について定める。
第２条　体制
（１）　最高情報保全責任者（ＣＰＯ：副村長）
ＣＰＯは、本村の情報保全に関する最終的な権限及び責任を有する。
（２）　情報保全責任者（ＩＳＭ：総務課長）
ＩＳＭは、ＣＰＯの指示に従う。
`),
    ['CPO|副村長|1', 'ISM|総務課長|2'],
  );
});
