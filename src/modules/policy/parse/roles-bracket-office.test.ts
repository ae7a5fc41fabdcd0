/**
 * 「本市に統括情報保全責任者（総務部長）を置く」 and a 「…とする」 naming the office as whoever holds it (「総務部長の職に
 * ある者を統括情報保全責任者とする」): the office fills the role. A name the text keeps writing with its bracket keeps it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const posts = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

test('the office in the bracket after a role set up in a sentence', () => {
  for (const [a, b] of [
    ['本市に統括情報保全責任者（総務部長）を置く。', '各課に情報保全管理者（課長）を置く。'],
    ['本市に、統括情報保全責任者（総務部長）を置くものとする。', '課に情報保全管理者（課長）を置く。'],
  ])
    assert.deepEqual(
      posts(`第１条　${a}\n２　${b}\n第２条　情報保全管理者は、統括情報保全責任者の指示に従う。\n`),
      ['統括情報保全責任者|総務部長|1', '情報保全管理者|課長|2'],
      a,
    );
});

test('「…の職にある者をXとする」', () => {
  assert.deepEqual(
    posts(`第１条　総務部長の職にある者を統括情報保全責任者とする。
２　課長の職にある者を情報保全管理者とする。
第２条　情報保全管理者は、統括情報保全責任者の指示に従う。
`),
    ['統括情報保全責任者|総務部長|1', '情報保全管理者|課長|2'],
  );
});

test('negative: a name the text keeps writing with its bracket keeps it', () => {
  const got = posts(`第１条　本市に情報保全責任者（次長）を置く。
第２条　情報保全責任者（次長）は、情報資産を管理する。
３　職員は、情報保全責任者（次長）の指示に従う。
`);
  assert.ok(
    got.some((r) => r.startsWith('情報保全責任者(次長)|')),
    got.join(' '),
  );
});
