/** Sentences that are duties though they read like statements (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const duties = (text: string) => analyzePolicy(text).obligations.map((o) => `${o.modality}|${o.text}`);

test("acting for part of another role's duties (「その職務のうち…に係るものを代理する」) is a task", () => {
  const got = duties(`1 体制
(1) 組合に総括責任者を置き、管理者をもって充てる。
(2) 組合に情報管理者を置き、事務局長をもって充てる。
(3) 情報管理者は、総括責任者に事故があるときは、その職務のうち事務局に係るものを代理する。
`);
  assert.ok(
    got.includes(
      'shall|情報管理者は、総括責任者に事故があるときは、その職務のうち事務局に係るものを代理する。',
    ),
  );
});

test('「この方針は、公表するものとする」 is a duty; 「この方針は、…を定めるものとする」 speaks about itself', () => {
  const got = duties(`第1条 この方針は、町の情報資産を守るために必要な事項を定めるものとする。
第2条 職員は、この方針を遵守しなければならない。
第3条 この方針は、公表するものとする。
`);
  assert.deepEqual(got, [
    'must|職員は、この方針を遵守しなければならない。',
    'shall|この方針は、公表するものとする。',
  ]);
});

test('two clauses in one sentence, the first a rule (「…分類し、…は、…とおりとする」); a first clause that appoints is none', () => {
  const got = duties(`1 分類
(1) 文書は、重要度に応じて次の表のとおり分類し、複製の許可をする者は、同表に定めるとおりとする。
(2) 課長は、職員のうちから担当者を指名し、担当者は、台帳を管理するものとする。
(3) 課長は、担当者を指名し、担当者の氏名は、名簿に記載したとおりとする。
`);
  assert.deepEqual(got, [
    'shall|文書は、重要度に応じて次の表のとおり分類し、複製の許可をする者は、同表に定めるとおりとする。',
    'shall|課長は、職員のうちから担当者を指名し、担当者は、台帳を管理するものとする。',
  ]);
});
