/**
 * A role marked with が whose words run to the sentence's modal end is who acts, even where it chooses or allows
 * (「前項の規定により難い場合は、Xが別の者を指名するものとする」); not where what it does describes a thing (「Xが定める
 * 方法により…するものとする」). Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { TOWN } from './approvers.test-support.ts';

const actorsOf = (text: string, part: string) =>
  analyzePolicy(text).obligations.find((o) => o.text.includes(part))?.actors;

const TEXT = `${TOWN}（兼務の禁止）
第４条　申請をする者と許可をする者は、同一の者が兼ねてはならない。
２　前項の規定により難い場合は、統括責任者が別の者を指名するものとする。
３　やむを得ず前２項の規定により難いときは、管理責任者がその職務を行う者を指定しなければならない。
（表示）
第５条　分類の表示が困難な場合は、管理責任者が定める方法により分類を明らかにするものとする。
`;

test('「…場合は、Xが別の者を指名するものとする」「…ときは、Xが…を指定しなければならない」: X acts', () => {
  assert.deepEqual(actorsOf(TEXT, '別の者を指名'), ['統括責任者']);
  assert.deepEqual(actorsOf(TEXT, 'その職務を行う者を指定'), ['管理責任者']);
});

test('「Xが定める方法により…ものとする」: what X does describes the way, X does not act', () => {
  assert.notDeepEqual(actorsOf(TEXT, '分類の表示が困難'), ['管理責任者']);
});
