/**
 * The sanction for a breach (「この規程に違反した職員は、…懲戒処分の対象とするものとする」) binds no one named: the body acts
 * on the one who broke the rules. A subject given a short name on the spot (「…の委託を受けた者（以下「受託者」という。）は、」)
 * acts under that name. Snippets written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actors = (text: string) =>
  analyzePolicy(text).obligations.map((o) => `${o.path} ${o.actors.join('・') || '-'}`);

const SETUP = `第２条　組合に情報統括責任者を置き、副管理者をもって充てる。
`;

test('「…に違反した職員（等）は、…懲戒処分の対象とする（なる）」 names no actor', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　この規程に違反した職員は、その重大性に応じて、懲戒処分の対象とするものとする。
第４条　この基準に違反した職員等は、地方公務員法その他の法令に基づく懲戒処分等の対象とするものとする。
`),
    ['第3条 -', '第4条 -'],
  );
});

test('negative: the one who acts on a breach keeps its actor', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　情報統括責任者は、この規程に違反した職員について、懲戒処分の対象とするよう管理者に報告しなければならない。
第４条　職員は、この規程に違反した者を知ったときは、情報統括責任者に報告しなければならない。
`),
    ['第3条 情報統括責任者', '第4条 職員'],
  );
});

test('「…の委託を受けた者（以下「委託先」という。）は、」 acts as 委託先', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　組合から業務の委託を受けた者（以下「委託先」という。）は、契約に基づき、この規程に準じた対策を講じなければならない。
第４条　組合の情報システムの保守を請け負う事業者（以下「保守事業者」という。）は、作業の記録を提出しなければならない。
`),
    ['第3条 委託先', '第4条 保守事業者'],
  );
});
