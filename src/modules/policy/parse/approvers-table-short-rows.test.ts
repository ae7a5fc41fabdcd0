/**
 * A table of acts whose columns are the levels (行為 | 機密性３の… | 機密性２の…), copied from a word processor: a
 * row that gives one cell only after its act (a cell merged across the levels) names one approver for every level,
 * so a sentence asking that act's leave with no level named takes that approver plainly, not for one level.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第1条　事業団に、別表第1の役割の欄に掲げる者を置き、同表の充てる職の欄に掲げる職にある者をもって充てる。
第2条　情報資産は、機密性3、機密性2及び機密性1に分類する。
第3条　職員は、情報資産を庁舎の外に持ち出すときは、別表第2に定める承認者の承認を受けなければならない。
第4条　職員は、端末にソフトウェアを導入するときは、別表第2に定める承認者の承認を受けなければならない。
第5条　課長は、業務を外部に委託するときは、別表第2に定める承認者の承認を受けなければならない。

別表第1（第1条関係）
役割	充てる職
総括責任者	副理事長
部門責任者	各部長
システム管理者	情報課長

別表第2（第3条―第5条関係）
行為	機密性3の情報資産に係るもの	機密性2の情報資産に係るもの
庁舎外への持出し	総括責任者	部門責任者
ソフトウェアの導入	システム管理者
業務の委託	総括責任者
`;

const a = analyzePolicy(TEXT);
const at = (path: string) => a.obligations.find((o) => o.path === path);

test('a full row gives its approvers level by level', () => {
  assert.deepEqual(at('第3条')?.approverByLevel, { 機密性3: ['総括責任者'], 機密性2: ['部門責任者'] });
});

test('a row with one cell after its act gives that approver for every level, plainly', () => {
  assert.deepEqual(at('第4条')?.approver, ['システム管理者']);
  assert.equal(at('第4条')?.approverByLevel, undefined);
  assert.deepEqual(at('第5条')?.approver, ['総括責任者']);
  assert.equal(at('第5条')?.approverByLevel, undefined);
});
