/**
 * A permission asked over a list of acts under one lead: 「次に掲げる場合は、Xの許可を得なければならない。（１）…（２）…」.
 * The lead carries X; its act is the one the items name, where they all name the same kind.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第１条　町に統括管理者を置き、副町長をもって充てる。
第２条　課に課管理者を置き、課長をもって充てる。
２　課管理者は、統括管理者の指揮を受ける。
第３条　職員は、次に掲げる場合は、あらかじめ課管理者の許可を得なければならない。
（１）情報資産を庁外へ持ち出すとき。
（２）記録媒体を自宅へ持ち出すとき。
第４条　職員は、次に掲げる行為をするときは、統括管理者の承認を得なければならない。
（１）情報資産を庁外へ持ち出すこと。
（２）情報資産を外部の者に提供すること。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.find((o) => o.path === path);

test('the lead of a list of acts carries the approver, and the act the items all name', () => {
  assert.deepEqual(ob('第3条')?.approver, ['課管理者']);
  assert.equal(ob('第3条')?.topic, 'take_out');
});

test('items naming different acts give the lead no one act; it keeps its approver', () => {
  assert.deepEqual(ob('第4条')?.approver, ['統括管理者']);
  assert.equal(ob('第4条')?.topic, undefined);
});
