/**
 * Approvers by level written below the permission sentence as 「区分：者」 — on one line (「機密性３：X　機密性２：Y」) or
 * as bullets — under 「次の区分に応じた者の承認」 or 「次のとおり許可を受けなければならない」.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byLevel, TOWN, UNION } from './approvers.test-support.ts';

test('levels and their approvers on one line: 「機密性３：X　機密性２：Y」', () => {
  const a = `${TOWN}（印刷）
第４条　職員は、情報資産を印刷するときは、次の区分に応じた者の承認を得なければならない。
機密性３：統括責任者　機密性２：管理責任者
`;
  assert.deepEqual(byLevel(a, '印刷する'), { 機密性3: ['統括責任者'], 機密性2: ['管理責任者'] });
  const b = `${UNION}(1) 職員は、情報資産を複写するときは、次の区分に従い許可を得ること。
重要度Ａ　総括者、重要度Ｂ　管理者
`;
  assert.deepEqual(byLevel(b, '複写する'), { 重要度A: ['総括者'], 重要度B: ['管理者'] });
});

test('「次のとおり許可を受けなければならない」 over bullets 「・機密性３の情報資産：X」', () => {
  const a = `${TOWN}（廃棄）
第４条　職員は、情報資産を廃棄するときは、次のとおり許可を受けなければならない。
　・機密性３の情報資産：統括責任者
　・機密性２の情報資産：管理責任者
`;
  assert.deepEqual(byLevel(a, '廃棄する'), { 機密性3: ['統括責任者'], 機密性2: ['管理責任者'] });
  const b = `${UNION}(1) 職員は、情報資産を庁外に持ち出すときは、次のとおり承認を得ること。
ア　重要度Ａの情報資産　総括者
イ　重要度Ｂの情報資産　管理者
`;
  assert.deepEqual(byLevel(b, '持ち出す'), { 重要度A: ['総括者'], 重要度B: ['管理者'] });
});
