/**
 * 「申請先：X」 lines under an act whose sentence says only 「許可を受け」: where the text makes the 申請先 the
 * 許可権者, the line names the approver, split per level where it names levels line by line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const body = (rule: string) => `1.　総則
（1）この要領は、センターの職員に適用する。
${rule}

2.　体制
（1）統括管理者
ア　センターに統括管理者を置き、センター長をもって充てる。
（2）業務管理者
ア　業務管理者は、各班長をもって充てる。
イ　業務管理者は、統括管理者の指揮を受ける。

3.　分類
（1）情報資産は、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。

4.　取扱い
（1）貸出し
ア　職員は、重要度Ａ又は重要度Ｂの情報資産を施設の外に貸し出すときは、許可を受けなければならない。
　申請先：重要度Ａ　統括管理者
　　　　　重要度Ｂ　業務管理者
イ　職員は、貸し出した情報資産の返却を確認しなければならない。
（2）機器
ア　職員は、許可を受けずに端末に記録装置を接続してはならない。
　申請先：業務管理者
イ　職員は、許可を受けた記録装置を台帳に記録しなければならない。
`;

const ob = (text: string, path: string) => analyzePolicy(text).obligations.find((o) => o.path === path);

test('the 申請先 lines below an act give its approvers, level by level where they are split', () => {
  const text = body(
    '（2）許可を要する行為には、その下に申請先を掲げる。申請先は、当該行為の許可権者とする。',
  );
  assert.deepEqual(ob(text, '4./(1)/ア')?.approverByLevel, {
    重要度A: ['統括管理者'],
    重要度B: ['業務管理者'],
  });
  assert.deepEqual(ob(text, '4./(2)/ア')?.approver, ['業務管理者']);
  // A sentence with no 申請先 line right below it names no one.
  assert.equal(ob(text, '4./(2)/イ')?.approver, undefined);
});

test('a 申請先 the text does not make the 許可権者 approves nothing', () => {
  const text = body('（2）許可を要する行為には、その下に申請先を掲げる。申請書は、申請先が受け付ける。');
  assert.equal(ob(text, '4./(1)/ア')?.approver, undefined);
  assert.equal(ob(text, '4./(2)/ア')?.approver, undefined);
});
