/** Acts that ask for 「許可権者の許可」 take their approvers from the powers listed under each role. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `1 体制
1.1 総括責任者
(1) 本部に総括責任者を置き、本部長をもって充てる。
(2) 総括責任者は、次に掲げる許可の権限を有する。
① 重要度Aの情報資産の複写及び庁外への貸出しの許可
② 外部業者への作業の下請の承認
1.2 管理責任者
(1) 管理責任者は、各課長をもって充てる。管理責任者は、総括責任者の指揮を受ける。
(2) 管理責任者は、次に掲げる許可の権限を有する。
① 重要度Bの情報資産の複写の許可
② 重要度A及び重要度Bの情報資産を記録した書類の郵送の許可
③ 私物の記録媒体の庁内での使用の許可
2 分類
2.1 区分
情報資産は、重要度A、重要度B及び重要度Cに分類する。
3 取扱い
3.1 複写
職員は、重要度A又は重要度Bの情報資産を複写するときは、許可権者の許可を得なければならない。
3.2 郵送
職員は、重要度Aの情報資産を記録した書類を郵送するときは、許可権者の許可を得なければならない。
3.3 媒体
職員は、許可権者の許可を得ないで、私物の記録媒体を庁内で使用してはならない。
3.4 業者
管理責任者は、許可権者の承認を得ないで、作業を外部業者に下請させてはならない。
3.5 報告
職員は、許可権者に複写の結果を報告しなければならない。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.find((o) => o.path === path);

test('each level the sentence names goes to the role whose power names that level and the act', () => {
  assert.deepEqual(ob('3/3.1')?.approverByLevel, { 重要度A: ['総括責任者'], 重要度B: ['管理責任者'] });
  // 複写 is 総括責任者's power for 重要度A, but 郵送 of 重要度A is 管理責任者's.
  assert.deepEqual(ob('3/3.2')?.approverByLevel, { 重要度A: ['管理責任者'] });
});

test('an act without levels goes to the role whose power shares its act', () => {
  assert.deepEqual(ob('3/3.3')?.approver, ['管理責任者']);
  assert.equal(ob('3/3.3')?.approverByLevel, undefined);
  // The subject (管理責任者) is not a word of the act; 下請 is 総括責任者's power.
  assert.deepEqual(ob('3/3.4')?.approver, ['総括責任者']);
  // A report to 許可権者 asks for no permission.
  assert.equal(ob('3/3.5')?.approver, undefined);
});
