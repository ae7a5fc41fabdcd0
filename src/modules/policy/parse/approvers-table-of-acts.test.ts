/**
 * Approvers named only in a table of 申請 (申請事項 | 申請者 | 申請先 | 許可権者): the sentence asks for 「別表に定める
 * 許可権者の許可」 and the approver is the 許可権者 of the row of its act, per level where the rows name levels —
 * never the 申請先, where the form is handed in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第1章　体制
1.1　総括責任者
　事業団に総括責任者を置き、理事をもって充てる。
1.2　管理責任者
　各所に管理責任者を置き、所長をもって充てる。管理責任者は、総括責任者の指揮を受ける。
1.3　機器担当者
　本部に機器担当者を置き、施設係長をもって充てる。機器担当者は、総括責任者の指揮を受ける。
第2章　分類
2.1　区分
　情報資産は、その重要度に応じ、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
第3章　取扱い
3.1　貸出し
　所員は、重要度Ａ又は重要度Ｂの情報資産を所外に貸し出すときは、別表に定めるところにより申請し、許可権者の許可を受けなければならない。
3.2　消去
　所員は、重要度Ａの情報資産を消去するときは、別表に定める許可権者の許可を受けなければならない。
3.3　機器
　所員は、別表に定める許可権者の許可を受けずに、記録装置を増設してはならない。
3.4　委託
　管理責任者は、事務を外部に委託するときは、別表に定める許可権者の許可を受けなければならない。
3.5　報告
　所員は、貸出しの結果を許可権者に報告しなければならない。

別表（1.3関係）
申請事項	申請者	申請先	許可権者
情報資産の貸出し（重要度Ａ）	所員	管理責任者	総括責任者
情報資産の貸出し（重要度Ｂ）	所員	機器担当者	管理責任者
情報資産の消去（重要度Ａ）	所員	機器担当者	管理責任者
記録装置の増設	所員	管理責任者	機器担当者
事務の外部委託	管理責任者	機器担当者	総括責任者
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.find((o) => o.path === path);

test('the 許可権者 of the rows of the act, level by level, not the 申請先', () => {
  assert.deepEqual(ob('第3章/3.1')?.approverByLevel, { 重要度A: ['総括責任者'], 重要度B: ['管理責任者'] });
  assert.deepEqual(ob('第3章/3.2')?.approverByLevel, { 重要度A: ['管理責任者'] });
});

test('a row without a level gives the act its approver; a sentence asking for no permission gets none', () => {
  assert.deepEqual(ob('第3章/3.3')?.approver, ['機器担当者']);
  assert.equal(ob('第3章/3.3')?.approverByLevel, undefined);
  // The subject (管理責任者) is not a word of the act, and the 申請先 (機器担当者) does not allow.
  assert.deepEqual(ob('第3章/3.4')?.approver, ['総括責任者']);
  assert.equal(ob('第3章/3.5')?.approver, undefined);
});
