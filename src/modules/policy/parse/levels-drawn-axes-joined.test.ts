/**
 * One drawn table for several axes (区分 | 分類 | 基準) with rules only between the axes: the lines of an axis are
 * joined into one row, so its level cell holds the levels one after another (機密性Ａ機密性Ｂ…). Each is a level of
 * that axis, in the order written; a cell that holds anything besides levels is not split.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第1条　この要領は、公社の情報資産の管理について定める。
第2条　情報資産は、次の表により、機密性及び可用性について分類する。
┌───┬────┬──────────────┐
│区分　│分類　　│基準　　　　　　　　　　　　　│
├───┼────┼──────────────┤
│機密性│機密性Ａ│入札の予定価格その他の秘匿を要する情報│
│　　　│機密性Ｂ│機密性Ａ以外の公開しない情報　│
│　　　│機密性Ｃ│その他の情報　　　　　　　　　│
├───┼────┼──────────────┤
│可用性│可用性Ａ│停止により窓口業務が止まる情報│
│　　　│可用性Ｂ│可用性Ａ以外の情報　　　　　　│
└───┴────┴──────────────┘
第3条　職員は、機密性Ａの情報資産を持ち出してはならない。
`;

const NOT_LEVELS = `第1条　この要領は、公社の情報資産の管理について定める。
第2条　情報資産は、次の表により、機密性について分類する。
┌───┬──────────┬────────┐
│区分　│分類　　　　　　　　│基準　　　　　　│
├───┼──────────┼────────┤
│機密性│機密性Ａ（秘匿）　　│秘匿を要する情報│
│　　　│機密性Ｂ及びその他　│その他の情報　　│
└───┴──────────┴────────┘
第3条　職員は、情報資産を適正に管理しなければならない。
`;

test('levels joined in one cell of a drawn table are each a level of their axis, in order', () => {
  const levels = (analyzePolicy(TEXT).classification?.levels ?? []).map((l) => `${l.axis}:${l.label}`);
  assert.deepEqual(levels, ['機密性:A', '機密性:B', '機密性:C', '可用性:A', '可用性:B']);
});

test('a cell with words besides the levels is not read as a run of levels', () => {
  const levels = (analyzePolicy(NOT_LEVELS).classification?.levels ?? []).map((l) => `${l.axis}:${l.label}`);
  assert.ok(!levels.includes('機密性:B'));
});
