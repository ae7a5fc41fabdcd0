/**
 * One classification table with a column per axis (レベル | 機密性 | 完全性): the first column names the
 * levels on a scale shared by the axes (レベル３／２／１, a bare ３／２／１ or Ａ／Ｂ, or words 高／中／低 in a
 * clause that classifies), each axis column defines them for its axis, and a dash (「－」) or an empty cell
 * says the axis has no such level. The same table printed across (区分 | 高 | 中 | 低 over a row per axis)
 * reads the same.
 */
import { transposeTable } from '../text/tables.ts';
import type { ClassificationLevel, ClauseNode } from '../types.ts';

/** The axes a column may name. */
const AXIS_HEAD = /^(?:機密性|完全性|可用性|重要性|重要度)$/;
/** A level on a scale: レベル3, クラスII, ランクA, 区分1. */
const SCALE_LEVEL = /^(?:レベル|クラス|ランク|区分)\s*(?:[IVX]+|[0-9]+|[A-Z])$/;
/** A bare symbol (３, Ａ, Ⅱ): the level of each axis is the axis and the symbol (機密性３). */
const BARE = /^(?:[IVX]+|[0-9]+[A-Z]?|[A-Z])$/;
/** A level named in a short word (高, 中, 低, 重要, 一般), read only where the clause classifies. */
const WORD = /^[\u4e00-\u9fff\u30a0-\u30ff]{1,4}$/;
/** Words that title a column or a row, not a level. */
const TITLE =
  /^(?:区分|分類|格付け?|等級|種別|定義|内容|説明|基準|観点|項目|例|備考|対象|取扱い?|措置|対策)$/;
/** A cell that says "no such level". */
const NONE = /^(?:[-－―—‐ー−]|なし|該当なし)?$/;

/** The levels of every axis of a table whose header gives two or more axis columns. */
export function levelsInAxisColumns(node: ClauseNode): ClassificationLevel[] {
  const classifies = /分類|区分|格付/.test(node.text);
  const isLevel = (cell: string) =>
    SCALE_LEVEL.test(cell) ||
    BARE.test(cell) ||
    (classifies && WORD.test(cell) && !AXIS_HEAD.test(cell) && !TITLE.test(cell));
  for (const printed of node.tables ?? []) {
    const across =
      printed.slice(1).filter((r) => AXIS_HEAD.test(r[0]?.trim() ?? '')).length >= 2 &&
      (printed[0] ?? []).slice(1).every((c) => isLevel(c.trim().replace(/\s+/g, '')));
    const table = across ? transposeTable(printed) : printed;
    const header = (table[0] ?? []).map((c) => c.trim());
    const columns = header.map((h, j) => (j > 0 && AXIS_HEAD.test(h) ? j : -1)).filter((j) => j > 0);
    if (columns.length < 2) continue;
    const first = (r: string[]) => r[0]?.trim().replace(/\s+/g, '') ?? '';
    let rows = table.slice(1).filter((r) => SCALE_LEVEL.test(first(r)));
    // Bare symbols and words are levels only where every row that starts a level is one.
    if (rows.length < 2) {
      const starts = table.slice(1).filter((r) => first(r) !== '');
      rows = starts.every((r) => isLevel(first(r))) ? starts : [];
    }
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
