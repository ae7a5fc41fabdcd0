/**
 * Approvers named only in a table of 申請 (申請事項 | 申請者 | 申請先 | 許可権者, one row per act, sometimes one
 * row per act and level): a sentence asking for 「別表に定める許可権者の許可」 takes the 許可権者 of the row of
 * its act (and level). The 申請先 is where the form goes, not who allows, when the table has both. An act written
 * once over several rows (the cell below left empty, as a merged cell is copied) holds for the rows below it, and
 * the level may stand in a column of its own (事項 | 区分 | 承認者).
 */
import type { Classification } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { levelMarks, levelsOf } from './approvers.ts';
import { APPROVER_COLUMN, joinedHeader } from './approvers-act-columns.ts';
import { type Power, powerOf } from './approvers-powers.ts';
import { stripParens } from './sentences.ts';

/** The column of the one who allows. */
const APPROVER_HEAD = APPROVER_COLUMN;
/** The column that names the act. */
const ACT_HEAD = /事項|行為|区分|内容|手続/;

/**
 * Whether a cell is a level and nothing more (機密性３, 機密性３の情報資産), not an act with its level (機密性３の情報資産の
 * 持出し, 情報資産の持出し（機密性３）).
 */
function levelOnly(cell: string, scheme: Classification | null): boolean {
  const text = cell.normalize('NFKC').replace(/\s+/g, '');
  const first = scheme ? levelMarks(text, scheme)[0] : undefined;
  return first?.at === 0 && /^(?:の)?(?:情報資産|情報|資産|文書)?(?:等)?$/.test(text.slice(first.end));
}

const cache = new WeakMap<string[][], Power[]>();

/** The powers a table of 申請 gives: one per row, held by the role its 許可権者 cell names. */
function powersOfTable(drawn: string[][], matcher: ActorMatcher, scheme: Classification | null): Power[] {
  let out = cache.get(drawn);
  if (out) return out;
  out = [];
  const hasRole = new RegExp(matcher.pattern);
  const table = joinedHeader(drawn, (cell) => hasRole.test(cell));
  const header = (table[0] ?? []).map((h) => h.replace(/\s+/g, ''));
  const by = header.findIndex((h) => APPROVER_HEAD.test(h));
  const found = header.findIndex((h, i) => i !== by && ACT_HEAD.test(h));
  const act = found >= 0 ? found : by === 0 ? -1 : 0;
  // A column of levels (機密性３の情報資産 | 許可をする者) is no column of acts: the table of levels reads it.
  const levelRows = table.slice(1).filter((r) => levelOnly(r[act] ?? '', scheme)).length;
  if (by >= 0 && act >= 0 && levelRows * 2 < table.length - 1) {
    const roleRe = new RegExp(matcher.pattern, 'g');
    let carried = '';
    for (const row of table.slice(1)) {
      const own = (row[act] ?? '').trim();
      const cell = own === '' ? carried : own;
      carried = cell;
      const roles = [...(row[by] ?? '').normalize('NFKC').matchAll(roleRe)].map(
        (r) => matcher.resolve(r[0]) ?? r[0],
      );
      if (cell === '' || roles.length !== 1) continue;
      // 「情報資産の持出し（機密性３）」: the level in brackets, the act without it; or in a 区分 column beside it.
      const others = row.filter((_, i) => i !== by && i !== act).join('、');
      const levels = levelsOf(`${cell}、${others}`, scheme);
      out.push({ ...powerOf(roles[0], stripParens(cell), levels), act: stripParens(cell) });
    }
  }
  cache.set(drawn, out);
  return out;
}

/** The powers of every table of 申請 among the tables a sentence refers to; empty when none has a 許可権者 column. */
export function powersOfTables(
  tables: string[][][] | undefined,
  matcher: ActorMatcher,
  scheme: Classification | null,
): Power[] {
  if (!tables?.length || !matcher.pattern) return [];
  return tables.flatMap((t) => powersOfTable(t, matcher, scheme));
}
