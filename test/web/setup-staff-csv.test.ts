import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { EMPTY_ROW, staffCsv } from '../../web/src/screens/setup/staffCsv.ts';

test('the staff typed into the set-up table becomes the staff list file, empty rows left out, commas and quotes kept', () => {
  const csv = staffCsv([
    {
      displayName: '総務 一郎',
      loginId: 'soumu',
      unit: '総務課',
      post: '課長, 兼 係長',
      email: 'a@example.lg.jp',
    },
    EMPTY_ROW,
    { ...EMPTY_ROW, displayName: '「職員」 "花子"', loginId: ' staff ' },
  ]);
  const rows = parse(csv) as string[][];
  assert.deepEqual(rows, [
    ['氏名', 'ログインID', '所属', '役職', 'メールアドレス'],
    ['総務 一郎', 'soumu', '総務課', '課長, 兼 係長', 'a@example.lg.jp'],
    ['「職員」 "花子"', 'staff', '', '', ''],
  ]);
});
