/**
 * One form on A4 portrait as Japanese offices print it: 決裁 boxes top right, the title, number and
 * date, addressee and applicant, 「記」 and a ruled table of the particulars, the clause it rests on.
 */
import { renderPdf } from './pdf.ts';

/** One 決裁 box: the role's title, and once decided who decided and when. */
export interface StampBox {
  title: string;
  name?: string;
  /** Printed under the name, e.g. 令和8年6月1日 承認. */
  note?: string;
}

export interface FormPdf {
  /** 持出し許可申請書 / 持出し許可書. */
  title: string;
  /** The body's name, printed under the title and with the issuer. */
  body: string;
  /** 受付番号 / 許可番号 line, e.g. 受付番号 令和8年度第12号. */
  number: string;
  /** The date line (和暦), e.g. 令和8年6月1日. */
  date: string;
  /** （宛先）…: whom the application is addressed to, or to whom the permit is given. */
  addressee: string;
  /** The sender block at the right: applicant (所属・氏名) or issuer. */
  from: string[];
  /** 下記のとおり申請します。 / 下記のとおり許可します。 */
  statement: string;
  particulars: [string, string][];
  clause?: { path: string; text?: string };
  /** Conditions of a permit (返却期限 etc.) or notes. */
  notes?: string[];
  stamps: StampBox[];
  /** The form's own words in the reader's language: 決裁 over the seals, 記, 根拠条項. */
  words: { approval: string; below: string; basis: string };
}

/** Size of a 決裁 box's title (pt), and the most its box widens to. */
const TITLE_PT = 7;
const MAX_BOX = 110;

/**
 * A 決裁 title in pieces that never break inside: each role's name (「情報セキュリティ管理者」) keeps to one
 * line, and a title naming several roles breaks only between them (after 「・」).
 */
export function titlePieces(title: string): string[] {
  return title.split(/(?<=・)/).filter(Boolean);
}

/** The box fits its longest role name on one line, at a smaller size when even the widest box is too narrow. */
export function titleLayout(title: string): { width: number; fontSize: number } {
  const longest = Math.max(1, ...titlePieces(title).map((p) => p.length));
  const width = Math.min(MAX_BOX, Math.max(62, longest * TITLE_PT + 12));
  return { width, fontSize: Math.min(TITLE_PT, Math.floor(((width - 12) / longest) * 10) / 10) };
}

function stampTable(stamps: StampBox[]) {
  const layouts = stamps.map((s) => titleLayout(s.title));
  return {
    table: {
      widths: layouts.map((l) => l.width),
      heights: [14, 46],
      body: [
        stamps.map((s, i) => ({
          text: titlePieces(s.title).map((p) => ({ text: p, noWrap: true })),
          alignment: 'center',
          fontSize: layouts[i].fontSize,
        })),
        stamps.map((s) => ({
          stack: [
            { text: s.name ?? '', alignment: 'center', fontSize: 8, margin: [0, 10, 0, 2] },
            { text: s.note ?? '', alignment: 'center', fontSize: 6 },
          ],
        })),
      ],
    },
  };
}

/** Renders the form as a PDF. */
export async function formPdf(f: FormPdf): Promise<Buffer> {
  const particulars = f.particulars.length ? f.particulars : [['', '']];
  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [48, 40, 48, 48],
    defaultStyle: { font: 'Gothic', fontSize: 10, lineHeight: 1.25 },
    info: { title: f.title, creator: 'mamori' },
    content: [
      {
        columns: [
          { text: f.words.approval, fontSize: 8, width: '*', alignment: 'right', margin: [0, 24, 4, 0] },
          { ...stampTable(f.stamps), width: 'auto' },
        ],
      },
      { text: f.title, fontSize: 18, alignment: 'center', margin: [0, 22, 0, 4], characterSpacing: 2 },
      { text: f.body, fontSize: 10, alignment: 'center', margin: [0, 0, 0, 14] },
      { text: f.number, alignment: 'right' },
      { text: f.date, alignment: 'right', margin: [0, 0, 0, 12] },
      { text: f.addressee, margin: [0, 0, 0, 8] },
      { stack: f.from, alignment: 'right', margin: [0, 0, 0, 16] },
      { text: f.statement, margin: [0, 0, 0, 10] },
      { text: f.words.below, alignment: 'center', margin: [0, 0, 0, 8] },
      {
        table: {
          widths: [120, '*'],
          body: particulars.map(([k, v]) => [
            { text: k, fillColor: '#eeeeee', margin: [2, 4, 2, 4] },
            { text: v, margin: [2, 4, 2, 4] },
          ]),
        },
      },
      ...(f.clause
        ? [
            { text: f.words.basis, fontSize: 9, margin: [0, 14, 0, 4] },
            {
              table: {
                widths: ['*'],
                body: [
                  [
                    {
                      stack: [
                        { text: f.clause.path, fontSize: 9 },
                        ...(f.clause.text
                          ? [{ text: f.clause.text, fontSize: 8, color: '#333333', margin: [0, 2, 0, 0] }]
                          : []),
                      ],
                      margin: [4, 4, 4, 4],
                    },
                  ],
                ],
              },
            },
          ]
        : []),
      ...(f.notes?.length ? [{ ul: f.notes, fontSize: 9, margin: [0, 12, 0, 0] }] : []),
    ],
  });
}
