/** 「Xにあっては…を、Yにあっては…を…しなければならない」: each role the sentence names with にあっては acts. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actors = (text: string) =>
  analyzePolicy(text).obligations.map((o) => `${o.path} ${o.actors.join('・') || '-'}`);

const SETUP = `第２条　市に情報セキュリティ管理者を置き、各課長をもって充てる。
２　市に情報システム管理者を置き、情報政策課長をもって充てる。
`;

test('「Xにあっては…を、Yにあっては…を整備しなければならない」 names both roles', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　情報セキュリティ管理者にあっては課の台帳を、情報システム管理者にあってはシステムの台帳を整備しなければならない。
`),
    ['第3条 情報セキュリティ管理者・情報システム管理者'],
  );
});

test('one 「Xにあっては、」 and a condition 「…場合にあっては」 keep their reading', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　情報セキュリティ管理者にあっては、課の職員に研修を受講させなければならない。
２　緊急の場合にあっては、情報システム管理者は、直ちに通信を遮断しなければならない。
`),
    ['第3条 情報セキュリティ管理者', '第3条/2 情報システム管理者'],
  );
});
