/** An uploaded file as rows: .xlsx (any sheet) or CSV (UTF-8 with or without BOM, or Shift_JIS). */
import { decodeCsv, parseCsv } from '../../shared/csv-parse.ts';
import { FileFormatError } from '../../shared/file-error.ts';
import { type CellRange, openXlsx } from '../../shared/xlsx.ts';

export interface UploadedFile {
  fileName: string;
  /** base64 of the file's bytes. */
  content: string;
  /** For CSV: how it is encoded; `auto` reads UTF-8 unless the bytes are not valid UTF-8. */
  encoding?: 'auto' | 'utf8' | 'sjis';
}

export interface FileSheet {
  kind: 'xlsx' | 'csv';
  sheetNames: string[];
  sheet: string;
  rows: string[][];
  merges: CellRange[];
  bytes: Buffer;
}

const isZip = (b: Buffer) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Decodes CSV bytes, telling UTF-8 from Shift_JIS when asked to. */
function csvText(bytes: Buffer, encoding: UploadedFile['encoding']): string {
  if (encoding === 'utf8' || encoding === 'sjis') return decodeCsv(bytes, encoding);
  try {
    return decodeCsv(Buffer.from(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), 'utf8');
  } catch {
    return decodeCsv(bytes, 'sjis');
  }
}

/**
 * Reads the file and one of its sheets: the one named, else the one `score` rates highest (the sheet
 * whose headings name the most fields, not a cover page before it), else the first.
 */
export function readUpload(
  file: UploadedFile,
  sheet?: string,
  score?: (rows: string[][], merges: CellRange[]) => number,
): FileSheet {
  const bytes = Buffer.from(file.content, 'base64');
  if (bytes.length === 0) throw new FileFormatError('imports.empty_file');
  if (isZip(bytes) || /\.xlsx$/i.test(file.fileName)) {
    const wb = openXlsx(bytes);
    let s = wb.sheet(sheet || undefined);
    if (!sheet && score && wb.sheetNames.length > 1) {
      let best = score(s.rows, s.merges);
      for (const name of wb.sheetNames.slice(1)) {
        const other = wb.sheet(name);
        const v = score(other.rows, other.merges);
        if (v > best) {
          best = v;
          s = other;
        }
      }
    }
    return { kind: 'xlsx', sheetNames: wb.sheetNames, sheet: s.name, rows: s.rows, merges: s.merges, bytes };
  }
  if (/\.xls$/i.test(file.fileName) || (bytes[0] === 0xd0 && bytes[1] === 0xcf))
    throw new FileFormatError('xlsx.not_xlsx');
  const name = file.fileName.replace(/\.[^.]*$/, '') || 'CSV';
  return {
    kind: 'csv',
    sheetNames: [name],
    sheet: name,
    rows: parseCsv(csvText(bytes, file.encoding)),
    merges: [],
    bytes,
  };
}
