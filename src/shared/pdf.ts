import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FORMATTED_WAREKI } from './wareki.ts';

const require = createRequire(import.meta.url);
const FONT_FILE = 'node_modules/@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf';

// biome-ignore lint/suspicious/noExplicitAny: pdfmake ships no types for its server build
let printer: any = null;

// biome-ignore lint/suspicious/noExplicitAny: pdfmake ships no types for its server build
function pdfmake(): any {
  if (printer) return printer;
  printer = require('pdfmake');
  const font = fs.readFileSync(path.resolve(import.meta.dirname, '../..', FONT_FILE));
  // The font goes through pdfmake's virtual file system: no file or URL access at render time.
  printer.virtualfs.writeFileSync('BIZUDPGothic.ttf', font);
  printer.setFonts({
    Gothic: {
      normal: 'BIZUDPGothic.ttf',
      bold: 'BIZUDPGothic.ttf',
      italics: 'BIZUDPGothic.ttf',
      bolditalics: 'BIZUDPGothic.ttf',
    },
  });
  printer.setUrlAccessPolicy(() => false);
  printer.setLocalAccessPolicy(() => false);
  return printer;
}

/** Renders a pdfmake document definition with the embedded Japanese font (no file or URL access). */
export async function renderPdf(definition: Record<string, unknown>): Promise<Buffer> {
  return Buffer.from(await pdfmake().createPdf(definition).getBuffer());
}

export interface LedgerPdf {
  /** e.g. 持出し・持込み記録簿 */
  title: string;
  /** A line under the title (organization, period, printed date). */
  subtitle?: string;
  header: string[];
  rows: string[][];
  /** Relative column widths; equal by default. */
  widths?: number[];
  /** Sign-off boxes printed at the top right, as on paper 記録簿 (e.g. 確認 / 責任者). */
  stamps?: string[];
  /** Columns holding a date or a date and time: kept wide enough that a date never breaks. */
  dates?: ('date' | 'time' | undefined)[];
}

/** Usable width of A4 landscape within the margins, in points. */
const LANDSCAPE_WIDTH = 842 - 28 - 28;
/** Width a 和暦 date (令和10年12月28日) or date and time needs at 8 pt, with the cell's padding. */
const DATE_WIDTH = { date: 80, time: 110 } as const;
/** A date on a line of its own (和暦 or ISO, with an optional time). */
const DATE_LINE = new RegExp(`^(?:${FORMATTED_WAREKI}|\\d{4}-\\d{2}-\\d{2})(?: \\d{1,2}:\\d{2})?$`);

/** Column widths in points: relative shares, but a date column never narrower than its date. */
export function columnWidths(
  weights: number[],
  dates: ('date' | 'time' | undefined)[] = [],
  total = LANDSCAPE_WIDTH,
): number[] {
  const min = weights.map((_, i) => {
    const d = dates[i];
    return d ? DATE_WIDTH[d] : 0;
  });
  let fixed = new Set<number>();
  for (;;) {
    const free = total - [...fixed].reduce((a, i) => a + min[i], 0);
    const weight = weights.reduce((a, w, i) => (fixed.has(i) ? a : a + w), 0);
    const widths = weights.map((w, i) => (fixed.has(i) ? min[i] : (free * w) / weight));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < min[i]);
    if (short < 0) return widths.map((w) => Math.floor(w * 100) / 100);
    fixed = new Set([...fixed, short]);
  }
}

/** A cell: each line that is a date is kept on one line (pdfmake would otherwise break 2026-12-0/6). */
function cell(text: string): unknown {
  const lines = text.split('\n');
  if (!lines.some((l) => DATE_LINE.test(l))) return text;
  return { stack: lines.map((l) => (DATE_LINE.test(l) ? { text: l, noWrap: true } : { text: l })) };
}

/** Renders a register (記録簿) as an A4 landscape PDF with the Japanese font, ruled like the paper form. */
export async function ledgerPdf(doc: LedgerPdf): Promise<Buffer> {
  const widths = columnWidths(doc.widths ?? doc.header.map(() => 1), doc.dates);
  const body = [
    doc.header.map((h) => ({ text: h, bold: true, fillColor: '#eeeeee', alignment: 'center' })),
    ...(doc.rows.length ? doc.rows.map((r) => r.map(cell)) : [doc.header.map(() => '')]),
  ];
  const stamps = doc.stamps?.length
    ? {
        table: {
          widths: doc.stamps.map(() => 50),
          body: [
            doc.stamps.map((s) => ({ text: s, alignment: 'center', fontSize: 8 })),
            doc.stamps.map(() => ({ text: ' ', margin: [0, 16] })),
          ],
        },
        width: 'auto',
      }
    : { text: '' };
  const definition = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 28, 28, 36],
    defaultStyle: { font: 'Gothic', fontSize: 8 },
    footer: (page: number, pages: number) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
    }),
    content: [
      {
        columns: [
          {
            stack: [
              { text: doc.title, fontSize: 16, margin: [0, 0, 0, 4] },
              { text: doc.subtitle ?? '', fontSize: 9 },
            ],
            width: '*',
          },
          stamps,
        ],
      },
      {
        margin: [0, 10, 0, 0],
        // pdfmake adds 4 pt of padding on each side of a cell to the widths given.
        table: { headerRows: 1, widths: widths.map((w) => Math.max(w - 8, 8)), body },
      },
    ],
  };
  return renderPdf(definition);
}
