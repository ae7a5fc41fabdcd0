/**
 * One classification table with a column per axis (レベル | 機密性 | 完全性): the first column names the
 * levels on a scale shared by the axes (レベル３／２／１), each axis column defines them for its axis, and a
 * dash (「－」) or an empty cell says the axis has no such level.
 */
import type { ClassificationLevel, ClauseNode } from '../types.ts';

/** The axes a column may name. */
const AXIS_HEAD = /^(?:機密性|完全性|可用性|重要性|重要度)$/;
/** A level on a scale: レベル3, クラスII, ランクA, 区分1. */
const SCALE_LEVEL = /^(?:レベル|クラス|ランク|区分)\s*(?:[IVX]+|[0-9]+|[A-Z])$/;
/** A cell that says "no such level". */
const NONE = /^(?:[-－―—‐ー−]|なし|該当なし)?$/;

/** The levels of every axis of a table whose header gives two or more axis columns. */
export function levelsInAxisColumns(node: ClauseNode): ClassificationLevel[] {
  for (const table of node.tables ?? []) {
    const header = (table[0] ?? []).map((c) => c.trim());
    const columns = header.map((h, j) => (j > 0 && AXIS_HEAD.test(h) ? j : -1)).filter((j) => j > 0);
    if (columns.length < 2) continue;
    const rows = table.slice(1).filter((r) => SCALE_LEVEL.test(r[0]?.trim().replace(/\s+/g, '') ?? ''));
    if (rows.length < 2) continue;
    const levels: ClassificationLevel[] = [];
    for (const j of columns)
      for (const row of rows) {
        const cell = row[j]?.trim() ?? '';
        if (NONE.test(cell)) continue;
        levels.push({ axis: header[j], label: row[0].trim().replace(/\s+/g, ''), rank: 0, definition: cell });
      }
    return levels;
  }
  return [];
}
