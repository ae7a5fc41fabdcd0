/**
 * A table of acts copied from a word processor (事項 | 区分 | 承認者): the act is written once over the rows of its
 * levels (the cells below it left empty, as a merged cell is copied), the level stands in a column of its own, and
 * one act may be split by place rather than level. A sentence asking for 「別表に定める承認者の承認」 takes the rows
 * of its act — never a reading of the same table as a column of levels.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第1条　センターに、別表第1の役割の欄に掲げる者を置き、同表の充てる職の欄に掲げる職にある者をもって充てる。
第2条　情報資産は、その重要度に応じ、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
第3条　所員は、重要度A又は重要度Bの情報資産を複写するときは、別表第2に定める承認者の承認を得なければならない。
第4条　所員は、別表第2に定める承認者の許可なく、書庫に入室してはならない。
第5条　情報管理者は、別表第2に定める承認者の承認を得た上で、外部の記憶媒体を接続することができる。
第6条　所員は、別表第2に定める承認者の承認を得て、端末を持ち帰らなければならない。

別表第1（第1条関係）
役割	充てる職
運営責任者	副所長
情報管理者	各課長
保管担当者	庶務係長
機器担当者	技術係長

別表第2（第3条―第6条関係）
事項	区分	承認者
複写	重要度A	運営責任者
	重要度B	情報管理者
書庫への入室	東棟	保管担当者
	西棟	機器担当者
外部の記憶媒体の接続	重要度A	運営責任者
	重要度B	情報管理者
	重要度C	機器担当者
端末の持帰り	―	情報管理者
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.find((o) => o.path === path);

test('the level in a column of its own, the act carried down to the rows below it', () => {
  assert.deepEqual(ob('第3条')?.approverByLevel, { 重要度A: ['運営責任者'], 重要度B: ['情報管理者'] });
});

test('one act split by place: every row of the act allows, none by level', () => {
  assert.deepEqual(ob('第4条')?.approver?.toSorted(), ['保管担当者', '機器担当者']);
  assert.equal(ob('第4条')?.approverByLevel, undefined);
});

test('a sentence naming no level takes its act’s rows level by level', () => {
  assert.deepEqual(ob('第5条')?.approverByLevel, {
    重要度A: ['運営責任者'],
    重要度B: ['情報管理者'],
    重要度C: ['機器担当者'],
  });
});

test('a row with a dash for its level gives the act one approver', () => {
  assert.deepEqual(ob('第6条')?.approver, ['情報管理者']);
  assert.equal(ob('第6条')?.approverByLevel, undefined);
});
