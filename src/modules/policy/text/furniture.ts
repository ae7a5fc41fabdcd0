/**
 * Page furniture of texts that went through a page layout (PDF, Word printed to text): page
 * numbers (「- 3 -」「3/12」「－３－」「3ページ」) and running headers and footers repeated on
 * every page. Lines are already NFKC-normalized (－３－ reads -3-).
 */

/** Page numbers that cannot be anything else. */
const STRONG =
  /^(?:[-‐−―ー~〜]\s*\d{1,4}\s*[-‐−―ー~〜]|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4}\s*ページ|[Pp]\.?\s*\d{1,4}|第\s*\d{1,4}\s*頁)$/;
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
  // Weak candidates count only as a rising run of at least three, far apart (one per page).
  let run: { i: number; n: number }[] = [];
  const flush = () => {
    if (run.length >= 3) for (const c of run) found.add(c.i);
    run = [];
  };
  for (const c of weak) {
    const last = run[run.length - 1];
    if (last && c.n === last.n + 1 && c.i - last.i >= 15) run.push(c);
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
): Set<number> {
  const found = new Set<number>();
  if (boundaries.size < 2) return found;
  const near = (i: number) => {
    for (let k = i - 3; k <= i + 3; k++) if (boundaries.has(k)) return true;
    return false;
  };
  const groups = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l.length < 2 || /[。、]/.test(l) || keep(l) || boundaries.has(i)) return;
    const key = mask(l);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const idx of groups.values()) {
    const atBoundary = idx.filter(near);
    if (atBoundary.length >= 3 && atBoundary.length >= idx.length * 0.6)
      for (const i of atBoundary) found.add(i);
  }
  return found;
}
