/**
 * A role the 定義 article defines as the holder of an office: 「X　総務部長の職にある者をいう。」「X　課長をいう。」.
 * A term defined by what its holder does is no post.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const posts = (text: string) => analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}`);

const text = (first: string, second: string) => `（定義）
第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）　情報保全統括者　${first}
（２）　情報保全管理者　${second}
第３条　情報保全管理者は、情報保全統括者の指示に従う。
`;

test('a term defined as the holder of an office', () => {
  assert.deepEqual(posts(text('総務部長の職にある者をいう。', '課長の職にある者をいう。')), [
    '情報保全統括者|総務部長',
    '情報保全管理者|課長',
  ]);
  assert.deepEqual(posts(text('副町長をいう。', '各課の長をいう。')), [
    '情報保全統括者|副町長',
    '情報保全管理者|課の長',
  ]);
});

test('negative: a term defined by what its holder does is no post', () => {
  const got = posts(text('組合の情報保全を総括する者をいう。', '課の情報資産を管理する者をいう。'));
  assert.ok(
    got.every((r) => r.endsWith('|')),
    got.join(' '),
  );
});
