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

/** The page's text, one line per baseline (see file comment). */
export function pageText(items: PdfTextItem[]): string {
  const lines: string[] = [];
  let current = '';
  let lastY: number | null = null;
  let lastEnd: number | null = null;
  let space = false;
  for (const item of items) {
    const y = item.transform ? item.transform[5] : null;
    const x = item.transform ? item.transform[4] : null;
    const size = sizeOf(item);
    if (lastY !== null && y !== null && Math.abs(y - lastY) > Math.max(2, size * 0.4) && current !== '') {
      lines.push(current);
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
    if (current !== '' && lastEnd !== null && x !== null && x - lastEnd > size * 1.8) current += '\t';
    else if (space && current !== '') current += ' ';
    space = false;
    current += item.str;
    if (y !== null) lastY = y;
    if (x !== null && item.str !== '') lastEnd = x + (item.width ?? 0);
    if (item.hasEOL) {
      lines.push(current);
      current = '';
      lastY = null;
      lastEnd = null;
      space = false;
    }
  }
  if (current !== '') lines.push(current);
  return lines.map((l) => l.replace(/\s+$/, '')).join('\n');
}
