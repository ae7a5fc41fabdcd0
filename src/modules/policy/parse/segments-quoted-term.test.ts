/** A segment defined as a quoted term in a 号 of the definitions: 「（２）　「指令系」とは、…ネットワークをいう。」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('a 系 defined in quotes is named without them, once', () => {
  for (const [open, close] of [
    ['「', '」'],
    ['', ''],
  ])
    assert.deepEqual(
      analyzePolicy(`第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）　情報資産　組合の保有する情報及び情報システムをいう。
（２）　${open}救急指令系${close}とは、救急指令システム及びこれに接続する端末で構成するネットワークをいう。
第３条　組合のネットワークは、救急指令系、ＬＧＷＡＮ接続系及びインターネット接続系に区分する。
`).segments,
      ['救急指令系', 'LGWAN接続系', 'インターネット接続系'],
      open,
    );
});
