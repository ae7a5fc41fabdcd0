/** A heading that names a role with a short name that is not all Latin letters: 「副最高…責任者（副ＣＩＯ）」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('「X（副ＣＩＯ）」 as a heading is the role X with its short name, listed once', () => {
  const roles = analyzePolicy(`1 体制
1.1 最高情報統括責任者（ＣＩＯ）
　市長を、最高情報統括責任者（以下「ＣＩＯ」という。）とする。
1.2 副最高情報統括責任者（副ＣＩＯ）
　副市長を、副最高情報統括責任者（以下「副ＣＩＯ」という。）とする。
　副ＣＩＯは、ＣＩＯを補佐する。
`).roles.map((r) => `${r.name}|${(r.aliases ?? []).join(',')}|${r.post ?? ''}`);
  assert.equal(roles.length, 2);
  assert.ok(!roles.some((r) => r.includes('(')), roles.join(' / '));
});
