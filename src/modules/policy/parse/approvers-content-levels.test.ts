/**
 * A permission about a thing the classification lists as an example of one level is a permission for that level:
 * 「調査票を持ち出すときは、Xの許可」 where 区分Ａ is 「要介護認定の調査票、主治医意見書その他…」.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第１条　組合に統括管理者を置き、事務局長をもって充てる。
第２条　課に課管理者を置き、課長をもって充てる。
２　課管理者は、統括管理者の指揮を受ける。
第３条　情報資産は、次の表のとおり区分する。
区分	対象となる情報資産
区分Ａ	要介護認定の調査票、主治医意見書、審査会資料その他被保険者の心身の状況に関する情報
区分Ｂ	被保険者の氏名、住所、保険料の賦課に関する情報その他区分Ａ以外の個人情報
区分Ｃ	公表された統計その他公開されている情報
第４条　調査員は、訪問調査のため調査票を持ち出すときは、課管理者の許可を受けなければならない。
第５条　委員は、統括管理者の許可を受けて、審査会資料を自宅で閲覧することができる。
第６条　職員は、個人情報を外部に提供するときは、課管理者の許可を受けなければならない。
第７条　職員は、区分Ｂの情報資産を複製するときは、課管理者の許可を受けなければならない。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.find((o) => o.path === path);

test('a thing listed as an example of one level makes the permission that level’s', () => {
  assert.deepEqual(ob('第4条')?.approverByLevel, { 区分A: ['課管理者'] });
  assert.deepEqual(ob('第5条')?.approverByLevel, { 区分A: ['統括管理者'] });
});

test('what a definition names after 「その他」 (a kind, not an example) gives no level', () => {
  assert.equal(ob('第6条')?.levels, undefined);
  assert.deepEqual(ob('第6条')?.approver, ['課管理者']);
});

test('a permission naming its level keeps it', () => {
  assert.deepEqual(ob('第7条')?.approverByLevel, { 区分B: ['課管理者'] });
});
