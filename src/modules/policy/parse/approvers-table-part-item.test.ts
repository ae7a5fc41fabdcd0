/**
 * A table referred to by part and item (「第３の１の表の持出しの承認者欄に掲げる者の承認」) in a text whose parts are
 * 第１, 第２ … with items 1, 2 under them: the table printed in that item gives the approvers level by level.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第１　体制
１　役割
（１）公社に総括者を置き、理事長をもって充てる。
（２）部に部門管理者を置き、部長をもって充てる。
（３）部門管理者は、総括者の指示を受ける。
第２　分類
１　区分
（１）情報資産は、次の表のとおり重要度A、重要度B及び重要度Cに分類する。
┌────┬──────────┬──────────┐
│区分　　│定義　　　　　　　　│持出しの承認者　　　│
├────┼──────────┼──────────┤
│重要度A │公表しない情報のうち│総括者　　　　　　　│
│　　　　│特に重要なもの　　　│　　　　　　　　　　│
├────┼──────────┼──────────┤
│重要度B │公表しない情報　　　│部門管理者　　　　　│
├────┼──────────┼──────────┤
│重要度C │公表した情報　　　　│承認を要しない　　　│
└────┴──────────┴──────────┘
２　提供
（１）提供の区分は、次の表のとおりとする。
区分	承認者
重要度A	総括者
重要度B	総括者
重要度C	部門管理者
第３　取扱い
１　持出し
（１）職員は、情報資産を事務所の外に持ち出すときは、第２の１の表の持出しの承認者欄に掲げる者の承認を得なければならない。
２　提供
（１）職員は、情報資産を外部に提供するときは、第２の２の表に定める承認者の承認を得なければならない。
`;

const a = analyzePolicy(TEXT);
const at = (path: string) => a.obligations.find((o) => o.path === path);

test('「第２の１の表の持出しの承認者欄に掲げる者」 reads the column of that item’s box-drawn table', () => {
  assert.deepEqual(at('第3/1/(1)')?.approverByLevel, { 重要度A: ['総括者'], 重要度B: ['部門管理者'] });
});

test('「第２の２の表に定める承認者」 reads the table of the other item, not the first', () => {
  assert.deepEqual(at('第3/2/(1)')?.approverByLevel, {
    重要度A: ['総括者'],
    重要度B: ['総括者'],
    重要度C: ['部門管理者'],
  });
});
