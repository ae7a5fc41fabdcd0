/**
 * A permission whose approver for one level is given in the next sentence (「前段の場合において、重要度Ａの…に係る
 * 許可は、…Yが行う。」), and a leave given 「Xが…必要と認めたときに限り」.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第１条　公社に総括管理者を置き、副理事長をもって充てる。
第２条　課に課管理者を置き、課長をもって充てる。
２　課管理者は、総括管理者の指揮を受ける。
第３条　情報資産は、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
第４条　職員は、重要度Ａ又は重要度Ｂの情報資産を貸し出すときは、課管理者に申請し、その許可を受けなければならない。前段の場合において、重要度Ａの情報資産に係る許可は、課管理者の申請を受けて総括管理者が行う。
第５条　職員は、情報資産を公社の外で閲覧するときは、課管理者に申請し、その許可を受けなければならない。重要度Ａの情報資産を閲覧する場合の許可は、総括管理者が行う。
第６条　職員は、課管理者が急を要する事情その他の理由により必要と認めたときに限り、私物の端末を業務に用いることができる。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.filter((o) => o.path === path);

test('the next sentence gives the approver of the levels it names; the other levels keep the first', () => {
  assert.deepEqual(
    ob('第4条').map((o) => o.approverByLevel),
    [{ 重要度A: ['総括管理者'], 重要度B: ['課管理者'] }],
  );
  // The first sentence names no level: the levels the text asks permissions for (重要度Ｃ none), the one named
  // by its own approver.
  assert.deepEqual(ob('第5条')[0]?.approverByLevel, {
    重要度A: ['総括管理者'],
    重要度B: ['課管理者'],
  });
  assert.equal(ob('第5条').length, 1);
});

test('「Xが…必要と認めたときに限り…できる」 waits on X', () => {
  assert.deepEqual(ob('第6条')[0]?.approver, ['課管理者']);
});
