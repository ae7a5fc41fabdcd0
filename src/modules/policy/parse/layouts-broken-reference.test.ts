/** A reference to an article broken inside its label by the layout's wrap (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('「…第１」 / 「１条第１項の…」: a line that goes on with the rest of a broken reference continues the sentence', () => {
  const a = analyzePolicy(`（分類）
第１条　職員は、情報資産を分類しなければならない。
２　職員は、表示のない情報資産を受け取ったときは、第
１条第１項の分類に従って取り扱わなければならない。
３　職員は、複製した媒体を第２
条の台帳に記録しなければならない。
`);
  const texts = a.obligations.map((o) => o.text);
  assert.ok(
    texts.includes(
      '職員は、表示のない情報資産を受け取ったときは、第1条第1項の分類に従って取り扱わなければならない。',
    ),
  );
  assert.ok(texts.includes('職員は、複製した媒体を第2条の台帳に記録しなければならない。'));
  assert.equal(a.clauses.filter((c) => c.title !== undefined && c.path.startsWith('第1条/')).length, 0);
});
