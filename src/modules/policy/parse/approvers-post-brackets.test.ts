/** A role written with the post that fills it in brackets (「統括責任者（企画課長）の許可」) gives the permission as the role. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const ROLES = `1 体制
（1）最高責任者
① 町に、最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、副町長をもって充てる。
（2）統括責任者
① ＣＩＳＯを補佐するため、統括責任者を置き、企画課長をもって充てる。
`;

test('「X（post）の許可」 and 「ＣＩＳＯ（post）の承認」: the role, in a duty and in a proviso', () => {
  const a = analyzePolicy(`${ROLES}2 利用
（1）職員は、クラウドサービスを利用しようとするときは、統括責任者（企画課長）の許可を得なければならない。
（2）職員は、端末にソフトウェアを導入してはならない。ただし、ＣＩＳＯ（副町長）の承認を得たときは、この限りでない。
（3）課長は、新たな情報システムを導入するときは、計画書を作成し、統括責任者(企画課長)の承認を受けなければならない。
`);
  const approver = (part: string) => a.obligations.find((o) => o.text.includes(part))?.approver;
  assert.deepEqual(approver('クラウドサービス'), ['統括責任者']);
  assert.deepEqual(approver('ソフトウェア'), ['CISO']);
  assert.deepEqual(approver('計画書'), ['統括責任者']);
});

test('per level: 「機密性３にあってはＣＩＳＯ（副町長）の、機密性２にあっては統括責任者（企画課長）の許可」', () => {
  const a = analyzePolicy(`${ROLES}2 情報資産
（1）情報資産は、次のとおり分類する。
① 機密性３ 個人情報を含むもの
② 機密性２ 公表していないもの
③ 機密性１ それ以外のもの
（2）職員は、機密性２以上の情報資産を庁舎の外に持ち出してはならない。ただし、機密性３の情報資産にあってはＣＩＳＯ（副町長）の、機密性２の情報資産にあっては統括責任者（企画課長）の許可を得た場合は、この限りでない。
（3）職員は、機密性２以上の情報資産を複製するときは、統括責任者（企画課長）の許可を得なければならない。ただし、機密性３の情報資産を複製するときは、ＣＩＳＯ（副町長）の許可を得なければならない。
`);
  const byLevel = (part: string) =>
    a.obligations.find((o) => o.text.includes(part) && o.approverByLevel)?.approverByLevel;
  assert.deepEqual(byLevel('情報資産にあっては'), { 機密性3: ['CISO'], 機密性2: ['統括責任者'] });
  assert.deepEqual(byLevel('以上の情報資産を複製'), { 機密性3: ['CISO'], 機密性2: ['統括責任者'] });
});
