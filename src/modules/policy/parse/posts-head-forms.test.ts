/**
 * The head of the body written as an office (管理者, 企業長, 理事長) beside roles appointed by name: the office a
 * sentence gives the final say in any of its wordings (「最終責任者とする」「最終的な判断を行う」「最高の責任を負う」
 * 「最終的に決定する」), or that heads the whole (「…を総括する」) where the roles are placed under it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

const rest = `第３条　組合に情報保全責任者を置き、事務局長をもって充てる。
２　情報保全責任者は、企業長の命を受け、対策を統括する。
第４条　各課に情報保全管理者を置き、各課長をもって充てる。
２　情報保全管理者は、情報保全責任者の指示に従う。
`;
const want = ['企業長|企業長|1', '情報保全責任者|事務局長|2', '情報保全管理者|課長|3'];

test('the final say in other wordings', () => {
  for (const line of [
    '企業長は、企業団の情報保全の最終責任者とする。',
    '企業長は、企業団の情報保全について最終的な判断を行う。',
    '企業長は、企業団の情報保全に関する最高の責任を負う。',
    '企業長は、情報保全に関する重要事項を最終的に決定する。',
    '企業長は、企業団の情報保全に関する最終的な意思決定を行う。',
  ])
    assert.deepEqual(
      roles(`第１条　この規程は、企業団の情報保全について定める。\n第２条　${line}\n${rest}`),
      want,
      line,
    );
});

test('an office that heads the whole, with the roles placed under it', () => {
  for (const line of [
    '企業長は、企業団の情報保全対策を総括する。',
    '企業長は、企業団の情報保全対策を総括し、必要な予算を確保する。',
  ])
    assert.deepEqual(
      roles(`第１条　この規程は、企業団の情報保全について定める。\n第２条　${line}\n${rest}`),
      want,
      line,
    );
});

test('negative: an office that heads the whole with nothing placed under it is no role', () => {
  const got = roles(`第１条　この規程は、企業団の情報保全について定める。
第２条　企業長は、企業団の情報保全対策を総括する。
第３条　組合に情報保全責任者を置き、事務局長をもって充てる。
第４条　各課に情報保全管理者を置き、各課長をもって充てる。
２　情報保全管理者は、情報保全責任者の指示に従う。
`);
  assert.ok(!got.some((r) => r.startsWith('企業長|')), got.join(' '));
});
