import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readXlsx, writeXlsx } from './xlsx.ts';

test('an xlsx written with a header and Japanese rows reads back the same', async () => {
  const buf = await writeXlsx([
    {
      name: '情報資産管理台帳',
      header: ['資産番号', '名称'],
      rows: [
        ['A-1', '監査記録'],
        ['A-2', null],
      ],
    },
  ]);
  assert.equal(buf.subarray(0, 2).toString(), 'PK');
  assert.deepEqual(await readXlsx(buf), [
    ['資産番号', '名称'],
    ['A-1', '監査記録'],
    ['A-2', ''],
  ]);
});
