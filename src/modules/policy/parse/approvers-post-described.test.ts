/**
 * A role filled by an office described by what it holds (「当該情報システムを所管する課長」, 「当該システムの所管課長」): an
 * approval written with that same description names the role, not the words as written. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('「当該…を所管する課長の許可」 where that office fills a role: the role', () => {
  const cases: [string, string][] = [
    [
      '第１条　市に統括責任者を置き、副市長をもって充てる。\n第２条　情報システムごとにシステム管理者を置き、当該情報システムを所管する課長をもって充てる。\n第３条　職員は、他の課が所管する情報システムの情報を閲覧しようとするときは、当該情報システムを所管する課長の許可を得なければならない。\n',
      '閲覧',
    ],
    [
      '第１条　市に統括責任者を置き、副市長をもって充てる。\n第２条　情報システムごとにシステム管理者を置き、当該システムの所管課長をもって充てる。\n第３条　職員は、情報システムの設定を変更しようとするときは、当該システムの所管課長の承認を得なければならない。\n',
      '設定',
    ],
    [
      '１　体制\n（１）総務課長を統括責任者とする。\n（２）当該システムを所管する所属長をシステム管理者とする。\n２　利用\n（１）職員は、システムの情報を複製しようとするときは、当該システムを所管する所属長の承認を得なければならない。\n',
      '複製',
    ],
  ];
  for (const [text, part] of cases) {
    const o = analyzePolicy(text).obligations.find((x) => x.text.includes(part));
    assert.deepEqual(o?.approver, ['システム管理者'], text);
  }
});
