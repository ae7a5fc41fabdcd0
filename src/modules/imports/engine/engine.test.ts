import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyRemembered, headingKey, rememberable, suggestMapping } from './mapping.ts';
import { planRows } from './plan.ts';
import { fillMerges, toTable } from './table.ts';
import type { ImportField } from './types.ts';
import { readCell } from './values.ts';

const fields: ImportField[] = [
  { key: 'no', ja: '資産番号', en: 'Asset number', kind: 'code', required: true, aliases: ['管理番号'] },
  { key: 'name', ja: '名称', en: 'Name', kind: 'text', required: true },
  { key: 'on', ja: '取得日', en: 'Acquired on', kind: 'date' },
  { key: 'count', ja: '数量', en: 'Count', kind: 'int' },
  { key: 'pi', ja: '個人情報', en: 'Personal data', kind: 'bool' },
];

describe('import engine', () => {
  test('headings are found under a title, a date line and notes; merged cells are filled', () => {
    const rows = [
      ['資産一覧'],
      ['令和8年4月1日現在'],
      ['※ 赤字は要確認'],
      ['管理番号', '名称（必須）', '取得日', '数量', '個人情報'],
      [],
      ['A-1', '台帳', 'R8.4.1', '１２', '有'],
    ];
    const t = toTable(rows, [{ top: 1, left: 1, bottom: 1, right: 5 }], fields);
    assert.equal(t.headingRow, 4);
    assert.deepEqual(t.rows, [{ row: 6, cells: ['A-1', '台帳', 'R8.4.1', '１２', '有'] }]);
    assert.deepEqual(suggestMapping(t.headings, fields), { no: 1, name: 2, on: 3, count: 4, pi: 5 });
    assert.deepEqual(
      fillMerges(
        [
          ['x', ''],
          ['', ''],
        ],
        [{ top: 1, left: 1, bottom: 2, right: 2 }],
      ),
      [
        ['x', 'x'],
        ['x', 'x'],
      ],
    );
  });

  test('a heading merged over two columns with names below reads as two-row headings', () => {
    const rows = [
      ['番号', '管理者', ''],
      ['', '氏名', '職員番号'],
      ['1', '山口', '1001'],
    ];
    const merges = [
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 1, bottom: 2, right: 1 },
    ];
    const t = toTable(rows, merges, [
      { key: 'who', ja: '氏名', en: 'Name', kind: 'text' },
      { key: 'no', ja: '番号', en: 'No', kind: 'text' },
    ]);
    assert.deepEqual(t.headings, ['番号', '管理者・氏名', '管理者・職員番号']);
    assert.equal(t.headingRow, 2);
    assert.deepEqual(
      t.rows.map((r) => r.row),
      [3],
    );
  });

  test('headings compare without width, spaces, notes or brackets; a remembered mapping follows moved columns', () => {
    assert.equal(headingKey('【資産 番号】（必須）※'), headingKey('資産番号'));
    assert.equal(headingKey('ＩＳＭＡＰ'), 'ismap');
    const remembered = rememberable(['名称', '資産番号'], { no: 2, name: 1 });
    assert.deepEqual(remembered, { no: '資産番号', name: '名称' });
    assert.deepEqual(applyRemembered(['備考', '資産番号', '名称'], remembered), { no: 2, name: 3 });
  });

  test('cells are read as people type them', () => {
    const f = (kind: ImportField['kind']) => ({ key: 'x', ja: 'x', en: 'x', kind }) as ImportField;
    assert.deepEqual(readCell(f('date'), '令和8年4月1日'), { value: '2026-04-01' });
    assert.deepEqual(readCell(f('date'), 'R8.4.1'), { value: '2026-04-01' });
    assert.deepEqual(readCell(f('date'), '46113'), { value: '2026-04-01' });
    assert.deepEqual(readCell(f('date'), '20260401'), { value: '2026-04-01' });
    assert.equal((readCell(f('date'), 'そのうち') as { code: string }).code, 'date.unreadable');
    assert.deepEqual(readCell(f('int'), '１，２００台'), { value: 1200 });
    assert.deepEqual(readCell(f('code'), 'ＡＢ－００１'), { value: 'AB-001' });
    assert.deepEqual(readCell(f('bool'), '〇'), { value: true });
    assert.deepEqual(readCell(f('bool'), 'なし'), { value: false });
    assert.deepEqual(readCell(f('list'), '重要性I、重要性II'), { value: ['重要性I', '重要性II'] });
    assert.deepEqual(readCell(f('text'), "'=1+1"), { value: '=1+1' });
  });

  test('each bad cell is named by its Excel row and column; empty required cells too', () => {
    const t = {
      headingRow: 1,
      headings: [],
      rows: [
        { row: 2, cells: ['A-1', '台帳', 'R8.2.30', 'x', '有'] },
        { row: 4, cells: ['', '名称', '', '', ''] },
      ],
    };
    const r = planRows(t, fields, { no: 1, name: 2, on: 3, count: 4, pi: 5 }, {});
    assert.deepEqual(
      r.errors.map((e) => [e.row, e.column, e.code]),
      [
        [2, 3, 'date.no_such_day'],
        [2, 4, 'imports.not_number'],
        [4, 1, 'imports.required'],
      ],
    );
    assert.equal(r.rows.length, 0);
  });
});
