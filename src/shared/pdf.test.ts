import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ledgerPdf } from './pdf.ts';

test('a register PDF embeds the Japanese font and holds one page per screenful', async () => {
  const pdf = await ledgerPdf({
    title: '持出し・持込み記録簿',
    subtitle: '萩・長門清掃一部事務組合',
    header: ['日付', '持出者', '資産番号'],
    rows: [['令和8年6月1日', '山口 太郎', 'A-001']],
    stamps: ['確認', '責任者'],
  });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const text = pdf.toString('latin1');
  assert.match(text, /BIZUDPGothic/);
  assert.equal((text.match(/\/Type \/Page\b/g) ?? []).length, 1);
});
