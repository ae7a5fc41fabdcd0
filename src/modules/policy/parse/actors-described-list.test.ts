/**
 * A list of people with words in front that say which of them (「前項の許可を受けた議員及び職員は」「研修を修了した学生及び
 * 職員は」): each kind in the list acts, not only the last. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actorsOf = (text: string, part: string) =>
  analyzePolicy(text).obligations.find((o) => o.text.includes(part))?.actors;

test('「前項ただし書の許可を受けた議員及び職員は」: both act', () => {
  const text = `第１条　議員及び職員は、情報資産を議会棟の外に持ち出してはならない。ただし、議長の許可を受けたときは、この限りでない。
２　前項ただし書の許可を受けた議員及び職員は、持ち出した情報資産を常に携行しなければならない。
`;
  assert.deepEqual(actorsOf(text, '常に携行'), ['議員', '職員']);
});

test('「研修を修了した学生及び職員は」: both act; 「その承認者又は許可権者は」 names no kinds of people', () => {
  const text = `第１条　研修を修了した学生及び職員は、端末室の端末を利用することができる。
第２条　申請を行う者と、その承認者又は許可権者は、同一の者が兼ねてはならない。
`;
  assert.deepEqual(actorsOf(text, '研修を修了'), ['学生', '職員']);
  assert.deepEqual(actorsOf(text, '申請を行う者'), []);
});
