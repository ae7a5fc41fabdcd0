/**
 * A role named for the information it oversees may end in 監 or 官 (情報化推進監, 情報管理副監, 情報安全統括官), and a
 * board member's security role in 理事 (情報セキュリティ統括理事): the text sets it up like any other role.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

test('a role ending in 監 or 官 named for information', () => {
  for (const name of ['情報化推進監', '情報管理副監', '情報保全統括官'])
    assert.deepEqual(
      roles(`第１条　市に情報保全責任者を置き、副市長をもって充てる。
第２条　情報保全責任者を補佐させるため、${name}を置き、企画部長をもって充てる。
２　${name}は、情報保全責任者を補佐する。
第３条　各課に情報保全管理者を置き、各課長をもって充てる。
２　情報保全管理者は、${name}の指示に従う。
`),
      ['情報保全責任者|副市長|1', `${name}|企画部長|2`, '情報保全管理者|課長|3'],
      name,
    );
});

test('a board member named for security', () => {
  assert.deepEqual(
    roles(`第１条　理事長は、常務理事を情報セキュリティ総括理事に任命する。
２　情報セキュリティ総括理事は、法人の情報セキュリティ対策に関する最終的な責任を負う。
第２条　各部に情報管理者を置き、各部長をもって充てる。
２　情報管理者は、情報セキュリティ総括理事の指示に従う。
`),
    ['情報セキュリティ総括理事|常務理事|1', '情報管理者|部長|2'],
  );
});

test('negative: an office ending in 監 that names no information is no role', () => {
  const got = roles(`第１条　市に情報保全責任者を置き、デジタル推進監をもって充てる。
第２条　各課に情報保全管理者を置き、各課長をもって充てる。
２　情報保全管理者は、情報保全責任者の指示に従う。
`);
  assert.deepEqual(got, ['情報保全責任者|デジタル推進監|1', '情報保全管理者|課長|2']);
});
