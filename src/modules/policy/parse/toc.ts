/**
 * The table of contents (目次) as its own stage: recognized by its heading, its dot leaders, page
 * numbers and article ranges ((第1条―第3条)), kept as navigation and never read as clauses.
 */
import type { NormalizedLine } from '../text/normalize.ts';
import type { TocEntry } from '../types.ts';
import { type Marker, parseMarker } from './markers.ts';
import { NUMBER_DASH } from './styles.ts';

export interface TocResult {
  entries: TocEntry[];
  /** index range [start, end) of the TOC lines (including the 目次 line) */
  range: [number, number] | null;
  /** the normalized line each entry was read from */
  lineIndexes?: number[];
}

// Dots set one by one with spaces between (「総則 . . . . 3」) lead as well as dots set close.
const LEADER = /\s*(?:…+|‥+|\.{2,}|・{2,}|･{2,}|-{3,}|_{3,}|(?:[.・･]\s){3,}[.・･]?)\s*/;
const PAGE = new RegExp(
  `(?:\\s+|^)(?:[pP]\\.?\\s*)?(?:${NUMBER_DASH}\\s*)?(\\d{1,4})(?:\\s*${NUMBER_DASH})?(?:\\s*ページ)?$`,
);
const RANGE = new RegExp(
  `\\s*[(〔\\[](第[0-9一二三四五六七八九十百]+条(?:の\\d+)?(?:[・、]|${NUMBER_DASH}|～|〜)?)+[^()〔〕\\[\\]]*[)〕\\]]$`,
);
/** A leader cut to one dot by a long title (「…（第15条―第19条）・7」). */
const SHORT_LEADER = /[)\u3040-\u30ff\u4e00-\u9fff][・…‥](\d{1,4})$/;
const TOC_HEADING = /^(?:目\s*次|もくじ|目\s*録)$/;
const PARTS = new Set(['supplementary', 'appendix']);

interface Parsed {
  entry: TocEntry;
  /** the line had a page number, dot leaders or an article range */
  navigational: boolean;
}

/** Reads one line as a TOC entry (null when it cannot be one). */
function entryOf(text: string): Parsed | null {
  if (/[。]$/.test(text)) return null;
  let body = text.replace(/\t+/g, ' ').trim();
  let page: string | undefined;
  let navigational = false;
  const leader = LEADER.exec(body);
  if (leader) {
    navigational = true;
    const after = body.slice(leader.index + leader[0].length);
    body = body.slice(0, leader.index);
    const p = PAGE.exec(` ${after}`);
    if (p) page = p[1];
  } else if (SHORT_LEADER.test(body)) {
    const m = SHORT_LEADER.exec(body) as RegExpExecArray;
    page = m[1];
    body = body.slice(0, m.index + 1);
    navigational = true;
  } else {
    const p = PAGE.exec(body);
    // A trailing number is a page only after a title (「第1章 総則 1」), not the label itself (「1」), or
    // after a part with no title of its own pushed to the right margin (「附則<tab>8」「別表第1(第5条関係)<tab>9」).
    const head = p && p.index > 0 ? parseMarker(body.slice(0, p.index)) : null;
    if (p && head && (head.rest || (/\t|\s{2}/.test(text) && PARTS.has(head.style)))) {
      page = p[1];
      body = body.slice(0, p.index);
      navigational = true;
    }
  }
  const range = RANGE.exec(body);
  if (range) {
    body = body.slice(0, range.index);
    navigational = true;
  }
  const marker = parseMarker(body.trim());
  if (!marker) return null;
  return {
    entry: { label: marker.label, title: marker.rest, ...(page ? { page } : {}) },
    navigational,
  };
}

/**
 * A title without a number that leads to a page (「情報セキュリティ基本方針……1」「附則……10」): a part of
 * the document listed in its 目次, kept in the 目次 but not an entry (it has no label to match).
 */
function unnumberedPart(text: string): { title: string; page: string } | null {
  if (/[。、]/.test(text)) return null;
  // The page number pushed to the right margin, with no leader (「基本方針<tab>1」).
  const tab = text.lastIndexOf('\t');
  if (tab > 0 && !text.slice(0, tab).includes('\t')) {
    const p = PAGE.exec(` ${text.slice(tab + 1).trim()}`);
    if (p) return { title: text.slice(0, tab).trim(), page: p[1] };
  }
  const body = text.replace(/\t+/g, ' ').trim();
  const leader = LEADER.exec(body);
  if (!leader || leader.index === 0) return null;
  const p = PAGE.exec(` ${body.slice(leader.index + leader[0].length)}`);
  return p ? { title: body.slice(0, leader.index), page: p[1] } : null;
}

/** Whether a line is a 目次 line at all: an entry or a part title with its page. */
const tocLine = (line: NormalizedLine | undefined): boolean =>
  !!line && (entryOf(line.text) !== null || unnumberedPart(line.text) !== null);

/**
 * Whether an entry with a page, a leader or a range comes within the next lines, past entries without
 * one (「第2章 組織体制……2」 over 「第1節 責任者」「第2節 委員会」 and 「第3章 …3」), or the body starts
 * there with the 目次's first label (the last entries, 「附則」, need no page).
 */
function navigationFollows(lines: NormalizedLine[], from: number, first: string): boolean {
  for (let k = from; k < Math.min(lines.length, from + 10); k++) {
    const e = entryOf(lines[k].text);
    if (e?.navigational || e?.entry.label === first) return true;
    if (!e) return unnumberedPart(lines[k].text) !== null;
  }
  return false;
}

/**
 * Three entries with a page, a leader or an article range, the first at `i`, in a run of entries (the
 * ones between may have none: 「第1節 責任者」 under 「第2章 組織体制……2」).
 */
function ledRun(lines: NormalizedLine[], i: number): boolean {
  let last = -1;
  let led = 0;
  for (let k = i; k < lines.length && k < i + 12 && led < 3; k++) {
    const e = entryOf(lines[k].text);
    if (!e || (k === i && !e.navigational)) return false;
    if (!e.navigational) continue;
    // Pages without a leader or a margin must go up (「第1章 総則 1」「第2章 体制 3」).
    const page = Number(e.entry.page ?? last);
    if (!LEADER.test(lines[k].text) && !lines[k].text.includes('\t') && page < last) return false;
    last = page;
    led++;
  }
  return led >= 3;
}

/**
 * A 目次 with no heading and no page: a list of short headings, those of its first style numbered on
 * from 1 (「第1章 総則」「第2章 組織」「第3章 …」), that the body repeats right after it from its first
 * entry. Returns the index where the body starts (-1 when the lines are no such list).
 */
function plainList(lines: NormalizedLine[], i: number): number {
  const first = lines[i] ? parseMarker(lines[i].text) : null;
  if (first?.number !== 1 || !first.rest || !entryOf(lines[i].text)) return -1;
  let expect = 2;
  for (let k = i + 1; k < Math.min(lines.length, i + 60); k++) {
    const text = lines[k].text;
    if (!entryOf(text) || text.length > 40 || text.includes('、')) return -1;
    const m = parseMarker(text) as Marker;
    if (m.label === first.label) return expect > 3 && m.rest === first.rest ? k : -1;
    if (m.style === first.style && m.number !== expect++) return -1;
  }
  return -1;
}

/** Finds the 目次 (see file comment): after a 目次 heading, or a run of entries with page numbers. */
export function findToc(lines: NormalizedLine[]): TocResult {
  let start = lines.findIndex((l, i) => i < 80 && TOC_HEADING.test(l.text));
  let first = start + 1;
  let bodyAt = -1;
  if (start < 0) {
    // No heading: three or more entries in a row with dot leaders or page numbers at the top, or a
    // plain list of headings the body then repeats.
    start = lines.findIndex((_, i) => i <= 80 && ledRun(lines, i));
    if (start < 0) {
      for (let i = 0; i <= 80 && i < lines.length && bodyAt < 0; i++) {
        bodyAt = plainList(lines, i);
        if (bodyAt >= 0) start = i;
      }
    }
    if (start < 0) return { entries: [], range: null };
    first = start;
  }
  const entries: TocEntry[] = [];
  const lineIndexes: number[] = [];
  let led = 0;
  let i = first;
  for (; i < lines.length; i++) {
    if (i === bodyAt) break;
    const e = entryOf(lines[i].text);
    if (!e) {
      if (unnumberedPart(lines[i].text)) continue;
      // A running header or a title left between two pages of the 目次, the entries going on under it.
      if (led >= 2 && !/[。、]/.test(lines[i].text) && entryOf(lines[i + 1]?.text ?? '')?.navigational)
        continue;
      break;
    }
    // An entry whose title the page wrapped goes on, with its leader and page, on the next line
    // (「第2章 物理的…技術的セキュリティの」+「対策……2」).
    const rest =
      !e.navigational &&
      entries.every((x) => x.page !== undefined) &&
      lines[i + 1] &&
      !entryOf(lines[i + 1].text)
        ? unnumberedPart(lines[i + 1].text)
        : null;
    if (rest) {
      e.entry = { ...e.entry, title: `${e.entry.title}${rest.title}`, page: rest.page };
      e.navigational = true;
      entries.push(e.entry);
      lineIndexes.push(i);
      led++;
      i++;
      continue;
    }
    if (entries.length > 0 && !e.navigational) {
      // The body starts where the first entry repeats without navigation, even under a title worded
      // otherwise (「第1章 通則」 in the 目次, 「第1章 総則」 in the body).
      if (e.entry.label === entries[0].label) break;
      // An entry with no page of its own stays when entries with theirs follow
      // (「第2編 対策基準」 over 「第1章 総則……3」), even one listed already (「第1節 一般」 of each 章).
      const goesOn = led > 0 ? navigationFollows(lines, i + 1, entries[0].label) : tocLine(lines[i + 1]);
      // In a 目次 with no page at all, the body starts at a label listed already with the body under it.
      if (!goesOn && (led > 0 || entries.some((x) => x.label === e.entry.label))) break;
    }
    if (e.navigational) led++;
    entries.push(e.entry);
    lineIndexes.push(i);
  }
  if (entries.length === 0) return { entries: [], range: null };
  return { entries, range: [start, i], lineIndexes };
}
