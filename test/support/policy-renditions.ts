/**
 * Test renditions of a policy text, as bodies publish them:
 * - `numberedDocx`: a Word file whose numbers are not in the text but come from Word's automatic
 *   list numbering — multi-level lists (`%1―%2―%3`), `（%1）`, circled digits, ア, 一, 第%1条 — with
 *   num instances that restart a level (lvlOverride/startOverride) wherever the text's numbers do;
 * - `laidOutPdf`: a PDF laid out by pdfmake with a running header, "- N -" page numbers, a 目次
 *   whose page numbers stand at the right margin, and tab tables drawn as real tables.
 * The labels are read here with patterns of their own, independent of the engine under test.
 */

import { Document, LevelFormat, Packer, Paragraph, Tab, TextRun } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import pdfmake from 'pdfmake';

const FW = '０１２３４５６７８９';
const KANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const IROHA =
  'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const KANJI = '〇一二三四五六七八九';

const digits = (s: string) => Number(s.replace(/[０-９]/g, (d) => String(FW.indexOf(d))));
const kanjiValue = (s: string) => {
  if (s === '十') return 10;
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  return (s.includes('十') ? (tens ? KANJI.indexOf(tens) : 1) * 10 : 0) + (ones ? KANJI.indexOf(ones) : 0);
};

/** A label read from the start of a raw line. */
interface RawLabel {
  /** list family: one Word list definition each */
  family: string;
  /** level within the family */
  level: number;
  /** the numbers the label shows, outermost first (one for simple labels) */
  parts: number[];
  numFmt: string;
  /** the label with its numbers as %1, %2 … */
  lvlText: string;
  /** length of the label and the space after it in the raw line */
  length: number;
}

const num = '([0-9０-９]{1,2})';
const PATTERNS: [RegExp, (m: RegExpExecArray) => Omit<RawLabel, 'length'> | null][] = [
  [
    /^第([0-9０-９]{1,3})(章|節|款)/,
    (m) => ({ family: m[2], level: 0, parts: [digits(m[1])], numFmt: fmtOf(m[1]), lvlText: `第%1${m[2]}` }),
  ],
  [
    /^第([0-9０-９]{1,3})条(?!の)/,
    (m) => ({ family: '条', level: 0, parts: [digits(m[1])], numFmt: fmtOf(m[1]), lvlText: '第%1条' }),
  ],
  [
    new RegExp(`^${num}([―−‐ー－\\-.．])${num}(?:\\2${num})?(?:\\2${num})?(?=[\\s\\u3000]|[^0-9０-９(（])`),
    (m) => {
      const parts = [m[1], m[3], m[4], m[5]].filter((x) => x !== undefined).map(digits);
      const sep = m[2];
      const family = /[.．]/.test(sep) ? 'dot' : 'dash';
      const lvlText = parts.map((_, i) => `%${i + 1}`).join(sep);
      return { family, level: parts.length - 1, parts, numFmt: fmtOf(m[1]), lvlText };
    },
  ],
  [
    /^[（(]([0-9０-９]{1,2})[）)]/,
    (m) => ({
      family: `paren${m[0][0]}`,
      level: 0,
      parts: [digits(m[1])],
      numFmt: fmtOf(m[1]),
      lvlText: m[0].replace(m[1], '%1'),
    }),
  ],
  [
    /^([0-9０-９]{1,2})[.．](?![0-9０-９])/,
    (m) => ({
      family: 'dot1',
      level: 0,
      parts: [digits(m[1])],
      numFmt: fmtOf(m[1]),
      lvlText: m[0].replace(m[1], '%1'),
    }),
  ],
  [
    /^([0-9０-９]{1,2})(?=[\s\u3000])/,
    (m) => ({ family: 'digit', level: 0, parts: [digits(m[1])], numFmt: fmtOf(m[1]), lvlText: '%1' }),
  ],
  [
    new RegExp(`^([${CIRCLED}])`),
    (m) => ({
      family: 'circled',
      level: 0,
      parts: [CIRCLED.indexOf(m[1]) + 1],
      numFmt: 'decimalEnclosedCircle',
      lvlText: '%1',
    }),
  ],
  [
    new RegExp(`^[（(]([${KANA}])[）)]`),
    (m) => ({
      family: `kparen${m[0][0]}`,
      level: 0,
      parts: [KANA.indexOf(m[1]) + 1],
      numFmt: 'aiueoFullWidth',
      lvlText: m[0].replace(m[1], '%1'),
    }),
  ],
  [
    new RegExp(`^([${KANA}])(?=[\\s\\u3000])`),
    (m) => ({
      family: 'kana',
      level: 0,
      parts: [KANA.indexOf(m[1]) + 1],
      numFmt: 'aiueoFullWidth',
      lvlText: '%1',
    }),
  ],
  [
    /^([一二三四五六七八九十]{1,3})(?=[\s\u3000])/,
    (m) => ({
      family: 'kanji',
      level: 0,
      parts: [kanjiValue(m[1])],
      numFmt: 'japaneseCounting',
      lvlText: '%1',
    }),
  ],
];

function fmtOf(d: string): string {
  return /[０-９]/.test(d) ? 'decimalFullWidth' : 'decimal';
}

function readLabel(line: string): RawLabel | null {
  const lead = line.length - line.replace(/^[\s\u3000]+/, '').length;
  const t = line.slice(lead);
  for (const [re, make] of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const label = make(m);
    if (!label) return null;
    const space = /^[\s\u3000]/.test(t.slice(m[0].length)) ? 1 : 0;
    return { ...label, length: lead + m[0].length + space };
  }
  return null;
}

/** Lines of the 目次 (kept as typed): from the 目次 line to where its first entry starts the body. */
function tocLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  const start = lines.findIndex((l, i) => i < 80 && /^目[\s\u3000]*次$/.test(l.trim()));
  if (start < 0) return out;
  const strip = (l: string) =>
    l
      .replace(/[\s\u3000]*[（(]第.*[)）]\s*$/, '')
      .replace(/[\s\u3000]*(?:…+|‥+|・{2,}|\.{2,}|\t).*$/, '')
      .replace(/[\s\u3000]+/g, '');
  let first = start + 1;
  while (first < lines.length && lines[first].trim() === '') first++;
  const key = strip(lines[first] ?? '');
  let end = first + 1;
  while (end < lines.length && strip(lines[end]) !== key) end++;
  for (let i = start; i < end; i++) out.add(i);
  return out;
}

interface NumberedLine {
  abstractId: number;
  numId: number;
  level: number;
}

/** Decides each numbered line's list, level and num instance, restarting wherever Word's counters would differ. */
function planNumbering(lines: string[]): {
  plan: (NumberedLine | null)[];
  text: string[];
  numberingXml: string;
} {
  const toc = tocLines(lines);
  const labels = lines.map((l, i) => (toc.has(i) ? null : readLabel(l)));
  // A plain number heads a guideline list (1 組織体制 → 1―1 …) when a compound number under it follows.
  labels.forEach((l, i) => {
    if (!l || (l.family !== 'digit' && l.family !== 'dot1')) return;
    const next = labels
      .slice(i + 1)
      .find((x) => x && (x.family === 'dash' || x.family === 'dot' || x.family === l.family));
    if (next && (next.family === 'dash' || next.family === 'dot') && next.parts[0] === l.parts[0]) {
      l.family = next.family;
      l.level = 0;
    }
  });
  // A kana list that runs イ, ロ, ハ counts in イロハ order: a list of its own.
  labels.forEach((l, i) => {
    if (!l || l.family !== 'kana' || l.parts[0] !== KANA.indexOf('イ') + 1) return;
    const next = labels.slice(i + 1).find((x) => x?.family === 'kana');
    if (next?.parts[0] !== KANA.indexOf('ロ') + 1) return;
    let k = 1;
    for (let j = i; j < labels.length; j++) {
      const x = labels[j];
      if (!x || x.family !== 'kana') continue;
      if (KANA[x.parts[0] - 1] !== IROHA[k - 1]) break;
      x.family = 'iroha';
      x.numFmt = 'irohaFullWidth';
      x.parts = [k++];
    }
  });
  const abstracts = new Map<string, { id: number; levels: Map<number, RawLabel> }>();
  const nums: { id: number; abstractId: number; overrides: [number, number][] }[] = [];
  // Word's counters per list: a level never counted shows its start; a num instance's overrides restart levels.
  const state = new Map<
    string,
    { values: (number | undefined)[]; starts: Map<number, number>; numId: number }
  >();
  const plan = labels.map((l) => {
    if (!l) return null;
    let a = abstracts.get(l.family);
    if (!a) {
      a = { id: abstracts.size, levels: new Map() };
      abstracts.set(l.family, a);
    }
    if (!a.levels.has(l.level)) a.levels.set(l.level, l);
    const st = state.get(l.family);
    const shown = (k: number) =>
      k === l.level
        ? st?.values[k] === undefined
          ? (st?.starts.get(k) ?? 1)
          : (st.values[k] ?? 0) + 1
        : (st?.values[k] ?? st?.starts.get(k) ?? 1);
    let numId = st?.numId;
    if (!st || numId === undefined || l.parts.some((v, k) => shown(k) !== v)) {
      numId = nums.length + 1;
      const overrides: [number, number][] = l.parts.map((v, k) => [k, v]);
      nums.push({ id: numId, abstractId: a.id, overrides });
      const values: (number | undefined)[] = [];
      values[l.level] = l.parts[l.level];
      state.set(l.family, { values, starts: new Map(overrides), numId });
    } else {
      st.values[l.level] = l.parts[l.level];
      st.values.length = l.level + 1;
    }
    return { abstractId: a.id, numId, level: l.level };
  });
  const text = lines.map((line, i) => (labels[i] ? line.slice(labels[i]?.length) : line));
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const abstractXml = [...abstracts.values()].map(
    (a) =>
      `<w:abstractNum w:abstractNumId="${a.id}"><w:multiLevelType w:val="multilevel"/>${[
        ...a.levels.entries(),
      ]
        .sort((x, y) => x[0] - y[0])
        .map(
          ([lvl, l]) =>
            `<w:lvl w:ilvl="${lvl}"><w:start w:val="1"/><w:numFmt w:val="${l.numFmt}"/><w:lvlText w:val="${esc(l.lvlText)}"/><w:suff w:val="space"/></w:lvl>`,
        )
        .join('')}</w:abstractNum>`,
  );
  const numXml = nums.map(
    (n) =>
      `<w:num w:numId="${n.id}"><w:abstractNumId w:val="${n.abstractId}"/>${n.overrides
        .map(([lvl, v]) => `<w:lvlOverride w:ilvl="${lvl}"><w:startOverride w:val="${v}"/></w:lvlOverride>`)
        .join('')}</w:num>`,
  );
  const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${abstractXml.join('')}${numXml.join('')}</w:numbering>`;
  return { plan, text, numberingXml };
}

/** The text as a .docx whose numbers come from Word's list numbering (see file comment). */
export async function numberedDocx(source: string): Promise<Buffer> {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const { plan, text, numberingXml } = planNumbering(lines);
  const paragraphs = text.map((line, i) => {
    const children = line
      .split('\t')
      .flatMap((p, k) => (k === 0 ? [new TextRun(p)] : [new TextRun({ children: [new Tab(), p] })]));
    return plan[i]
      ? new Paragraph({ children, numbering: { reference: 'list', level: 0 } })
      : new Paragraph({ children });
  });
  const doc = new Document({
    numbering: {
      config: [{ reference: 'list', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1' }] }],
    },
    sections: [{ children: paragraphs }],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  // Put in the real lists: each numbered paragraph's numPr in order, and the numbering part.
  let k = 0;
  const numbered = plan.filter((p): p is NumberedLine => p !== null);
  const documentXml = new TextDecoder()
    .decode(files['word/document.xml'])
    .replace(/<w:numPr>.*?<\/w:numPr>/g, () => {
      const p = numbered[k++];
      return `<w:numPr><w:ilvl w:val="${p.level}"/><w:numId w:val="${p.numId}"/></w:numPr>`;
    });
  if (k !== numbered.length) throw new Error(`numbered paragraphs ${k} ≠ ${numbered.length}`);
  files['word/document.xml'] = new TextEncoder().encode(documentXml);
  files['word/numbering.xml'] = new TextEncoder().encode(numberingXml);
  return Buffer.from(zipSync(files));
}

const FONT = new URL(
  '../../node_modules/@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
  import.meta.url,
).pathname;

/** The text laid out as a PDF (see file comment). */
export async function laidOutPdf(source: string, header: string): Promise<Buffer> {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const toc = tocLines(lines);
  type Content = Parameters<typeof pdfmake.createPdf>[0]['content'];
  const content: Content[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (toc.has(i) && /\t|…|・{2,}/.test(line)) {
      // A 目次 entry: the title on the left, its page number against the right margin.
      const [title, page] = line.split(/\t|[\s\u3000]*(?:…+|・{2,})[\s\u3000]*/).filter((x) => x !== '');
      content.push({
        columns: [
          { text: title, width: '*' },
          { text: page ?? '', width: 'auto' },
        ],
      });
      continue;
    }
    if (line.includes('\t')) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i].includes('\t')) rows.push(lines[i++].split('\t'));
      i--;
      const width = Math.max(...rows.map((r) => r.length));
      content.push({
        table: {
          widths: Array(width).fill('*'),
          body: rows.map((r) => [...r, ...Array(width - r.length).fill('')]),
        },
        margin: [0, 4, 0, 4],
      });
      continue;
    }
    content.push({ text: line === '' ? ' ' : line });
  }
  pdfmake.setFonts({ BIZ: { normal: FONT, bold: FONT, italics: FONT, bolditalics: FONT } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p: string) => p === FONT);
  const doc = pdfmake.createPdf({
    content,
    defaultStyle: { font: 'BIZ', fontSize: 10.5 },
    pageSize: 'A4',
    pageMargins: [60, 60, 60, 60],
    header: { text: header, alignment: 'right', margin: [0, 25, 40, 0], fontSize: 9 },
    footer: (page: number) => ({ text: `- ${page} -`, alignment: 'center' }),
  });
  return doc.getBuffer();
}
