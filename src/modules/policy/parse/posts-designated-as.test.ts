/**
 * 「Xを補佐する者として、企画部長をYに指定する」「…を管理させるため、総務課長をYに指名する」: what the office is named
 * for, written first, changes nothing: the office fills the role. A designation the subject may make
 * (「Xは、…ため、総務課長をYに指定することができる」) is another form's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const posts = (text: string) => analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}`);

test('the office named for a role after what it is for', () => {
  assert.deepEqual(
    posts(`第１条　県の情報保全対策に関する最終的な決定は、情報保全統括者が行う。
第２条　情報保全統括者を補佐する者として、企画部長を情報保全推進監に指定する。
第３条　県の情報基盤を管理させるため、情報政策課長を情報基盤管理者に指名する。
２　情報基盤管理者は、情報保全推進監の指示を受ける。
`).filter((r) => !r.startsWith('情報保全統括者')),
    ['情報保全推進監|企画部長', '情報基盤管理者|情報政策課長'],
  );
});

test('negative: a designation the subject may make sets up no standing role', () => {
  const got = posts(`第１条　組合に情報保全統括者を置き、事務局長をもって充てる。
２　情報保全統括者は、その職務を補助させるため、総務課長を副統括者に指定することができる。
`);
  assert.deepEqual(got, ['情報保全統括者|事務局長']);
});
