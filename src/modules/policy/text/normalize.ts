/**
 * Normalization for analysis: per-character NFKC (keeping ①② and 〃), drawn and aligned tables
 * turned into tab rows, spaces removed inside words, page numbers and running headers dropped
 * (furniture.ts), and lines that page layout broke in the middle of a sentence joined again —
 * each output line keeps a map back to the original text.
 */
import { parseCaption, parseMarker } from '../parse/markers.ts';
import { cellLineTables } from './cell-lines.ts';
import { collapseSpaces, displayWidth, type Mapped, nfkcMapped, trimMapped } from './chars.ts';
import { gluedPage, pageNumberLines, runningLines } from './furniture.ts';
import { spacedColumns, unboxTables } from './tables.ts';

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
  /** the same, with the offset of each in the original text and why it was removed */
  furniture: { at: number; kind: 'page' | 'running' }[];
}

/** Bullets that start a paragraph (・ is a numbering marker: parse/styles.ts). */
const BULLET_START = /^[●○■□◆◇▪▫►▶➢✓※]/;
const PART_WORD = /^(?:目\s*次|もくじ|目\s*録|附\s*則|付\s*則|別\s*表|別\s*記|前\s*文)$/;
const SENTENCE_END = /[。．:」』】]$/;
/** The start of an article reference at the end of a line, and the rest of its label at the start of the next. */
const BROKEN_REFERENCE = /[^\s]第[0-9０-９]*$/;
const REFERENCE_REST = /^[0-9０-９]*(?:条|項|号|章|節|款)/;
/**
 * A row of a classification table written without a table: 「機密性3　行政事務で…」「重要度A 個人情報…」,
 * and the other forms of a level (レベル3, 区分I, 機密性2(a), 機密性3情報; see parse/classification.ts).
 */
const LEVEL_ROW =
  /^(?:[\u4e00-\u9fff]{1,6}(?:性|度)(?:分類|区分)?|レベル|区分)\s*(?:[IVX]+|[0-9]+[A-Z]?(?:\([a-z]\))?|[A-Z])(?:情報)?\s/;
function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Words a sentence may start with in hiragana; any other hiragana start continues the line above. */
const SENTENCE_START =
  /^(?:この|その|これ|それ|あの|ここ|どの|なお|ただし|また|すべて|あらかじめ|いずれ|おおむね|あわせて|さらに|もし|まず|かつ|もっとも|やむを)/;

/** The length of the numbering label a line starts with (0 when none). */
function labelLength(text: string): number {
  const m = parseMarker(text);
  return m ? text.length - m.rest.length - (text.endsWith(m.rest) ? 0 : 1) : 0;
}

/** NFKC per line, tables turned into tab rows, spaces inside words removed. */
function splitLines(original: string): { lines: Mapped[]; formFeeds: Set<number> } {
  const nfkc: Mapped[] = [];
  let start = 0;
  for (const raw of original.split('\n')) {
    nfkc.push(nfkcMapped(raw.endsWith('\r') ? raw.slice(0, -1) : raw, start));
    start += raw.length + 1;
  }
  const tabled = spacedColumns(unboxTables(nfkc), labelLength, (at, ch) => displayWidth(original[at] ?? ch));
  const formFeeds = new Set<number>();
  let inTable = false;
  const lines = tabled.map((l, i) => {
    if (l.text.includes('\f')) formFeeds.add(i);
    const trimmed = trimMapped(collapseSpaces(trimMapped(l), (at) => original[at] === '\u3000'));
    // A table row whose first cell is empty keeps its leading tab; a line only indented by tabs (a
    // paragraph copied from a word processor) is no row: it has no other cell and follows no row.
    const row = trimmed.text.includes('\t') || (inTable && trimmed.text !== '');
    const out =
      l.text.startsWith('\t') && trimmed.text !== '' && row
        ? { text: `\t${trimmed.text}`, map: [l.map[0], ...trimmed.map] }
        : trimmed;
    inTable = out.text.includes('\t');
    return out;
  });
  return { lines, formFeeds };
}

/**
 * Width at which the document was wrapped, when it was (PDF output, fixed-width text): the
 * widest lines cluster at one width. Null for texts with one line per paragraph.
 */
export function wrapWidth(
  lines: string[],
  widthOf: (i: number) => number = (i) => displayWidth(lines[i]),
): number | null {
  // A 目次's lines are filled with leaders up to the page number: they say nothing of how the text wraps.
  const widths: number[] = [];
  lines.forEach((l, i) => {
    if (l !== '' && !l.includes('\t') && !isTocLine(l)) widths.push(widthOf(i));
  });
  if (widths.length < 10) return null;
  const sorted = Float64Array.from(widths).sort();
  const p95 = sorted[Math.floor(sorted.length * 0.95)];
  if (p95 < 40) return null;
  const near = widths.filter((w) => w >= p95 * 0.88 && w <= p95 * 1.06).length;
  return near >= 6 && near >= widths.length * 0.12 ? p95 : null;
}

/** A line that is a date and at most the word of what happened on it: 「令和8年3月27日」, 「平成30年4月1日施行」. */
// 「制定　令和7年3月24日」「施行　令和7年4月1日」: the kind of date may stand in front of it.
const DATE_LINE =
  /^(?:制定|施行|改正|公布|決定|策定)?(?:令和|平成|昭和)[0-9元]{1,2}年[0-9]{1,2}月[0-9]{1,2}日(?:[\u4e00-\u9fff]{0,4})$/;

function isTocLine(text: string): boolean {
  if (!/[\d\-‐−―]$/.test(text)) return false;
  return /(?:\t|\s{2,}|…+|\.{3,}|・{3,})\s*(?:[-‐−―]\s*)?\d{1,4}(?:\s*[-‐−―])?$/.test(text);
}

// A particle before a word (「の分類」「に基づき」), never a title in kana (「はじめに」), a quantity word, a
// conjunction, the rest of a reference (「第5条第2項の規定により」), or the bracket it closes (「第20条）」).
const AFTER_REFERENCE =
  /^(?:[)」』、]|[のにをはでとがへやも][\u4e00-\u9fff\u30a0-\u30ff「(、]|以上|以下|未満|以内|倍|版|及び|又は|並びに|若しくは|から|まで|において|により|第[0-9〇一二三四五六七八九十]+[項号])/;

/** A line that starts with a number read in a sentence, not a label: glued to a particle (see continues). */
function referenceAtStart(next: string): boolean {
  const m = parseMarker(next);
  if (!m || m.rest === '' || m.style === 'kanji' || m.style === 'kana' || m.style === 'bullet') return false;
  const after = next.length - m.rest.length - 1;
  return after >= 0 && !/\s/.test(next[after]) && AFTER_REFERENCE.test(m.rest);
}

/** Whether the line after `prev` continues the same sentence (line broken by layout). */
function continues(prev: string, next: string, width: number | null, prevWidth: number): boolean {
  if (prev.includes('\t') || next.includes('\t') || isTocLine(prev)) return false;
  if (/^[、。)」』,]/.test(next)) return true;
  // A line that starts with a bullet (●, ■, ◆ …) is a paragraph of its own.
  if (BULLET_START.test(next)) return false;
  // A heading word on a line of its own (目次, 附則, 別表) opens a part of the document, whatever stands above.
  if (PART_WORD.test(next)) return false;
  // A katakana word cut at the end of a full line leaves its last kana alone on the next line
  // (「…ネットワー」+「ク」): not an item label.
  if (width !== null && prevWidth >= width * 0.88 && /[ァ-ヶー]$/.test(prev) && /^[ァ-ヶ]$/.test(next))
    return true;
  // A katakana word cut by the layout (「…及びそのデー」+「タ（…を除く。）をいう。」) on a line that Latin letters
  // narrowed: the line is full by its characters, though not by its width.
  if (
    width !== null &&
    prevWidth >= width * 0.75 &&
    /[ァ-ヶー]$/.test(prev) &&
    /^[ァ-ヶー]/.test(next) &&
    !parseMarker(next)
  )
    return true;
  // A number the layout put at the start of a line inside a sentence (「…TLS」+「1.2以上を…」, 「…は、」+
  // 「2―1の分類に…」): no space after it, and a particle or a quantity word where a title would start.
  if (!SENTENCE_END.test(prev) && referenceAtStart(next)) return true;
  if (parseMarker(next) || parseCaption(next) || parseCaption(prev) || LEVEL_ROW.test(next)) return false;
  // A quoted term closed at the end of a line inside a bracket left open (「…（以下「制御系」」 + 「という。）…」)
  // ends no sentence.
  if (/[」』]$/.test(prev) && count(prev, '(') > count(prev, ')')) return true;
  if (SENTENCE_END.test(prev)) return false;
  // A reference broken inside its label (「…第１」 + 「１条第１項の…」, 「…第」 + 「２条の…」) goes on.
  if (BROKEN_REFERENCE.test(prev) && REFERENCE_REST.test(next)) return true;
  // The date the document was made stands on a line of its own, under the title (「令和8年3月27日」).
  if (DATE_LINE.test(next) || DATE_LINE.test(prev)) return false;
  // A bracket left open (「…条例（令和5年3月1日条例第1」 + 「号）」) closes on the next line.
  if (count(prev, '(') > count(prev, ')') || count(prev, '「') > count(prev, '」')) return true;
  // A line that starts with a particle or an inflection (て充てる。) continues the line above.
  if (/^[ぁ-ゖ]/.test(next) && !SENTENCE_START.test(next)) return true;
  if (prev.endsWith('、')) return true;
  if (width !== null && prevWidth >= width * 0.88) return true;
  const marker = parseMarker(prev);
  const body = marker ? marker.rest : prev;
  // A heading is short and has no comma; a sentence cut by the layout is long or has one.
  // A sentence cut after a particle (「…重大なものはCISOに」) goes on, however short its Latin letters make it.
  if (marker) return body.includes('、') && (body.length >= 40 || /[にをがへ]$/.test(body));
  return body.length >= 30 || (body.includes('、') && body.length >= 12);
}

const owned = new WeakSet<number[]>();

/** A full-width letter or digit (ＣＩＳＯ, ３): set in the Japanese text's own width, not as a Latin word. */
const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

/** Joins a line broken by the layout to the line before it (the map of `a` is extended in place). */
function join(a: NormalizedLine, b: Mapped, original: string): NormalizedLine {
  // Words go on with a space; a lone letter at either side is a word cut by the layout (「CIS」+「O」),
  // and so are full-width letters, which Japanese text breaks anywhere (「ＣＩ」+「ＳＯ」).
  const latin =
    /[A-Za-z0-9]{2}$/.test(a.text) &&
    /^[A-Za-z0-9]{2}/.test(b.text) &&
    !/(?:^|[^A-Za-z0-9])[A-Za-z0-9]$/.test(a.text) &&
    !(FULL_WIDTH.test(original[a.map[a.map.length - 1]] ?? '') && FULL_WIDTH.test(original[b.map[0]] ?? ''));
  const text = a.text + (latin ? ' ' : '') + b.text;
  // The first join copies the map (it may be shared with the line it came from); later joins extend it.
  const map = owned.has(a.map) ? a.map : [...a.map];
  owned.add(map);
  if (latin) map.push(map[map.length - 1]);
  for (const x of b.map) map.push(x);
  return { text, map, span: [a.span[0], b.map[b.map.length - 1] + 1] };
}

/** Normalizes a policy text for analysis (see file comment); blank lines are dropped. */
export function normalizeText(original: string): NormalizedText {
  const { lines: raw, formFeeds } = splitLines(original);
  const texts = raw.map((l) => l.text);
  const pages = pageNumberLines(texts);
  const boundaries = new Set([...pages, ...formFeeds]);
  const running = runningLines(texts, boundaries, (t) => !!parseMarker(t) || !!parseCaption(t), pages);
  const dropped: string[] = [];
  const furniture: NormalizedText['furniture'] = [];
  const kept: Mapped[] = [];
  raw.forEach((l, i) => {
    if (l.text === '') return;
    if (pages.has(i) || running.has(i)) {
      dropped.push(l.text);
      furniture.push({ at: l.map[0], kind: pages.has(i) ? 'page' : 'running' });
      return;
    }
    const glued = gluedPage(l.text);
    if (glued < 0) kept.push(l);
    else {
      dropped.push(l.text.slice(glued).trim());
      furniture.push({ at: l.map[glued], kind: 'page' });
      kept.push(trimMapped({ text: l.text.slice(0, glued), map: l.map.slice(0, glued) }));
    }
  });
  // Widths as the page set them: 「（１）　ＣＩＳＯ」 fills as much of the line as 「（一）　最高責任」, though NFKC narrows it.
  const widths = kept.map((l) => {
    const set = original.slice(l.map[0], l.map[l.map.length - 1] + 1);
    return set.includes('\n') ? displayWidth(l.text) : displayWidth(set);
  });
  const width = wrapWidth(
    kept.map((l) => l.text),
    (i) => widths[i],
  );
  const lines: NormalizedLine[] = [];
  const joined = new Set<NormalizedLine>();
  let lastWidth = 0;
  for (const [k, l] of kept.entries()) {
    const last = lines[lines.length - 1];
    const prevWidth = lastWidth;
    lastWidth = widths[k];
    if (last && continues(last.text, l.text, width, prevWidth)) {
      lines[lines.length - 1] = join(last, l, original);
      joined.add(lines[lines.length - 1]);
    } else {
      lines.push({ text: l.text, map: l.map, span: [l.map[0], l.map[l.map.length - 1] + 1] });
    }
  }
  // A line joined again may show spaced letters across the break (「C I S」+「O」): collapsed once more.
  const wide = (at: number) => original[at] === '\u3000';
  const out = lines.map((l) => {
    if (!joined.has(l) || !l.text.includes(' ')) return l;
    const c = collapseSpaces({ text: l.text, map: l.map }, wide);
    return { text: c.text, map: c.map, span: l.span };
  });
  return { original, lines: cellLineTables(out), dropped, furniture };
}
