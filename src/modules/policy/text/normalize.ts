/**
 * Normalization for analysis: per-character NFKC (keeping ①② and 〃), spaces removed inside
 * words, page numbers and running headers dropped, and lines that page layout broke in the
 * middle of a sentence joined again — each output line keeps a map back to the original text.
 */
import { parseCaption, parseMarker } from '../parse/markers.ts';
import { collapseSpaces, displayWidth, type Mapped, nfkcMapped, trimMapped } from './chars.ts';

/** One logical line of the normalized text. */
export interface NormalizedLine {
  text: string;
  /** original offset of each UTF-16 code unit of `text` */
  map: number[];
  /** [start, end) in the original text */
  span: [number, number];
}

export interface NormalizedText {
  original: string;
  lines: NormalizedLine[];
  /** lines removed as layout (page numbers, running headers) */
  dropped: string[];
}

const PAGE_NUMBER =
  /^(?:[-‐−―ー]\s*\d{1,4}\s*[-‐−―ー]|\d{1,4}\s*\/\s*\d{1,4}|[(]\s*\d{1,4}\s*[)]|\d{1,4}\s*ページ|P\.?\s*\d{1,4})$/;
const SENTENCE_END = /[。．:」』】]$/;

function splitLines(original: string): Mapped[] {
  const out: Mapped[] = [];
  let start = 0;
  for (const raw of original.split('\n')) {
    out.push(trimMapped(collapseSpaces(trimMapped(nfkcMapped(raw.replace(/\r$/, ''), start)))));
    start += raw.length + 1;
  }
  return out;
}

/** Lines repeated on several pages (running headers/footers): only when the text has page breaks. */
function runningHeaders(lines: Mapped[], original: string): Set<string> {
  const found = new Set<string>();
  if (!original.includes('\f') && lines.filter((l) => PAGE_NUMBER.test(l.text)).length < 2) return found;
  const counts = new Map<string, number>();
  for (const l of lines) if (l.text.length >= 4) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  for (const [text, n] of counts) {
    if (n >= 3 && !parseMarker(text) && !parseCaption(text) && !/[。、]/.test(text)) found.add(text);
  }
  return found;
}

/**
 * Width at which the document was wrapped, when it was (PDF output, fixed-width text): the
 * widest lines cluster at one width. Null for texts with one line per paragraph.
 */
export function wrapWidth(lines: string[]): number | null {
  const widths = lines.filter((l) => l !== '' && !l.includes('\t')).map(displayWidth);
  if (widths.length < 10) return null;
  const sorted = [...widths].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)];
  if (p95 < 40) return null;
  const near = widths.filter((w) => w >= p95 * 0.88 && w <= p95 * 1.06).length;
  return near >= 6 && near >= widths.length * 0.12 ? p95 : null;
}

function isTocLine(text: string): boolean {
  return /(?:\t|\s{2,}|…+|\.{3,}|・{3,})\s*(?:[-‐−―]\s*)?\d{1,4}(?:\s*[-‐−―])?$/.test(text);
}

/** Whether the line after `prev` continues the same sentence (line broken by layout). */
function continues(prev: string, next: string, width: number | null): boolean {
  if (prev.includes('\t') || next.includes('\t') || isTocLine(prev)) return false;
  if (/^[、。)」』,]/.test(next)) return true;
  if (parseMarker(next) || parseCaption(next) || parseCaption(prev)) return false;
  if (SENTENCE_END.test(prev)) return false;
  if (prev.endsWith('、')) return true;
  if (width !== null && displayWidth(prev) >= width * 0.88) return true;
  const marker = parseMarker(prev);
  const body = marker ? marker.rest : prev;
  // A heading is short and has no comma; a sentence cut by the layout is long or has one.
  if (marker) return body.length >= 40 && body.includes('、');
  return body.length >= 30 || (body.includes('、') && body.length >= 12);
}

function join(a: NormalizedLine, b: Mapped): NormalizedLine {
  const latin = /[A-Za-z0-9]$/.test(a.text) && /^[A-Za-z0-9]/.test(b.text);
  const text = a.text + (latin ? ' ' : '') + b.text;
  const map = [...a.map, ...(latin ? [a.map[a.map.length - 1]] : []), ...b.map];
  return { text, map, span: [a.span[0], b.map[b.map.length - 1] + 1] };
}

/** Normalizes a policy text for analysis (see file comment); blank lines are dropped. */
export function normalizeText(original: string): NormalizedText {
  const raw = splitLines(original);
  const headers = runningHeaders(raw, original);
  const dropped: string[] = [];
  const kept: Mapped[] = [];
  for (const l of raw) {
    if (l.text === '') continue;
    if (PAGE_NUMBER.test(l.text) || headers.has(l.text)) {
      dropped.push(l.text);
      continue;
    }
    kept.push(l);
  }
  const width = wrapWidth(kept.map((l) => l.text));
  const lines: NormalizedLine[] = [];
  for (const l of kept) {
    const last = lines[lines.length - 1];
    if (last && continues(last.text, l.text, width)) {
      lines[lines.length - 1] = join(last, l);
    } else {
      lines.push({ text: l.text, map: l.map, span: [l.map[0], l.map[l.map.length - 1] + 1] });
    }
  }
  return { original, lines, dropped };
}
