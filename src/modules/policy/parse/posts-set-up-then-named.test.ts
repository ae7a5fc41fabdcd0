/**
 * 「…にXを置き、総務課長の職にある者を町長が指名する」「…の下にXを置き、総務課電算係長を指名する」: the office named
 * after the role is set up is its post; whoever names it appoints. Staff named are no office.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const posts = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.appointedBy ?? ''}`);

test('the office named after the role is set up, with or without who names it', () => {
  assert.deepEqual(
    posts(`第１条　町に情報保全統括者を置き、副町長をもって充てる。
第２条　町に情報保全監理者を置き、企画課長の職にある者を町長が指名する。
第３条　情報保全統括者の下に情報基盤保守管理者を置き、企画課電算係長を指名する。
第４条　各課に情報保全推進員を置き、所属の庶務担当主査の職にある者を課長が任命する。
`),
    [
      '情報保全統括者|副町長|',
      '情報保全監理者|企画課長|町長',
      '情報基盤保守管理者|企画課電算係長|',
      '情報保全推進員|所属の庶務担当主査|課長',
    ],
  );
});

test('negative: staff named are no office', () => {
  const got = posts(`第１条　町に情報保全統括者を置き、副町長をもって充てる。
第２条　各課に情報保全推進員を置き、所属の職員を課長が指名する。
`);
  assert.ok(!got.some((r) => r.startsWith('情報保全推進員|所属の職員')), got.join(' '));
});
