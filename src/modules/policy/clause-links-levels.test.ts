/** A clause's links say who approves which level when a 「ただし」 sentence gives one level its own approver. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { upload } from './test-helpers.ts';

const t = testAppPerFile();

const TEXT = `架空組合情報資産管理規程
（目的）
第１条　この規程は、情報資産の管理に必要な事項を定める。
（責任者）
第２条　事務局長を情報管理責任者とする。
２　総務課長を情報管理担当者とする。
（分類）
第３条　情報資産は、次のとおり分類する。
(1) 機密性３　秘密文書に相当する情報資産
(2) 機密性２　公表を前提としない情報資産
(3) 機密性１　それ以外の情報資産
（持ち出し）
第４条　職員は、機密性２以上の情報資産を外部に持ち出す場合は、情報管理担当者の許可を得なければならない。ただし、機密性３の情報資産を持ち出す場合は、情報管理責任者の許可を得なければならない。
`;

test('[R-P1] 「機密性２以上は担当者の許可…ただし、機密性３は責任者の許可」: the clause links give 機密性3 to the 責任者 only, not either of the two', async () => {
  const org = await makeOrg(t.db);
  const c = await signedIn(t, await makeUser(t.db, org, { functions: ['policy.manage'] }));
  const r = await upload(c, Buffer.from(TEXT), 'kitei.txt');
  assert.equal(r.statusCode, 201, r.body);
  const links = await c.get(
    `/api/policy/clauses/${encodeURIComponent('第4条')}/links?versionId=${r.json().versionId}`,
  );
  assert.equal(links.statusCode, 200, links.body);
  const takeOut = links
    .json()
    .obligations.find((o: { text: string }) => o.text.startsWith('職員は、機密性2以上'));
  assert.deepEqual(takeOut.approverByLevel, {
    機密性3: ['情報管理責任者'],
    機密性2: ['情報管理担当者'],
  });
});
