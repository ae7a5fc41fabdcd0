/** Posts a policy gives to the head of every unit (「各課の課長」) and the posts people hold. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { postHeldBy } from './post-match.ts';

test('[R-A1] 「各部の部長」「各部長」 are held by the head of each 部: 財務部長, 部長; never by 次長 or 副部長', () => {
  for (const post of ['各部の部長', '各部長']) {
    assert.ok(postHeldBy(post, '財務部長'), post);
    assert.ok(postHeldBy(post, '市民生活部長'), post);
    assert.ok(postHeldBy(post, '部長'), post);
    assert.ok(!postHeldBy(post, '副部長'), post);
    assert.ok(!postHeldBy(post, '財務部次長'), post);
    assert.ok(!postHeldBy(post, '財務課長'), post);
  }
});

test('[R-A1] 「各部の部長補佐」 is held by 部長補佐 of each 部, not by the 部長', () => {
  assert.ok(postHeldBy('各部の部長補佐', '部長補佐'));
  assert.ok(postHeldBy('各部の部長補佐', '財務部長補佐'));
  assert.ok(!postHeldBy('各部の部長補佐', '財務部長'));
  assert.ok(!postHeldBy('各部長', '財務部長補佐'));
});

test('「各室の文書担当」 is held by the 文書担当 of each 室; other posts match only as written', () => {
  assert.ok(postHeldBy('各室の文書担当', '広報室文書担当'));
  assert.ok(postHeldBy('各室の文書担当', '広報室の文書担当'));
  assert.ok(postHeldBy('各室の文書担当', '文書担当'));
  assert.ok(!postHeldBy('各室の文書担当', '文書係長'));
  assert.ok(postHeldBy('財務部長', '財務部長'));
  assert.ok(!postHeldBy('部長', '財務部長'), 'a post without 各 means that post only');
  assert.ok(!postHeldBy('', ''));
});
