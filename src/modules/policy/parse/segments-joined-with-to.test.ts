/** 系 a body divides its network into, each after what it does and joined with と: 「…を接続する用地系と、…を利用するインターネット系とに区分する」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const segments = (text: string) => [...analyzePolicy(text).segments].sort();
const END = '第９条　職員は、この要領を遵守しなければならない。\n';

test('each item of the と list ends in its 系, with or without 「、」 after と', () => {
  assert.deepEqual(
    segments(
      `第５条　組合のネットワークは、台帳システムを接続する台帳管理系と、インターネットを利用する外部閲覧系とに区分する。\n${END}`,
    ),
    ['台帳管理系', '外部閲覧系'],
  );
  assert.deepEqual(
    segments(
      `第５条　公社の情報システムは、料金の収納に用いる収納系と外部との連絡に用いる連絡系とに分離する。\n${END}`,
    ),
    ['収納系', '連絡系'],
  );
});

test('an item that does not end in a 系 makes the list none', () => {
  assert.deepEqual(
    segments(`第５条　組合のネットワークは、台帳管理系と、外部と連絡する端末とに区分する。\n${END}`),
    [],
  );
});
