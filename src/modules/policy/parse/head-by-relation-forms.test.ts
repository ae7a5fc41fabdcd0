/**
 * The head of the body above a CISO, in the words bodies use for it: the 管理者 of an 一部事務組合 written
 * with the body's name (「組合の管理者は」), a 理事長 who 総理する, a 広域連合長 who 統理する, an 企業長 whose
 * command the CISO works under. Snippets written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

test('[R-A1] 「組合の管理者は、…最終的な権限及び責任を有する」 over a CISO filled by the 副管理者', () => {
  assert.deepEqual(
    roles(`第２条　組合の管理者は、組合の情報セキュリティに関する最終的な権限及び責任を有する。
２　組合に最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、副管理者をもって充てる。
３　ＣＩＳＯは、管理者を補佐し、組合の情報セキュリティ対策を統括する。
４　組合に情報セキュリティ管理者を置き、各課長をもって充てる。
５　情報セキュリティ管理者は、ＣＩＳＯの指示に従い、課の対策を実施する。
`),
    ['管理者|管理者|1', 'CISO|副管理者|2', '情報セキュリティ管理者|課長|3'],
  );
});

test('[R-A1] 「理事長は、…を総理する」 and 「広域連合長は、…を統理する」 head the body', () => {
  assert.deepEqual(
    roles(`第２条　理事長は、法人の情報セキュリティ対策を総理する。
２　法人に最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、理事長が指名する理事をもって充てる。
３　ＣＩＳＯは、理事長を補佐し、情報セキュリティ対策を統括する。
４　法人に情報セキュリティ管理者を置き、各課長をもって充てる。
５　情報セキュリティ管理者は、ＣＩＳＯの指示に従う。
`),
    ['理事長|理事長|1', 'CISO|理事|2', '情報セキュリティ管理者|課長|3'],
  );
  assert.deepEqual(
    roles(`第２条　広域連合長は、広域連合の情報セキュリティに関する事務を統理する。
２　広域連合に情報セキュリティ統括責任者を置き、事務局長をもって充てる。
３　情報セキュリティ統括責任者は、広域連合長の命を受け、情報セキュリティ対策を統括する。
`),
    ['広域連合長|広域連合長|1', '情報セキュリティ統括責任者|事務局長|2'],
  );
});

test('an office that 総括する part of the work and that no role is placed under is no head', () => {
  const got = roles(`第２条　市に最高情報セキュリティ責任者を置き、副市長をもって充てる。
２　情報政策課長は、庁内ネットワークの運用を総括する。
３　市に情報セキュリティ管理者を置き、各課長をもって充てる。
４　情報セキュリティ管理者は、最高情報セキュリティ責任者の指示に従う。
`);
  assert.deepEqual(got, ['最高情報セキュリティ責任者|副市長|1', '情報セキュリティ管理者|課長|2']);
});
