/**
 * Page furniture of texts that went through a page layout (PDF, Word printed to text): page
 * numbers (「- 3 -」「3/12」「－３－」「3ページ」) and running headers and footers repeated on
 * every page. Lines are already NFKC-normalized (－３－ reads -3-).
 */

/** Page numbers that cannot be anything else. */
const STRONG =
  /^(?:[-‐−―ー~〜]\s*\d{1,4}\s*[-‐−―ー~〜]|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4}\s*ページ|[Pp]\.?\s*\d{1,4}|第\s*\d{1,4}\s*頁)$/;
/** A strong page number glued to the end of a sentence by the copy (「…しなければならない。- 3 -」). */
const GLUED = /。\s*((?:[-‐−―ー~〜]\s*\d{1,4}\s*[-‐−―ー~〜]|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4}\s*ページ))$/;

/** Where a page number glued to the end of a sentence starts (-1 when the line ends otherwise). */
export function gluedPage(text: string): number {
  if (!text.endsWith('-') && !text.endsWith('ページ') && !/\/\s*\d+$/.test(text)) return -1;
  const m = GLUED.exec(text);
  return m ? m.index + 1 : -1;
}

/** Page numbers only when a sequence of them runs through the document: `(3)` or a bare `3`. */
const WEAK = /^(?:\(\s*(\d{1,4})\s*\)|(\d{1,4}))$/;

/** Indexes of the lines that are page numbers. */
export function pageNumberLines(lines: string[]): Set<number> {
  const found = new Set<number>();
  const weak: { i: number; n: number }[] = [];
  lines.forEach((l, i) => {
    if (STRONG.test(l)) found.add(i);
    else {
      const m = WEAK.exec(l);
      if (m) weak.push({ i, n: Number(m[1] ?? m[2]) });
    }
  });
  // Weak candidates count only as a rising run of at least three, far apart (one per page). The last
  // page may be short: its number, the document's last line, needs no distance.
  let end = lines.length - 1;
  while (end > 0 && lines[end] === '') end--;
  let run: { i: number; n: number }[] = [];
  const flush = () => {
    // A document of two pages: 「1」 and 「2」, the second its last line.
    const two = run.length === 2 && run[1].i === end && run[0].n <= 2 && run[1].i - run[0].i >= 5;
    if (run.length >= 3 || two) for (const c of run) found.add(c.i);
    run = [];
  };
  for (const c of weak) {
    const last = run[run.length - 1];
    if (last && c.n === last.n + 1 && (c.i - last.i >= 15 || c.i === end)) run.push(c);
    else {
      flush();
      run = [c];
    }
  }
  flush();
  return found;
}

/** Digits masked, so that 「基本方針 3」 and 「基本方針 4」 count as the same running line. */
const mask = (text: string) => text.replace(/\d+/g, '#');

/**
 * Indexes of running headers and footers: the same line (digits aside) three times or more,
 * each time next to a page boundary (a page number or a form feed). Lines that look like
 * numbering, captions or sentences are never taken.
 */
export function runningLines(
  lines: string[],
  boundaries: Set<number>,
  keep: (text: string) => boolean,
  /** lines that are furniture already (page numbers): a form feed opens a line that may be a header */
  taken: Set<number> = boundaries,
): Set<number> {
  const found = new Set<number>();
  const near = (i: number) => {
    for (let k = i - 3; k <= i + 3; k++) if (boundaries.has(k)) return true;
    return false;
  };
  // Page breaks: a page number and a form feed next to it are one break.
  let breaks = 0;
  let previous = Number.NEGATIVE_INFINITY;
  for (const b of [...boundaries].sort((x, y) => x - y)) {
    if (b - previous > 3) breaks++;
    previous = b;
  }
  const groups = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l.length < 2 || /[。、]/.test(l) || keep(l) || taken.has(i)) return;
    const key = mask(l);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const idx of groups.values()) {
    if (boundaries.size < 2) {
      for (const i of paced(idx, lines.length)) found.add(i);
      continue;
    }
    const atBoundary = idx.filter(near);
    // The title repeated at the top of each page counts from its second page on, each time at a boundary.
    const later = atBoundary.filter((i) => i !== idx[0]).length;
    const title = idx[0] < 10 && later >= 1 && idx.length - 1 === later;
    // A document of two or three pages shows its footer twice or three times.
    const least = breaks <= 3 ? 2 : 3;
    if (title || (atBoundary.length >= least && atBoundary.length >= idx.length * 0.6))
      // Its first occurrence at the top of the document stays: it is the title.
      for (const i of atBoundary) if (!(i === idx[0] && i < 10)) found.add(i);
  }
  return found;
}

/**
 * A header or footer of a copy without page numbers: the same line four times or more, one per page —
 * at least 15 lines apart and at an even pace (the last page may be short). The first occurrence at
 * the top of the document stays (it is the title).
 */
function paced(idx: number[], count: number): number[] {
  const at = idx[0] < 10 ? idx.slice(1) : idx;
  if (at.length < 3) return [];
  const gaps = at.slice(1).map((i, k) => i - at[k]);
  if (at[at.length - 1] >= count - 4) gaps.pop();
  const least = Math.min(...gaps);
  return gaps.length >= 2 && least >= 15 && Math.max(...gaps) <= least * 1.5 ? at : [];
}
