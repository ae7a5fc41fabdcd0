/**
 * 「当該情報システムを所管する課の係長」: an office of a unit below the one the clause names (a 係長 of that 課, one of
 * several) is said by the clause in full, where the unit's own office (「…課の課長補佐」) is the office alone; and a
 * pool of the holders of an office (「…の係長の職にある者のうちからXを指名する」) is that office.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const posts = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.appointedBy ?? ''}`);

const HEAD = `第１条　組合に情報保全統括者を置き、事務局長をもって充てる。
`;

test('an office of a unit below the one the clause names is the clause in full', () => {
  assert.deepEqual(
    posts(`${HEAD}第２条　情報システムごとに情報基盤管理者を置き、当該情報システムを所管する課の係長をもって充てる。
第３条　情報システムごとに情報基盤担当者を置き、当該情報システムを所管する課の課長補佐をもって充てる。
`),
    [
      '情報保全統括者|事務局長|',
      '情報基盤管理者|当該情報システムを所管する課の係長|',
      '情報基盤担当者|課長補佐|',
    ],
  );
});

test('a pool of the holders of an office someone designates from', () => {
  for (const pool of ['当該情報システムを所管する課の係長', '総務課の主査'])
    assert.deepEqual(
      posts(`${HEAD}第２条　情報保全統括者は、情報システムごとに、${pool}の職にある者のうちから情報基盤管理者を指名する。
`),
      ['情報保全統括者|事務局長|', `情報基盤管理者|${pool}|情報保全統括者`],
      pool,
    );
});

test('negative: a pool of staff is no office', () => {
  assert.deepEqual(
    posts(`${HEAD}第２条　情報保全統括者は、総務課の職員のうちから情報基盤管理者を指名する。
`),
    ['情報保全統括者|事務局長|', '情報基盤管理者||情報保全統括者'],
  );
});
