/**
 * The exception by level in brackets after the permission: 「Xの許可（機密性３の…にあっては、Yの許可）」, 「Xの承認（機密性
 * ３の…についてはYの承認）」 — the levels in the brackets take Y instead of X, the other levels X.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TOWN = `（統括責任者）
第１条　町に統括責任者を置き、総務課長をもって充てる。
（管理責任者）
第２条　各課に管理責任者を置き、課長をもって充てる。
（分類）
第３条　情報資産は、その機密性に応じ、機密性３、機密性２及び機密性１に分類する。
`;

const UNION = `1 体制
(1) 組合に総括者を置き、事務局長をもって充てる。
(2) 組合に管理者を置き、総務課長をもって充てる。
2 分類
(1) 情報資産は、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
3 取扱い
`;

const byLevel = (text: string, part: string) =>
  analyzePolicy(text).obligations.find((o) => o.text.includes(part))?.approverByLevel;

test('「Xの承認（機密性３…についてはYの承認）」 over levels the sentence names, and over none', () => {
  const a = `${TOWN}（送信）
第４条　職員は、機密性２以上の情報資産を電子メールで送信するときは、管理責任者の承認（機密性３の情報資産については、統括責任者の承認）を得なければならない。
（廃棄）
第５条　職員は、情報資産を廃棄するときは、管理責任者の許可（機密性３の情報資産にあっては、統括責任者の許可）を受けなければならない。
`;
  assert.deepEqual(byLevel(a, '送信する'), { 機密性3: ['統括責任者'], 機密性2: ['管理責任者'] });
  assert.deepEqual(byLevel(a, '廃棄する'), { 機密性3: ['統括責任者'], 機密性2: ['管理責任者'] });
});

test('「Xの許可（ただし、重要度Ａの…にあっては、Y）」 in another body', () => {
  const b = `${UNION}(1) 職員は、重要度Ａ又は重要度Ｂの情報資産を複写するときは、管理者の許可（ただし、重要度Ａの情報資産にあっては、総括者）を得ること。
`;
  assert.deepEqual(byLevel(b, '複写する'), { 重要度A: ['総括者'], 重要度B: ['管理者'] });
});
