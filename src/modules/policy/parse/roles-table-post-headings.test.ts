/** A table of roles whose office column is headed 「充てる者」「担当職」「該当する職」: that column gives the post. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const posts = (text: string) => analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}`);

const table = (roleHead: string, postHead: string) => `第１条　この規程は、本組合の情報保全について定める。
第２条　役割は、次の表のとおりとする。

| ${roleHead} | 職務 | ${postHead} |
|---|---|---|
| 情報保全統括者 | 組合の情報保全を総括する | 事務局長 |
| 情報保全管理者 | 情報保全統括者の指示に従い、課の情報資産を管理する | 各課長 |
`;

test('the office column headed 「充てる者」「担当職」「該当する職」', () => {
  for (const [roleHead, postHead] of [
    ['役割', '充てる者'],
    ['区分', '担当職'],
    ['名称', '該当する職'],
  ])
    assert.deepEqual(
      posts(table(roleHead, postHead)),
      ['情報保全統括者|事務局長', '情報保全管理者|課長'],
      postHead,
    );
});
