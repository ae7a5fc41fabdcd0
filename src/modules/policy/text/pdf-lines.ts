/**
 * Lines of a PDF page rebuilt from pdf.js text items: items are joined by their baseline, a wide
 * gap between two items on one line (table cells, a page number pushed to the right margin of a
 * 目次 line) becomes a tab, and a space is kept only where the PDF has one.
 */

/** What pdf.js gives for one run of text. */
export interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
  /** [a, b, c, d, x, y] */
  transform?: number[];
  width?: number;
  height?: number;
}

/** Font size of an item, from its transform (or its height). */
function sizeOf(item: PdfTextItem): number {
  const t = item.transform;
  const size = t ? Math.hypot(t[0], t[1]) : 0;
  return size > 0 ? size : (item.height ?? 10);
}

interface Line {
  text: string;
  /** x where each tab-separated cell starts */
  cells: number[];
  size: number;
}

/**
 * A line that starts under the second or a later cell of the table row above continues that row:
 * its text wrapped inside a cell. It gets empty cells in front so that it stays in its column.
 */
function keepColumns(lines: Line[]): string[] {
  const left = Math.min(...lines.map((l) => l.cells[0] ?? Number.POSITIVE_INFINITY));
  let row: number[] | null = null;
  return lines.map((l) => {
    if (l.cells.length > 1) {
      row = l.cells;
      return l.text;
    }
    const x = l.cells[0];
    if (row && x !== undefined && x > left + l.size * 3) {
      const column = row.findIndex((c, k) => k > 0 && Math.abs(c - x) < l.size * 1.5);
      if (column > 0) return `${'\t'.repeat(column)}${l.text}`;
    }
    row = null;
    return l.text;
  });
}

/** The page's text, one line per baseline (see file comment). */
export function pageText(items: PdfTextItem[]): string {
  const lines: Line[] = [];
  let cells: number[] = [];
  let lineSize = 10;
  const push = (text: string) => {
    lines.push({ text, cells, size: lineSize });
    cells = [];
  };
  let current = '';
  let lastY: number | null = null;
  let lastEnd: number | null = null;
  let space = false;
  for (const item of items) {
    const y = item.transform ? item.transform[5] : null;
    const x = item.transform ? item.transform[4] : null;
    const size = sizeOf(item);
    if (lastY !== null && y !== null && Math.abs(y - lastY) > Math.max(2, size * 0.4) && current !== '') {
      push(current);
      current = '';
      lastEnd = null;
      space = false;
    }
    // pdf.js adds runs of spaces of its own between runs: they only tell that a space may be there.
    if (item.str.trim() === '' && !item.hasEOL) {
      if (item.str !== '') space = true;
      continue;
    }
    // Two runs far apart on one line are two cells: 「1. 目的」 … 「-1-」, 「重要性 I」 | 「個人情報…」.
    if (current !== '' && lastEnd !== null && x !== null && x - lastEnd > size * 1.8) {
      current += '\t';
      cells.push(x);
    } else if (space && current !== '') current += ' ';
    if (current === '' && x !== null) {
      cells = [x];
      lineSize = size;
    }
    space = false;
    current += item.str;
    if (y !== null) lastY = y;
    if (x !== null && item.str !== '') lastEnd = x + (item.width ?? 0);
    if (item.hasEOL) {
      push(current);
      current = '';
      lastY = null;
      lastEnd = null;
      space = false;
    }
  }
  if (current !== '') push(current);
  return keepColumns(lines.map((l) => ({ ...l, text: l.text.replace(/\s+$/, '') }))).join('\n');
}
