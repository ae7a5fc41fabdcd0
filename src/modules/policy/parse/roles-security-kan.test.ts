/** A role named for the security it oversees may end in 官 (情報セキュリティ管理官, セキュリティ統括官) as it may in 監. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

test('a role ending in 官', () => {
  for (const name of ['情報セキュリティ管理官', '情報システムセキュリティ統括官'])
    assert.deepEqual(
      roles(`第１条　本市に${name}を置き、総務部長をもって充てる。
２　${name}は、本市の情報保全対策を統括する。
第２条　各課に情報保全管理者を置き、各課長をもって充てる。
２　情報保全管理者は、${name}の指示に従う。
`),
      [`${name}|総務部長|1`, '情報保全管理者|課長|2'],
      name,
    );
});

test('negative: an office ending in 官 that names no security is no role', () => {
  const got = roles(`第１条　本市に情報保全責任者を置き、総務部長をもって充てる。
第２条　各課に情報保全管理者を置き、各課長をもって充てる。
２　情報保全管理者は、情報保全責任者の指示に従う。
第３条　監察官は、必要に応じて調査を行う。
`);
  assert.ok(!got.some((r) => r.startsWith('監察官')), got.join(' '));
});
