/**
 * Worker thread that reads one policy file: the size checks of `limits.ts`, then the extraction of
 * `extract.ts` and the analysis, off the server's main thread. Started per file by `../extraction.ts`,
 * which bounds its time and memory and turns its answer into the API's errors.
 */
import { parentPort } from 'node:worker_threads';
import { analyzePolicy } from '../analyze.ts';
import type { PolicyAnalysis, PolicyCorrection } from '../types.ts';
import { PolicyInputError } from './errors.ts';
import { extractPolicyText } from './extract.ts';
import {
  checkDocxSize,
  checkPdfStreams,
  checkTextLength,
  EXTRACTION_LIMITS,
  ExtractionLimitError,
} from './limits.ts';

/** What the worker is asked to read: uploaded bytes, or text sent as JSON; with the reviewer's corrections, if any. */
export type ExtractionJob = ({ kind: 'bytes'; bytes: Uint8Array } | { kind: 'text'; text: string }) & {
  corrections?: PolicyCorrection[];
};

/** The worker's answer. */
export type ExtractionReply =
  | { ok: true; text: string; format: string; analysis: PolicyAnalysis; analysisJson: string }
  | { ok: false; kind: 'input'; code: string; detail: string }
  | { ok: false; kind: 'limit'; code: string; limit: string | number };

const startsWith = (b: Uint8Array, ascii: string) =>
  Buffer.from(b.subarray(0, ascii.length)).toString('latin1') === ascii;

/** Refuses a PDF with more pages than the limit before any page is read. */
async function checkPdfPages(bytes: Uint8Array): Promise<void> {
  const { getDocumentProxy } = await import('unpdf');
  let pages: number;
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = pdf.numPages;
    await pdf.destroy();
  } catch {
    return; // unreadable: extraction reports it in its own words
  }
  if (pages > EXTRACTION_LIMITS.pdfPages)
    throw new ExtractionLimitError('policy.limit_pdf_pages', EXTRACTION_LIMITS.pdfPages.toLocaleString('en'));
}

async function run(job: ExtractionJob): Promise<ExtractionReply> {
  try {
    let text: string;
    let format: string;
    if (job.kind === 'text') {
      if (job.text.trim() === '') throw new PolicyInputError('policy.empty');
      text = job.text;
      format = 'json';
    } else {
      if (startsWith(job.bytes, '%PDF-')) {
        checkPdfStreams(job.bytes);
        await checkPdfPages(job.bytes);
      } else if (startsWith(job.bytes, 'PK\u0003\u0004')) checkDocxSize(job.bytes);
      ({ text, format } = await extractPolicyText(job.bytes));
    }
    checkTextLength(text);
    const analysis = analyzePolicy(text, job.corrections?.length ? { corrections: job.corrections } : {});
    // Serialized here, not on the server's main thread, for storing.
    return { ok: true, text, format, analysis, analysisJson: JSON.stringify(analysis) };
  } catch (err) {
    if (err instanceof ExtractionLimitError)
      return { ok: false, kind: 'limit', code: err.code, limit: err.params.limit };
    if (err instanceof PolicyInputError)
      return { ok: false, kind: 'input', code: err.code, detail: err.message };
    throw err;
  }
}

parentPort?.once('message', async (job: ExtractionJob) => {
  parentPort?.postMessage(await run(job));
});
