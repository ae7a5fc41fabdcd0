/** The table of contents (目次): recognized so that it is not read as body text. */
import type { NormalizedLine } from '../text/normalize.ts';
import type { TocEntry } from '../types.ts';
import { parseMarker } from './markers.ts';

const PAGE_REF = /(?:\t|\s{2,}|…+|\.{3,}|・{3,}|\s)\s*(?:[-‐−―]\s*)?(\d{1,4})(?:\s*[-‐−―])?$/;

export interface TocResult {
  entries: TocEntry[];
  /** index range [start, end) of the TOC lines (including the 目次 line) */
  range: [number, number] | null;
}

function entryOf(text: string): TocEntry | null {
  const page = PAGE_REF.exec(text);
  const body = page ? text.slice(0, page.index).trim() : text.trim();
  const marker = parseMarker(body);
  if (!marker) return null;
  return { label: marker.label, title: marker.rest, ...(page ? { page: page[1] } : {}) };
}

/**
 * Finds a 目次: the line `目次` followed by entries with page numbers, or (without page numbers)
 * the entries up to the line where the first entry repeats as a body heading.
 */
export function findToc(lines: NormalizedLine[]): TocResult {
  const start = lines.findIndex((l, i) => i < 60 && /^目\s*次$/.test(l.text));
  if (start < 0) return { entries: [], range: null };
  const entries: TocEntry[] = [];
  let i = start + 1;
  const paged = PAGE_REF.test(lines[i]?.text ?? '') && /[\t…]|\.{3}|[-‐−―]$/.test(lines[i]?.text ?? '');
  if (paged) {
    while (i < lines.length) {
      const text = lines[i].text;
      if (!/[\t…]|\.{3}|[-‐−―]\s*$|\s\d{1,4}$/.test(text)) break;
      const entry = entryOf(text);
      if (!entry) break;
      entries.push(entry);
      i++;
    }
  } else {
    const first = lines[i] ? entryOf(lines[i].text) : null;
    if (!first) return { entries: [], range: null };
    entries.push(first);
    i++;
    while (i < lines.length) {
      const entry = entryOf(lines[i].text);
      if (!entry) return { entries: [], range: null };
      if (entry.label === first.label && entry.title === first.title) break;
      entries.push(entry);
      i++;
    }
  }
  return entries.length > 0 ? { entries, range: [start, i] } : { entries: [], range: null };
}
