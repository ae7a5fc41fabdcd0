/**
 * Approvers in a 別表 drawn as a matrix of ○ (a row per level and act, a column per role) and a prohibition
 * lifted for what a role allowed (「Xが認めた…以外で…してはならない」).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `（体制）
第１条　組合に総括責任者を置き、副管理者をもって充てる。
２　組合に管理責任者を置き、事務長をもって充てる。
３　係に取扱責任者を置き、係長をもって充てる。
４　管理責任者は総括責任者を補佐し、取扱責任者は管理責任者の指示に従う。
（分類）
第２条　情報資産は、次の各号に掲げる区分に分類する。
一　機密性３　水位観測の生データその他公表しないもの
二　機密性２　内部の事務に用いるもの
三　機密性１　前２号以外のもの
（貸出し）
第３条　職員は、機密性３又は機密性２の情報資産を貸し出すときは、別表に定める者の許可を得なければならない。
（消去）
第４条　職員は、機密性３の情報資産を消去するときは、別表に定める者の許可を得なければならない。
（外部サービス）
第５条　機密性３の情報資産は、総括責任者が認めた外部サービス以外で保存してはならない。
別表（第３条、第４条関係）
区分	行為	総括責任者	管理責任者	取扱責任者
機密性３	貸出し	○		
機密性３	消去		○	
機密性２	貸出し		○	
機密性２	消去			
`;

const ob = (path: string) => analyzePolicy(TEXT).obligations.find((o) => o.path === path);

test('a ○ matrix of levels and acts: the marked role of the sentence’s act for each level', () => {
  assert.deepEqual(ob('第3条')?.approverByLevel, { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] });
  // A blank row needs no permission: only the level that has one.
  assert.deepEqual(ob('第4条')?.approverByLevel, { 機密性3: ['管理責任者'] });
});

test('「Xが認めた…以外で…してはならない」: X permits, for the level the sentence names', () => {
  assert.deepEqual(ob('第5条')?.approverByLevel, { 機密性3: ['総括責任者'] });
});
