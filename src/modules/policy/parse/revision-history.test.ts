/** A revision history (改訂履歴) under the title: a later version, or a change made, is an amendment. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('「第3版　…　…を変更」 in a revision history is dated as 改正', () => {
  const a = analyzePolicy(
    [
      '北原町文化財団情報管理規程',
      '改訂履歴',
      '\t第1版\u30002023年7月1日\u3000作成',
      '\t第3版\u30002026年2月1日\u3000連絡先の記載を変更',
      '',
      '１．目的',
      '\t(1)\u3000趣旨',
      '\t\t財団は、情報資産を適切に管理するものとする。',
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    a.dates.map((d) => `${d.kind} ${d.iso}`),
    ['作成 2023-07-01', '改正 2026-02-01'],
  );
});
