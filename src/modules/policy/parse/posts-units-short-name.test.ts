/**
 * 「課、室及び事務局の長（以下「課長等」という。）を、Xとする」: the heads of units listed, given a short name that is an
 * office, are written by the short name, whatever form the appointment takes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `１　体制
（１）　最高文書保全責任者
ア　副村長を、最高文書保全責任者とする。
イ　最高文書保全責任者は、村の文書保全に関する最終決定権限及び責任を有する。
`;
const postOf = (body: string, role: string) =>
  analyzePolicy(head + body).roles.find((r) => r.name === role)?.post;

test('「課、室、局及び事務局の長（以下「各課長等」という。）を、Xとする」', () => {
  assert.equal(
    postOf(
      `（２）　文書保全管理者
ア　課、室、局及び事務局の長（以下「各課長等」という。）を、文書保全管理者とする。
`,
      '文書保全管理者',
    ),
    '各課長等',
  );
});

test('「課及び出張所の長（以下「所属長等」という。）をもって充てる」', () => {
  assert.equal(
    postOf(
      `（２）　文書保全管理者
ア　各所属に文書保全管理者を置き、課及び出張所の長（以下「所属長等」という。）をもって充てる。
`,
      '文書保全管理者',
    ),
    '所属長等',
  );
});

test('negative: a single office with its short name keeps working (「当該組織の長（以下「部長等」という。）」)', () => {
  assert.equal(
    postOf(
      `（２）　文書保全責任者
ア　部に文書保全責任者を置き、当該組織の長（以下「部長等」という。）をもって充てる。
`,
      '文書保全責任者',
    ),
    '部長等',
  );
});
