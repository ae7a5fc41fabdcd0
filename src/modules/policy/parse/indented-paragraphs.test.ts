/** Paragraphs indented by tabs (text copied from a word processor) are the clause's text, not table rows. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('tab-indented paragraphs under a tab-indented title are read as the clause’s sentences', () => {
  const a = analyzePolicy(
    [
      '１．運用の原則',
      '\t(1)\u3000記録の保存',
      '\t\t組合員は、作業記録を５年間保存しなければならない。',
      '\t\t●管理係長は、記録の保存状況を毎月確認しなければならない。',
      '\t(2)\u3000表',
      '\t\t区分\t保存期間',
      '\t\t作業記録\t５年',
      '\t\t\t延長可',
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    a.obligations.map((o) => `${o.path} ${o.modality} ${o.text.slice(0, 8)}`),
    ['1./(1) must 組合員は、作業記', '1./(1) must ●管理係長は、記'],
  );
  // A row whose first cell is empty, under a row of the same table, stays a row of it.
  const table = a.tree[0].children[1].tables?.[0] ?? [];
  assert.deepEqual(table.at(-1), ['', '延長可']);
});
