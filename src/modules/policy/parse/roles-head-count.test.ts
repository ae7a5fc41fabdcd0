/**
 * 「課長は、課の職員のうちからXを一人指名する」「…のうちからXを若干名指名する」「Xを２名置く」: a head count after を
 * changes nothing; the role is set up all the same.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.appointedBy ?? ''}`);

test('a head count after を', () => {
  for (const count of ['一人', '１名', '若干名'])
    assert.deepEqual(
      roles(`第１条　各課に情報保全管理者を置き、各課長をもって充てる。
２　情報保全管理者は、課の職員のうちから情報保全推進員を${count}指名する。
`),
      ['情報保全管理者|課長|', '情報保全推進員||情報保全管理者'],
      count,
    );
});
