/**
 * 「（２）情報保全推進監　統括者を補佐し、…する者（以下「推進監」という。）をいう。」 then 「推進監は、総務課長をもって
 * 充てる。」: the short name a 定義 item gives a role term is the name the text appoints the role by.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map(
    (r) => `${r.name}|${(r.aliases ?? []).join(',')}|${r.post ?? ''}|${r.tier ?? ''}`,
  );

test('a role appointed by the short name its definition gives', () => {
  assert.deepEqual(
    roles(`第１　定義
この要綱において、次に掲げる用語の意義は、それぞれ次に定めるところによる。
（１）情報保全統括者　組合の情報保全対策を総括する者（以下「統括者」という。）をいう。
（２）情報保全推進監　統括者を補佐し、組合の情報保全対策を推進する者（以下「推進監」という。）をいう。
（３）課情報連絡員　推進監の指示を受け、課の点検を行う者（以下「連絡員」という。）をいう。
第２　体制
１　統括者は、事務局長をもって充てる。
２　推進監は、総務課長をもって充てる。
３　連絡員には、各係長を充てる。
`),
    ['情報保全統括者|統括者|事務局長|1', '情報保全推進監|推進監|総務課長|2', '課情報連絡員|連絡員|係長|3'],
  );
});
