/**
 * What reading one policy file may cost, and the checks that enforce it before or while a file is
 * opened: a .docx's entry sizes (declared, then as inflated), a PDF's decoded stream sizes and page
 * count, the length of the extracted text. The worker (`extract-worker.ts`) runs them; its supervisor
 * (`../extraction.ts`) adds the time and memory limits. Pure: no HTTP or database.
 */
import { inflateSync } from 'node:zlib';
import type * as Fflate from 'fflate';
import { onFirstUse } from '../../../shared/on-first-use.ts';

const fflate = onFirstUse<typeof Fflate>('fflate');

const MB = 1024 * 1024;

/** The limits of reading one policy file. A real policy (100–500 KB of text) stays far below each. */
export const EXTRACTION_LIMITS = {
  /** Characters of text extracted from one file (about 3 MB of Japanese in UTF-8; ten times a long policy). */
  textChars: 1_000_000,
  /** Bytes of a .docx's entries, all together, once inflated (declared sizes and actual bytes). */
  docxInflatedBytes: 64 * MB,
  /** Pages of a PDF. */
  pdfPages: 2_000,
  /** Bytes of one decoded PDF stream that text extraction reads (pages, forms, fonts, object streams). */
  pdfStreamBytes: 32 * MB,
  /** Bytes of all such streams of one PDF, decoded. */
  pdfTotalStreamBytes: 128 * MB,
  /** Wall-clock time of one extraction and analysis. */
  timeMs: 30_000,
  /** The worker's JavaScript heap (V8 old generation), enforced by V8. */
  heapMb: 512,
  /** Heap plus buffers (decoded streams live outside the heap), watched by the supervisor. */
  memoryBytes: 768 * MB,
} as const;

export type ExtractionLimitCode =
  | 'policy.limit_docx_inflated'
  | 'policy.limit_pdf_pages'
  | 'policy.limit_pdf_stream'
  | 'policy.limit_text'
  | 'policy.limit_time'
  | 'policy.limit_memory';

const MESSAGES: Record<ExtractionLimitCode, { ja: string; en: string }> = {
  'policy.limit_docx_inflated': {
    ja: 'Word ファイルの中身が、展開すると大きすぎます（展開後 {limit} まで）。ポリシー本文だけのファイルにしてください。',
    en: 'The Word file expands to too much data (at most {limit} once unpacked). Use a file with the policy text only.',
  },
  'policy.limit_pdf_pages': {
    ja: 'PDF のページ数が多すぎます（{limit} ページまで）。',
    en: 'The PDF has too many pages (at most {limit}).',
  },
  'policy.limit_pdf_stream': {
    ja: 'PDF の中のデータが、展開すると大きすぎます（展開後 {limit} まで）。',
    en: 'The PDF holds data that expands to too much (at most {limit} once unpacked).',
  },
  'policy.limit_text': {
    ja: 'ファイルから取り出した文字が多すぎます（{limit} 文字まで）。',
    en: 'The file holds too much text (at most {limit} characters).',
  },
  'policy.limit_time': {
    ja: 'ファイルの読み取りに時間がかかりすぎるため中止しました（{limit} 秒まで）。',
    en: 'Reading the file took too long and was stopped (at most {limit} seconds).',
  },
  'policy.limit_memory': {
    ja: 'ファイルの読み取りに必要なメモリが上限（{limit}）を超えたため中止しました。',
    en: 'Reading the file needed more memory than allowed ({limit}) and was stopped.',
  },
};

/** Every limit error code with its message in one language (for the module's message catalogue). */
export function limitMessages(lang: 'ja' | 'en'): Record<string, string> {
  return Object.fromEntries(Object.entries(MESSAGES).map(([code, m]) => [code, m[lang]]));
}

/** A file beyond one of the limits; `params.limit` is the limit as shown to the user. */
export class ExtractionLimitError extends Error {
  readonly code: ExtractionLimitCode;
  readonly params: { limit: string | number };

  constructor(code: ExtractionLimitCode, limit: string | number) {
    super(`${MESSAGES[code].en.replace('{limit}', String(limit))}`);
    this.name = 'ExtractionLimitError';
    this.code = code;
    this.params = { limit };
  }
}

const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/**
 * Checks a .docx (ZIP) before any part is parsed: first the sizes its directory declares, then the bytes
 * its entries really inflate to, stopping as soon as the total passes the limit (a directory can lie).
 */
export function checkDocxSize(bytes: Uint8Array, limit: number = EXTRACTION_LIMITS.docxInflatedBytes): void {
  let declared = 0;
  try {
    // With a filter that takes nothing, only the central directory is read.
    fflate().unzipSync(bytes, {
      filter(file) {
        declared += file.originalSize;
        if (declared > limit) throw new ExtractionLimitError('policy.limit_docx_inflated', mb(limit));
        return false;
      },
    });
  } catch (err) {
    if (err instanceof ExtractionLimitError) throw err;
    return; // not a readable ZIP: the Word reader says so in its own words
  }
  let inflated = 0;
  let over = false;
  const unzip = new (fflate().Unzip)((file) => {
    file.ondata = (_err, chunk) => {
      inflated += chunk?.length ?? 0;
      if (inflated > limit && !over) {
        over = true;
        file.terminate();
      }
    };
    if (!over) file.start();
  });
  unzip.register(fflate().UnzipInflate);
  try {
    // Fed in slices so an entry that overflows stops the inflating early.
    for (let i = 0; i < bytes.length && !over; i += 64 * 1024)
      unzip.push(bytes.subarray(i, i + 64 * 1024), i + 64 * 1024 >= bytes.length);
  } catch {
    // A damaged entry: left to the Word reader.
  }
  if (over) throw new ExtractionLimitError('policy.limit_docx_inflated', mb(limit));
}

const latin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/**
 * Decodes every FlateDecode stream of a PDF that text extraction reads (not images), each only up to
 * what is left of the limits, and refuses the file when one stream or all together decode to more.
 * Encrypted streams cannot be decoded here: the supervisor's memory and time limits cover them.
 */
export function checkPdfStreams(
  bytes: Uint8Array,
  limits: { stream: number; total: number } = {
    stream: EXTRACTION_LIMITS.pdfStreamBytes,
    total: EXTRACTION_LIMITS.pdfTotalStreamBytes,
  },
): void {
  const text = latin1(bytes);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  const streamRe = /stream\r?\n/g;
  for (let m = streamRe.exec(text); m; m = streamRe.exec(text)) {
    if (m.index > 0 && /[a-z]/i.test(text[m.index - 1])) continue; // "endstream"
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    streamRe.lastIndex = end + 9; // the next match is after this stream's data
    const dictStart = text.lastIndexOf('<<', m.index);
    const objStart = text.lastIndexOf(' obj', m.index);
    if (dictStart < 0 || objStart < 0 || dictStart < objStart) continue;
    const dict = text.slice(dictStart, m.index);
    if (/\/Subtype\s*\/Image/.test(dict) || !/\/Filter\s*\[?\s*\/(FlateDecode|Fl)\b/.test(dict)) continue;
    const room = Math.min(limits.stream, limits.total - total);
    const refuse = () =>
      new ExtractionLimitError(
        'policy.limit_pdf_stream',
        mb(room === limits.stream ? limits.stream : limits.total),
      );
    let decoded: number;
    try {
      decoded = inflateSync(buf.subarray(start, end), {
        maxOutputLength: room + 1,
        finishFlush: 2, // Z_SYNC_FLUSH: a stream cut short still counts what it holds
      }).length;
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw refuse();
      continue; // not decodable here (encrypted or damaged): left to the PDF reader and the supervisor
    }
    if (decoded > room) throw refuse();
    total += decoded;
  }
}

/** Refuses extracted text longer than the limit. */
export function checkTextLength(text: string, limit: number = EXTRACTION_LIMITS.textChars): void {
  if (text.length > limit) throw new ExtractionLimitError('policy.limit_text', limit.toLocaleString('en'));
}
