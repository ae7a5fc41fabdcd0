/** A line that ends with a closed quote inside a bracket still open goes on (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeText } from './normalize.ts';

const lines = (text: string) => normalizeText(text).lines.map((l) => l.text);

test('「…（以下「監視系」」 + 「という。）を…」: the quote closes, the bracket does not, the sentence goes on', () => {
  const got = lines(`３　体制
（１）　河川の水位の監視に用いる情報システム（以下「監視系」
という。）を管理するため、監視系管理者を置き、維持課長をもって充てる。
（２）　監視系管理者は、監視系の運用を行う。
`);
  assert.ok(
    got.includes(
      '(1) 河川の水位の監視に用いる情報システム(以下「監視系」という。)を管理するため、監視系管理者を置き、維持課長をもって充てる。',
    ),
    got.join('\n'),
  );
});

test('double-spaced copy with 『』: 「…（以下『端末』」, a blank line, 「という。）は…」 goes on; a numbered item after an open bracket stays an item', () => {
  const got = lines(`３　端末

（１）　職員が業務に用いるパソコン及びタブレット（以下『端末』

という。）は、課長が管理する。

（２）　課長は、台帳を備える（様式は「別記」

（３）　課長は、端末の一覧を作る。
`);
  assert.ok(
    got.includes('(1) 職員が業務に用いるパソコン及びタブレット(以下『端末』という。)は、課長が管理する。'),
    got.join('\n'),
  );
  assert.ok(got.includes('(3) 課長は、端末の一覧を作る。'), got.join('\n'));
});
