/** Offices whose name does not end in 長: a prefecture's 知事 and 副知事 fill roles as any office does. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

test('「副知事を、X（以下「Z」という。）とする」: 副知事 is the post of the role on top', () => {
  const got = roles(`1 推進体制
1.1 情報化推進統括者
　副知事を、情報化推進統括者（以下「統括者」という。）とする。
　統括者は、県の情報セキュリティ対策を総括する。
1.2 情報化推進責任者
　情報政策課長を、情報化推進責任者とする。
　情報化推進責任者は、統括者の命を受け、対策を実施する。
`);
  assert.deepEqual(
    got.map((r) => r.replace(/^統括者\|/, '情報化推進統括者|')),
    ['情報化推進統括者|副知事|1', '情報化推進責任者|情報政策課長|2'],
  );
});

test('「Xを置き、知事をもって充てる」: 知事 is a post too', () => {
  assert.deepEqual(
    roles(`第２条　県に情報セキュリティ最高責任者を置き、知事をもって充てる。
第３条　県に情報セキュリティ管理者を置き、総務部長をもって充てる。
２　情報セキュリティ管理者は、情報セキュリティ最高責任者を補佐する。
`),
    ['情報セキュリティ最高責任者|知事|1', '情報セキュリティ管理者|総務部長|2'],
  );
});
