/**
 * The ways the next 項 says who gives the permission the 項 before asks for: 「前項の規定による許可は、Xが行う」,
 * 「前項の許可をする者は、Xとする」, 「前項の許可権者は、Xとする」 — the latter two no duty of their own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const HEAD = `第１条　町に統括管理者を置き、副町長をもって充てる。
第２条　課に課管理者を置き、課長をもって充てる。
２　課管理者は、統括管理者の指揮を受ける。
`;

/** The obligations of article 3, its first 項 asking for a permission and its second saying who gives it. */
function article(first: string, second: string) {
  const a = analyzePolicy(`${HEAD}第３条　${first}\n２　${second}\n`);
  return a.obligations.filter((o) => o.path.startsWith('第3条'));
}

const ASK = '職員は、情報資産を持ち出すときは、許可を受けなければならない。';

test('「前項の規定による許可は、Xが行う」 gives the permission of the 項 before to X', () => {
  const [main] = article(ASK, '前項の規定による許可は、課管理者が行う。');
  assert.deepEqual(main.approver, ['課管理者']);
});

test('「前項の許可をする者は、Xとする」 gives it to X and is no duty', () => {
  const obs = article(ASK, '前項の許可をする者は、課管理者とする。');
  assert.equal(obs.length, 1);
  assert.deepEqual(obs[0].approver, ['課管理者']);
});

test('「前項の許可権者は、Xとする」 names who 「許可権者の許可」 is', () => {
  const obs = article(
    '職員は、情報資産を持ち出すときは、許可権者の許可を受けなければならない。',
    '前項の許可権者は、課管理者とする。',
  );
  assert.equal(obs.length, 1);
  assert.deepEqual(obs[0].approver, ['課管理者']);
});

test('a 項 naming the permission of the 項 before for another purpose gives no approver', () => {
  const obs = article(
    ASK,
    '前項の許可を受けた職員は、持ち出した情報資産を課管理者に返却しなければならない。',
  );
  assert.equal(obs[0].approver, undefined);
});
