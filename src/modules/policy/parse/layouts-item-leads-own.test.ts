/**
 * An item whose own words lead its sub-items (「二　紙の文書にあっては、次に掲げる方法」 over イ, ロ) is an item, not a
 * heading; an item that names only a topic over its sub-items (「(1)　機密性」) still is one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titled } from './layouts.test-support.ts';

test('「…にあっては、次に掲げる方法」 over イ and ロ: no heading', () => {
  assert.deepEqual(
    titled(`　（廃棄）
第８条　職員は、情報資産を廃棄するときは、次の各号に掲げる区分に応じ、当該各号に定める方法により行わなければならない。
一　紙の文書にあっては、次に掲げる方法
イ　裁断
ロ　溶解
二　電磁的記録媒体にあっては、物理的に破壊する方法
　（記録）
第９条　職員は、廃棄の記録を作成しなければならない。
`),
    ['第8条 廃棄', '第9条 記録'],
  );
});

test('「…が、次に掲げる要件を満たすときは、その者による方法」 over (ア) and (イ): no heading', () => {
  assert.deepEqual(
    titled(`１　運搬
（１）職員は、情報資産を次のいずれかの方法で運搬しなければならない。
ア　職員が自ら携行する方法
イ　委託する事業者が、次に掲げる要件をいずれも満たすときは、その事業者による方法
（ア）施錠できる容器を用いること。
（イ）運搬の記録を残すこと。
２　保管
（１）職員は、情報資産を施錠できる書庫に保管しなければならない。
`),
    ['1 運搬', '2 保管'],
  );
});

test('an item naming a topic over its own items stays a heading', () => {
  assert.deepEqual(
    titled(`１　分類
（１）　機密性
ア　職員は、機密性の高い情報を持ち出してはならない。
イ　職員は、機密性の高い情報を暗号化しなければならない。
（２）　可用性
ア　職員は、情報を定期的に複製しなければならない。
`),
    ['1 分類', '1/(1) 機密性', '1/(2) 可用性'],
  );
});
