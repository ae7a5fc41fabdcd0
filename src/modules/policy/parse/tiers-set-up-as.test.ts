/**
 * 「…を総括する者としてXを置き、消防長がその任に当たる」「Yを補佐する者としてZを置き、…」: a role set up as who does
 * something is what the sentence says it does; and a deputy whose 副 stands before the last word of the name
 * (情報セキュリティ副総括者) is under the role it is the deputy of.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

test('a role set up as who oversees the whole is the top; the one set up to assist it is below', () => {
  assert.deepEqual(
    roles(`第１条　組合の情報保全に関する事務を総括する者として情報保全統括者を置き、消防長がその任に当たる。
２　情報保全統括者は、重大な事故が生じたときは、管理者に報告しなければならない。
第２条　情報保全統括者を補佐する者として情報保全補佐員を置き、参事がその任に当たる。
第３条　各所属に情報保全管理者を置き、各所属の主幹をもって充てる。
２　情報保全管理者は、情報保全補佐員の指揮を受ける。
`),
    ['情報保全統括者|消防長|1', '情報保全補佐員|参事|2', '情報保全管理者|所属の主幹|3'],
  );
});

test('a deputy named with 副 before its last word', () => {
  for (const [head, deputy] of [
    ['情報管理総括者', '情報管理副総括者'],
    ['情報セキュリティ責任者', '情報セキュリティ副責任者'],
  ])
    assert.deepEqual(
      roles(`第１条　組合に${head}を置き、消防長をもって充てる。
第２条　組合に${deputy}を置き、参事をもって充てる。
第３条　各所属に情報管理担当者を置き、各所属の主幹をもって充てる。
２　情報管理担当者は、${deputy}の指示を受ける。
`),
      [`${head}|消防長|1`, `${deputy}|参事|2`, '情報管理担当者|所属の主幹|3'],
      deputy,
    );
});
