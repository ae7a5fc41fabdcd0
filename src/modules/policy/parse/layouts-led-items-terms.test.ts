/**
 * Items a lead introduces (「次の各号に掲げる区分に分類する。」) that each begin with a term and go on with what the
 * lead says of it (「一　甲区分　次に掲げるものとする。」) are items, not titled clauses; items under no such lead keep
 * their titles on the line (「１．目的　この要領は、…を定める。」).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titled } from './layouts.test-support.ts';

test('「次の各号に掲げる区分に分類する」 over 号 that each name a class first: no titles', () => {
  assert.deepEqual(
    titled(`　（文書の分類）
第５条　文書は、次の各号に掲げる区分に分類する。
一　秘文書　次に掲げるものとする。
イ　人事に関する文書
ロ　契約の予定価格を記した文書
二　内部文書　公表していない文書で秘文書以外のものとする。
三　公開文書　既に公表した文書とする。
２　文書管理者は、前項の分類を台帳に記載しなければならない。
　（保管）
第６条　職員は、秘文書を施錠できる書庫に保管しなければならない。
`),
    ['第5条 文書の分類', '第6条 保管'],
  );
});

test('「次に掲げる区分とする」 over (1) items that each name a class first: no titles', () => {
  assert.deepEqual(
    titled(`１　分類
　端末は、次に掲げる区分とする。
（１）持出端末　庁舎外で使用することを認めた端末とする。
（２）固定端末　庁舎内に設置して使用する端末とする。
２　管理
（１）職員は、持出端末を使用簿に記録しなければならない。
`),
    ['1 分類', '2 管理'],
  );
});

test('items under no lead keep the titles on their lines', () => {
  assert.deepEqual(
    titled(`１．目的　この要領は、端末の管理について定める。
２．範囲　この要領は、全ての職員に適用する。
３．管理　職員は、端末を施錠して保管しなければならない。
`),
    ['1. 目的', '2. 範囲', '3. 管理'],
  );
});
