/**
 * 「各課長は、それぞれXとして、…」「総務部長は、XとしてYを補佐し」「病院事業管理者は、病院局のXとして、…」: the office
 * fills the role it acts as, the body whose role it is (「病院局の」) being no part of the name; an office named like a
 * role (病院事業管理者) is then no role of its own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

test('an office acting as a role, with それぞれ or an object after として', () => {
  assert.deepEqual(
    roles(`第１条　組合に情報保全統括者を置き、事務局長をもって充てる。
第２条　総務課長は、情報保全推進者として情報保全統括者を補佐し、組合の情報保全対策を推進する。
第３条　各課長は、それぞれ課情報保全管理者として、情報保全推進者の指示の下、課の情報保全対策を実施する。
`),
    ['情報保全統括者|事務局長|1', '情報保全推進者|総務課長|2', '課情報保全管理者|課長|3'],
  );
});

test('an office named like a role acting as the body’s role', () => {
  assert.deepEqual(
    roles(`第１条　水道事業管理者は、水道局の最高情報保全責任者として、情報保全対策に関する事務を総理する。
第２条　水道局に情報保全統括者を置き、経営課長をもって充てる。
２　情報保全統括者は、最高情報保全責任者を補佐する。
`),
    ['最高情報保全責任者|水道事業管理者|1', '情報保全統括者|経営課長|2'],
  );
});
