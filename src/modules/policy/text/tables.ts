/**
 * Tables in plain text become tab-separated rows: tables drawn with box-drawing characters
 * (cells wrapped over several lines are joined again), and columns aligned with runs of spaces.
 */
import { displayWidth, type Mapped } from './chars.ts';

const BAR = /[│┃|║]/;
const BORDER = /^[\s─━┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋═╔╗╚╝╠╣╦╩╬╞╡╪╤╧╟╢╫┠┨┯┷┿+\-=|│┃║]+$/;
/** A character only drawn tables have. */
const DRAWN = /[│┃|║─━]/;
const HORIZONTAL = /[─━═\-=]/;

function isBorder(text: string): boolean {
  return text.trim() !== '' && BORDER.test(text) && HORIZONTAL.test(text);
}

function isRow(text: string): boolean {
  const t = text.trim();
  return BAR.test(t.charAt(0)) && (t.match(new RegExp(BAR.source, 'g'))?.length ?? 0) >= 2;
}

/** Cells of a drawn row, each a mapped slice without its padding. */
function cellsOf(line: Mapped): Mapped[] {
  const cells: Mapped[] = [];
  let start = -1;
  for (let i = 0; i <= line.text.length; i++) {
    if (i === line.text.length || BAR.test(line.text[i])) {
      if (start >= 0) cells.push(trim({ text: line.text.slice(start, i), map: line.map.slice(start, i) }));
      start = i + 1;
    }
  }
  // The text after the last bar is not a cell.
  const last = line.text.trimEnd();
  if (!BAR.test(last.charAt(last.length - 1))) cells.pop();
  return cells;
}

function trim(s: Mapped): Mapped {
  const start = s.text.length - s.text.trimStart().length;
  const end = s.text.trimEnd().length;
  return { text: s.text.slice(start, end), map: s.map.slice(start, end) };
}

function joinCells(cells: Mapped[]): Mapped {
  let text = '';
  const map: number[] = [];
  cells.forEach((c, i) => {
    if (i > 0) {
      text += '\t';
      map.push(c.map[0] ?? map[map.length - 1] ?? 0);
    }
    text += c.text;
    map.push(...c.map);
  });
  return { text, map };
}

function concat(a: Mapped, b: Mapped): Mapped {
  return { text: a.text + b.text, map: [...a.map, ...b.map] };
}

/** Replaces drawn tables by one tab-separated line per row; border lines disappear. */
export function unboxTables(lines: Mapped[]): Mapped[] {
  if (!lines.some((l) => DRAWN.test(l.text))) return lines;
  const out: Mapped[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isBorder(lines[i].text) && !isRow(lines[i].text)) {
      out.push(lines[i++]);
      continue;
    }
    // One block of border and row lines.
    const block: Mapped[] = [];
    while (i < lines.length && (isBorder(lines[i].text) || isRow(lines[i].text))) block.push(lines[i++]);
    const rowLines = block.filter((l) => isRow(l.text));
    if (rowLines.length === 0) continue;
    // A Markdown-style table (「| 行為 | 機密性3 |」, 「|---|---|」 under its header only, no frame): each line is a row.
    const headerRuleOnly =
      block.length > 2 &&
      isRow(block[0].text) &&
      isBorder(block[1].text) &&
      !block.slice(2).some((l) => isBorder(l.text));
    const innerBorders = !headerRuleOnly && block.slice(1, -1).some((l) => isBorder(l.text));
    const rows: Mapped[][] = [];
    let current: Mapped[] | null = null;
    for (const l of block) {
      if (isBorder(l.text)) {
        current = null;
        continue;
      }
      const cells = cellsOf(l);
      const continuation = current !== null && (innerBorders || cells[0]?.text === '');
      if (current && continuation) {
        const row = current;
        row.forEach((c, k) => {
          if (cells[k]) row[k] = concat(c, cells[k]);
        });
        continue;
      }
      current = cells;
      rows.push(current);
    }
    for (const r of rows) out.push(joinCells(r));
  }
  return out;
}

const GAP = / {2,}/g;
/** Two cells one space apart: a short first cell (a seat, a heading), then the rest of the row. */
const LOOSE_ROW = /^[^\s、。()]{1,12} [^\s]+$/;

/**
 * Columns aligned with spaces (two or more, full-width spaces included) in two or more lines in
 * a row become tabs. The gap after a numbering label (「(1)　　情報資産」) is not a column.
 */
export function spacedColumns(
  lines: Mapped[],
  labelLength: (text: string) => number,
  widthAt: (at: number, ch: string) => number = (_at, ch) => displayWidth(ch),
): Mapped[] {
  const gapped = lines.map((l) => {
    if (!l.text.includes('  ')) return false;
    const t = l.text.trim();
    if (t.includes('\t')) return false;
    const skip = labelLength(t);
    return [...t.matchAll(GAP)].some((m) => m.index > skip && m.index + m[0].length < t.length);
  });
  const rows = gapped.map((g, i) => g && (gapped[i - 1] || gapped[i + 1]));
  // A row whose two cells stand one space apart (「副委員長　統括者」) belongs to the table it stands in, and
  // so does a gapped row next to it: rows grow from the table, one neighbour at a time.
  const cellsOf = (i: number) => lines[i].text.trim().split(rows[i] && gapped[i] ? GAP : / +/).length;
  const loose = lines.map(
    (l, i) => !gapped[i] && LOOSE_ROW.test(l.text.trim()) && labelLength(l.text.trim()) === 0,
  );
  const grow = (i: number, next: number): boolean => {
    if (rows[i] || !rows[next] || !(gapped[i] || loose[i])) return false;
    if (loose[i] && cellsOf(i) !== cellsOf(next)) return false;
    rows[i] = true;
    return true;
  };
  // Down the text, then up it: each sweep carries a table as far as it goes in its direction.
  for (let grown = true; grown; ) {
    grown = false;
    for (let i = 1; i < lines.length; i++) grown = grow(i, i - 1) || grown;
    for (let i = lines.length - 2; i >= 0; i--) grown = grow(i, i + 1) || grown;
  }
  // An indented line right under a row continues it with an empty first cell (委員 | 総務部長 / | 企画財政部長).
  const continued = lines.map(() => false);
  for (let i = 1; i < lines.length; i++) {
    if (
      !rows[i] &&
      (rows[i - 1] || continued[i - 1]) &&
      /^ {2,}\S/.test(lines[i].text) &&
      !lines[i].text.includes('\t')
    )
      continued[i] = true;
    // A row after the continued lines belongs to the same table (事務局 | デジタル推進課).
    else if (gapped[i] && continued[i - 1]) rows[i] = true;
  }
  const narrow = narrowGaps(lines, rows, labelLength, widthAt);
  return lines.map((l, i) => {
    if (continued[i]) {
      const lead = l.text.length - l.text.trimStart().length;
      return { text: `\t${l.text.slice(lead)}`, map: [l.map[lead - 1], ...l.map.slice(lead)] };
    }
    if (!rows[i]) return l;
    const lead = l.text.length - l.text.trimStart().length;
    const skip = lead + labelLength(l.text.trim());
    let text = '';
    const map: number[] = [];
    for (let k = 0; k < l.text.length; k++) {
      const gap = l.text[k + 1] === ' ' || (loose[i] && k > lead) || narrow.get(i)?.has(k) === true;
      if (k > skip && l.text[k] === ' ' && gap && l.text.slice(k).trim() !== '') {
        let end = k;
        while (l.text[end] === ' ') end++;
        text += '\t';
        map.push(l.map[k]);
        k = end - 1;
        continue;
      }
      text += l.text[k];
      map.push(l.map[k]);
    }
    return { text, map };
  });
}

/**
 * Single spaces that part two cells of a table aligned with spaces: where a cell fills its column, only one
 * space may stand before the next (「外部サービスの利用（第１６条）　ＣＩＳＯ」). Such a space counts as a gap
 * when the row has fewer cells than the table's other rows and the text after it starts where one of their
 * columns starts, measured in display width on the original text (a full-width space is two).
 */
function narrowGaps(
  lines: Mapped[],
  rows: boolean[],
  labelLength: (text: string) => number,
  widthAt: (at: number, ch: string) => number,
): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (let i = 0; i < lines.length; ) {
    if (!rows[i]) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && rows[end]) end++;
    if (end - i >= 3) splitShortRows(lines, i, end, labelLength, widthAt, out);
    i = end;
  }
  return out;
}

/** Positions (display width) where each cell of a row starts, with the index of the space before it. */
function cellStarts(
  l: Mapped,
  labelLength: (text: string) => number,
  widthAt: (at: number, ch: string) => number,
): { starts: number[]; singles: [number, number][] } {
  const lead = l.text.length - l.text.trimStart().length;
  const skip = lead + labelLength(l.text.trim());
  const starts: number[] = [];
  const singles: [number, number][] = [];
  let w = 0;
  let depth = 0;
  for (let k = 0; k < l.text.length; k++) {
    const ch = l.text[k];
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch !== ' ' && (k === lead || (k > skip && l.text[k - 1] === ' ' && l.text[k - 2] === ' ')))
      starts.push(w);
    else if (ch !== ' ' && k > skip + 1 && l.text[k - 1] === ' ' && depth === 0) singles.push([k - 1, w]);
    w += widthAt(l.map[k], ch);
  }
  return { starts, singles };
}

function splitShortRows(
  lines: Mapped[],
  from: number,
  to: number,
  labelLength: (text: string) => number,
  widthAt: (at: number, ch: string) => number,
  out: Map<number, Set<number>>,
): void {
  const cells = lines.slice(from, to).map((l) => cellStarts(l, labelLength, widthAt));
  const most = Math.max(...cells.map((c) => c.starts.length));
  const full = cells.filter((c) => c.starts.length === most);
  if (most < 3 || full.length < 2) return;
  // A column starts where the full rows start it, give or take one (a half-width character).
  const columns = full[0].starts.map((_, k) => Math.min(...full.map((c) => c.starts[k])));
  const fits = (w: number) => columns.some((c) => Math.abs(c - w) <= 1);
  cells.forEach((c, r) => {
    if (c.starts.length >= most) return;
    const found = c.singles.filter(([, w]) => fits(w) && !c.starts.some((s) => Math.abs(s - w) <= 1));
    if (found.length === 0 || c.starts.length + found.length > most) return;
    out.set(from + r, new Set(found.map(([k]) => k)));
  });
}

/** The cells of a table read the other way round: its columns as rows (a table printed transposed). */
export function transposeTable(table: string[][]): string[][] {
  const width = Math.max(0, ...table.map((r) => r.length));
  return Array.from({ length: width }, (_, i) => table.map((r) => r[i] ?? ''));
}
