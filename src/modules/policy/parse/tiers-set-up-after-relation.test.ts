/**
 * 「Yの指示に従い、…を担うため、Xを置き、…をもって充てる」: a sentence with no subject of its own is about the role it
 * sets up, so the relation puts X under Y. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `第１章　体制
１　最高情報責任者
（１）組合に最高情報責任者を置き、管理者をもって充てる。
（２）最高情報責任者は、情報対策の最終的な権限及び責任を有する。
２　情報統括者
（１）最高情報責任者を補佐するため、情報統括者を置き、書記長をもって充てる。
３　情報管理者
`;
const tiers = (text: string) =>
  Object.fromEntries(analyzePolicy(`${head}${text}\n`).roles.map((r) => [r.name, r.tier]));

test('「Yの指示を受け、…を実施するため、Xを置き、…をもって充てる」', () => {
  const t = tiers(
    '（１）情報統括者の指示を受け、組合における対策を実施するため、情報管理者を置き、主幹をもって充てる。\n４　情報担当者\n（１）情報管理者の指示に従い、組合の情報システムの運用の実務\nを担うため、情報担当者を置き、主任をもって充てる。',
  );
  assert.equal(t.情報管理者, 3);
  assert.equal(t.情報担当者, 4);
});

test('「Yの指揮の下、Xを置く」 with no purpose between', () => {
  const t = tiers(
    '（１）情報統括者の指揮の下、情報管理者を置く。\n（２）情報管理者は、主幹をもって充てる。\n４　情報担当者\n（１）情報管理者の命を受け、情報担当者を置き、主任をもって充てる。',
  );
  assert.equal(t.情報管理者, 3);
  assert.equal(t.情報担当者, 4);
});

test('a sentence with its own subject is about that subject', () => {
  const t = tiers(
    '（１）情報統括者を補佐するため、情報管理者を置き、主幹をもって充てる。\n４　情報担当者\n（１）最高情報責任者は、情報統括者の意見を聴き、情報担当者を置く。',
  );
  assert.equal(t.情報管理者, 3);
  assert.notEqual(t.情報担当者, 3);
});
