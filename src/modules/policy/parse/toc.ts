/**
 * The table of contents (目次) as its own stage: recognized by its heading, its dot leaders, page
 * numbers and article ranges ((第1条―第3条)), kept as navigation and never read as clauses.
 */
import type { NormalizedLine } from '../text/normalize.ts';
import type { TocEntry } from '../types.ts';
import { parseMarker } from './markers.ts';
import { NUMBER_DASH } from './styles.ts';

export interface TocResult {
  entries: TocEntry[];
  /** index range [start, end) of the TOC lines (including the 目次 line) */
  range: [number, number] | null;
  /** the normalized line each entry was read from */
  lineIndexes?: number[];
}

const LEADER = /\s*(?:…+|‥+|\.{2,}|・{2,}|･{2,}|-{3,}|_{3,})\s*/;
const PAGE = new RegExp(
  `(?:\\s+|^)(?:[pP]\\.?\\s*)?(?:${NUMBER_DASH}\\s*)?(\\d{1,4})(?:\\s*${NUMBER_DASH})?(?:\\s*ページ)?$`,
);
const RANGE = new RegExp(
  `\\s*\\((第[0-9一二三四五六七八九十百]+条(?:の\\d+)?(?:[・、]|${NUMBER_DASH}|～|〜)?)+[^()]*\\)$`,
);
/** A leader cut to one dot by a long title (「…（第15条―第19条）・7」). */
const SHORT_LEADER = /[)\u3040-\u30ff\u4e00-\u9fff][・…‥](\d{1,4})$/;
const TOC_HEADING = /^(?:目\s*次|もくじ|目\s*録)$/;

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
    // A trailing number is a page only after a title (「第1章 総則 1」), not the label itself (「1」).
    if (p && p.index > 0 && parseMarker(body.slice(0, p.index))?.rest) {
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

const same = (a: TocEntry, b: TocEntry) => a.label === b.label && a.title === b.title;

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

/** Finds the 目次 (see file comment): after a 目次 heading, or a run of entries with page numbers. */
export function findToc(lines: NormalizedLine[]): TocResult {
  let start = lines.findIndex((l, i) => i < 80 && TOC_HEADING.test(l.text));
  let first = start + 1;
  if (start < 0) {
    // No heading: three or more entries in a row with dot leaders or page numbers at the top.
    start = lines.findIndex((l, i) => {
      if (i > 80) return false;
      for (let k = i; k < i + 3; k++) {
        const e = lines[k] ? entryOf(lines[k].text) : null;
        if (!e?.navigational || !LEADER.test(lines[k].text)) return false;
      }
      return true;
    });
    if (start < 0) return { entries: [], range: null };
    first = start;
  }
  const entries: TocEntry[] = [];
  const lineIndexes: number[] = [];
  let i = first;
  const leadsOn = (k: number) => {
    const next = lines[k] ? entryOf(lines[k].text) : null;
    return next ? next.navigational : !!lines[k] && unnumberedPart(lines[k].text) !== null;
  };
  for (; i < lines.length; i++) {
    const e = entryOf(lines[i].text);
    if (!e) {
      if (unnumberedPart(lines[i].text)) continue;
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
      i++;
      continue;
    }
    // The body starts where the first entry repeats without navigation.
    if (entries.length > 0 && !e.navigational && entries.some((x) => same(x, e.entry))) break;
    // An entry with no page of its own stays when the entries under it follow with theirs
    // (「第2編 対策基準」 over 「第1章 総則……3」).
    if (
      entries.length > 0 &&
      !e.navigational &&
      entries.every((x) => x.page !== undefined) &&
      !leadsOn(i + 1)
    )
      break;
    entries.push(e.entry);
    lineIndexes.push(i);
  }
  if (entries.length === 0) return { entries: [], range: null };
  return { entries, range: [start, i], lineIndexes };
}
