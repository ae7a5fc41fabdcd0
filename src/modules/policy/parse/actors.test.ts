import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prefixedMatches } from './actors.ts';
import { alternation } from './sentences.ts';

/** What a plain global search of the same pattern finds: the reference the fast search must equal. */
function globalSearch(text: string, known: string[]): string[] {
  const re = new RegExp(`([\\u4e00-\\u9fffァ-ヴー]{1,6})(${alternation(known)})`, 'g');
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[1]}|${m[2]}`);
}

const fast = (text: string, known: string[]) =>
  prefixedMatches(text, known, alternation(known)).map((m) => `${m.index}:${m[1]}|${m[2]}`);

test('prefixed role mentions are found as a global search finds them', () => {
  const known = ['情報セキュリティ責任者', '統括情報セキュリティ責任者', 'CISO', '管理者'];
  const cases = [
    '情報情報セキュリティ責任者は、統括情報セキュリティ責任者及び副CISOに報告する。',
    '機情報セキュリティ責任者(次長)は、所属の管理者管理者を指名する。',
    // Two mentions close together: the second starts inside the window of the first name found.
    '管理者管理者管理者',
    '職員は、CISOに報告する。',
  ];
  for (const text of cases) assert.deepEqual(fast(text, known), globalSearch(text, known), text);
  assert.deepEqual(fast('情報情報セキュリティ責任者', known), ['0:情報|情報セキュリティ責任者']);
});

test('random texts over a small alphabet give the same matches both ways', () => {
  const alphabet = ['情', '報', '責', '任', '者', '統', '括', 'CISO', 'は', '、', 'ア', 'ー', '\n', '副'];
  const names = ['責任者', '情報責任者', '統括責任者', 'CISO', '報責', '者'];
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let t = 0; t < 3000; t++) {
    const known = names.filter(() => next(2) === 0);
    if (known.length === 0) continue;
    let text = '';
    for (let i = next(30); i > 0; i--) text += alphabet[next(alphabet.length)];
    assert.deepEqual(fast(text, known), globalSearch(text, known), `${JSON.stringify(text)} ${known}`);
  }
});
