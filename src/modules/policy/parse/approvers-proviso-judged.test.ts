/**
 * A proviso where the role judges, then allows (「ただし、特に必要があるとXが認め、許可したときは、この限りでない」): X gives
 * the leave. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { TOWN } from './approvers.test-support.ts';

const leave = (text: string) => {
  const obs = analyzePolicy(text).obligations.filter((o) => o.path === '第4条');
  return obs.flatMap((o) => o.approver ?? []);
};

test('「…特に必要があるとXが認め、許可したときは」「Xが支障がないと認め、承認した場合は」: X gives the leave', () => {
  assert.deepEqual(
    leave(`${TOWN}第４条　職員は、私物の端末を業務に用いてはならない。ただし、業務上特に必要があると管理責任者が認め、許可したときは、この限りでない。
`),
    ['管理責任者'],
  );
  assert.deepEqual(
    leave(`${TOWN}第４条　職員は、庁外で情報資産を扱ってはならない。ただし、統括責任者が安全管理上支障がないと認め、承認した場合は、この限りでない。
`),
    ['統括責任者'],
  );
});
