/**
 * 当該 (the one concerned) before a clause that says whose office it is: where the office follows the clause with no
 * unit between (「当該情報システムを所管する課長」), the post is written in full; where a unit comes between
 * (「当該情報システムを所管する課の課長補佐」), the office after the unit is the post.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const posts = (text: string) => analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}`);

const head = '第２条　町に統括情報保全責任者を置き、副町長をもって充てる。\n';

test('「当該…する課長」: the clause stays with the office', () => {
  const got =
    posts(`${head}第３条　業務システムごとに業務システム管理者を置き、当該業務システムを管理する課室長をもって充てる。
第４条　端末管理者は、当該端末を使用する所属長とする。
`);
  assert.ok(got.includes('業務システム管理者|当該業務システムを管理する課室長'), got.join(' '));
  assert.ok(got.includes('端末管理者|当該端末を使用する所属長'), got.join(' '));
});

test('「当該…する課の課長補佐」: the office after the unit is the post', () => {
  const got =
    posts(`${head}第３条　業務システムごとに業務システム管理者を置き、当該業務システムを管理する課の課長補佐をもって充てる。
第４条　端末管理者は、当該端末を使用する係の係長とする。
`);
  assert.ok(got.includes('業務システム管理者|課長補佐'), got.join(' '));
  assert.ok(got.includes('端末管理者|係長'), got.join(' '));
});
