import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

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
}

/** Renders a register (記録簿) as an A4 landscape PDF with the Japanese font, ruled like the paper form. */
export async function ledgerPdf(doc: LedgerPdf): Promise<Buffer> {
  const widths = doc.widths ?? doc.header.map(() => 1);
  const total = widths.reduce((a, b) => a + b, 0);
  const body = [
    doc.header.map((h) => ({ text: h, bold: true, fillColor: '#eeeeee', alignment: 'center' })),
    ...(doc.rows.length ? doc.rows : [doc.header.map(() => '')]),
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
        table: { headerRows: 1, widths: widths.map((w) => `${((w / total) * 100).toFixed(2)}%`), body },
      },
    ],
  };
  return Buffer.from(await pdfmake().createPdf(definition).getBuffer());
}
