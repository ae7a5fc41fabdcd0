/** File downloads: names by body, book and date (RFC 6266/5987), and CSV that never loses a character. */
import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { type CsvEncoding, csvContentType, encodeCsv, toCsv } from '../shared/csv.ts';
import { sjisProblems } from '../shared/sjis.ts';
import { AppError } from './errors.ts';

/** What names an export: the body, the book (台帳・記録簿), the day (JST) and a variant such as the encoding. */
export interface ExportName {
  body: string;
  book: string;
  /** YYYY-MM-DD (JST). */
  date: string;
  variant?: string;
  ext: string;
}

// Characters Windows refuses in a file name, and control characters (stripped separately below).
const unsafe = /[\\/:*?"<>|]+/g;
const control = (p: string) => [...p].filter((ch) => ch.charCodeAt(0) >= 0x20).join('');

/** The file name offices see, e.g. 萩・長門清掃一部事務組合_持出し・持込み記録簿_2026-06-01_Shift_JIS.csv. */
export function exportFileName(n: ExportName): string {
  const parts = [n.body, n.book, n.date, n.variant].filter((p): p is string => !!p);
  return `${parts.map((p) => control(p).replace(unsafe, '_').trim()).join('_')}.${n.ext}`;
}

/** Sets Content-Disposition with the Japanese name (RFC 5987) and an ASCII fallback for old clients. */
export function attachment(reply: FastifyReply, name: ExportName, ascii: string): void {
  const fallback = `${ascii.replace(/[^A-Za-z0-9._-]+/g, '-')}-${name.date}${name.variant ? `-${name.variant.replace(/[^A-Za-z0-9]+/g, '')}` : ''}.${name.ext}`;
  reply.header(
    'content-disposition',
    `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(exportFileName(name))}`,
  );
}

/** The encoding as offices name it in a file name. */
export const encodingLabel = (e: CsvEncoding) => (e === 'sjis' ? 'Shift_JIS' : 'UTF-8');

/**
 * Encodes a table as CSV. For Shift_JIS, cells holding characters it cannot hold (𠮷, 㐂) answer
 * 409 listing each row and column, so the user can choose UTF-8 instead; nothing is replaced.
 */
export function csvBytes(header: string[], rows: unknown[][], encoding: CsvEncoding): Buffer {
  if (encoding === 'sjis') {
    const problems = sjisProblems(header, rows);
    if (problems.length) {
      throw new AppError(
        'csv.sjis_unencodable',
        409,
        { count: problems.length, chars: [...new Set(problems.flatMap((p) => p.chars))].join(' ') },
        problems.slice(0, 500).map((p) => ({
          field: `${p.row}:${p.column}`,
          code: 'csv.sjis_cell',
          params: { row: p.row, column: p.column, chars: p.chars.join(' ') },
        })),
      );
    }
  }
  return encodeCsv(toCsv(header, rows), encoding);
}

/** A file ready to leave: a table to encode as CSV, or a workbook or PDF with the number of rows it holds. */
export type ExportFile =
  | { csv: { header: string[]; rows: unknown[][]; encoding: CsvEncoding } }
  | { xlsx: Buffer; count: number }
  | { pdf: Buffer; count: number };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends an export named by body, book and date, only after `record` has written its audit event, so that
 * no file leaves without its record. A CSV is encoded first: a text Shift_JIS cannot hold is refused (409)
 * before anything is recorded, as a refused download is no export. `record` is told the format
 * (`csv-utf8`, `csv-sjis`, `xlsx`, `pdf`) and the number of rows.
 */
export async function sendExport(
  reply: FastifyReply,
  file: ExportFile,
  name: Omit<ExportName, 'ext' | 'variant'>,
  ascii: string,
  record: (format: string, count: number) => Promise<unknown>,
): Promise<FastifyReply> {
  if ('csv' in file) {
    const { header, rows, encoding } = file.csv;
    const bytes = csvBytes(header, rows, encoding);
    await record(`csv-${encoding}`, rows.length);
    attachment(reply, { ...name, variant: encodingLabel(encoding), ext: 'csv' }, ascii);
    return reply.header('content-type', csvContentType(encoding)).send(bytes);
  }
  const [ext, bytes, type] =
    'xlsx' in file ? ['xlsx', file.xlsx, XLSX_TYPE] : ['pdf', file.pdf, 'application/pdf'];
  await record(ext, file.count);
  attachment(reply, { ...name, ext }, ascii);
  return reply.header('content-type', type).send(bytes);
}

/** The body's name as it prints on forms and export file names. */
export async function bodyName(db: Kysely<DB>, organizationId: string): Promise<string> {
  const org = await db
    .selectFrom('organizations')
    .select('name')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return org.name;
}
