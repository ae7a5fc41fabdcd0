/**
 * A grid of two axes: 「機密性＼可用性 | 可用性高 | 可用性中 | 可用性低」 over a row per level of 機密性 whose cells are
 * the measures. The rows give one axis; the header across the top gives the levels of the other.
 */
import type { ClassificationLevel } from '../types.ts';

/** A header cell naming a level: the axis (…性, …度), then a symbol or a word of one or two letters. */
const ACROSS = /^([\u4e00-\u9fff]{1,6}?(?:性|度))([IVX]+|[0-9]+[A-Z]?|[A-Z]|[^\s]{1,2})$/;
const SYMBOL = /^(?:[IVX]+|[0-9]+[A-Z]?|[A-Z])$/;

/**
 * The levels of the second axis, where every header cell after the first names a level of one axis that is not
 * the rows' axis, and the rows gave two levels or more.
 */
export function levelsAcrossTop(table: string[][], down: ClassificationLevel[]): ClassificationLevel[] {
  const header = (table[0] ?? []).slice(1).map((c) => c.trim().replace(/\s+/g, ''));
  if (header.length < 2 || down.length < 2) return [];
  const across = header.map((c) => ACROSS.exec(c));
  const axis = across[0]?.[1];
  if (!axis || across.some((m) => !m || m[1] !== axis)) return [];
  if (down.some((l) => l.axis === axis) || new Set(down.map((l) => l.axis)).size !== 1) return [];
  return across.map((m) => ({
    axis,
    label: m && SYMBOL.test(m[2]) ? m[2] : (m?.[0] ?? ''),
    rank: 0,
  }));
}
