/**
 * People of one kind written as a longer word (構成保険者, 共同利用者) or as 「…人」 (監査人, 代理人) are
 * who they are; 「監査人は、自らが所属する…」 is the auditor's independence and binds no one. Snippets written for
 * these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actors = (text: string) =>
  analyzePolicy(text).obligations.map((o) => `${o.path} ${o.actors.join('・') || '-'}`);

const SETUP = `第２条　連合会に情報統括責任者を置き、常務理事をもって充てる。
`;

test('「構成保険者は」「共同利用者は」: four kanji before 者', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　構成保険者は、連合会との間で情報を授受するときは、暗号化しなければならない。
第４条　共同利用者は、受領した処理結果を適切に保管しなければならない。
`),
    ['第3条 構成保険者', '第4条 共同利用者'],
  );
});

test('「監査を行う者（以下「監査人」という。）は」: 監査人; its independence binds no one', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　監査を行う者（以下「監査人」という。）は、監査の結果を情報統括責任者に報告しなければならない。
２　監査人は、監査の過程で知り得た情報を漏らしてはならない。
３　監査人は、自らが所属する課の監査を行ってはならない。
`),
    ['第3条 監査人', '第3条/2 監査人', '第3条/3 -'],
  );
});
