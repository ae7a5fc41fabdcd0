/**
 * Reads a policy file in a worker thread (`text/extract-worker.ts`) so that no file, however built, can
 * hold the server's main thread: each read has a time limit and a memory limit (the worker's heap by
 * V8, heap plus buffers by polling), and at most two run at once.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../../http/errors.ts';
import { PolicyInputError, type PolicyInputErrorCode } from './text/errors.ts';
import type { ExtractionJob, ExtractionReply } from './text/extract-worker.ts';
import { EXTRACTION_LIMITS, type ExtractionLimitCode, ExtractionLimitError } from './text/limits.ts';
import type { PolicyAnalysis } from './types.ts';

/** Reads running at once; more wait, up to `MAX_WAITING`, then the server answers 503. */
const MAX_RUNNING = 2;
const MAX_WAITING = 8;
const POLL_MS = 100;

let running = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running >= MAX_RUNNING) {
    if (waiting.length >= MAX_WAITING) throw new AppError('policy.busy', 503);
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The supervisor's limits of one read (defaults in `EXTRACTION_LIMITS`). */
export interface WorkerLimits {
  timeMs: number;
  heapMb: number;
  memoryBytes: number;
}

export interface ExtractionResult {
  text: string;
  format: string;
  analysis: PolicyAnalysis;
  /** The analysis as JSON, serialized in the worker. */
  analysisJson: string;
}

/**
 * Extracts and analyzes a file (or pasted text) in a worker. Throws `PolicyInputError` for input that
 * is not a readable policy and `ExtractionLimitError` for a file beyond the limits (`text/limits.ts`).
 */
export async function extractInWorker(
  job: ExtractionJob,
  limits: WorkerLimits = EXTRACTION_LIMITS,
): Promise<ExtractionResult> {
  const release = await slot();
  try {
    return await runWorker(job, limits);
  } finally {
    release();
  }
}

function runWorker(job: ExtractionJob, limits: WorkerLimits): Promise<ExtractionResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./text/extract-worker.ts', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(poll);
      void worker.terminate();
      fn();
    };
    const limit = (code: ExtractionLimitCode, value: string | number) =>
      finish(() => reject(new ExtractionLimitError(code, value)));
    const timer = setTimeout(() => limit('policy.limit_time', limits.timeMs / 1000), limits.timeMs);
    // Decoded streams and documents live in buffers outside the heap V8 limits: watch both.
    const poll = setInterval(() => {
      worker
        .getHeapStatistics()
        .then((h) => {
          if (h.used_heap_size + h.external_memory > limits.memoryBytes)
            limit('policy.limit_memory', mb(limits.memoryBytes));
        })
        .catch(() => {});
    }, POLL_MS);
    worker.once('message', (reply: ExtractionReply) => {
      if (reply.ok)
        finish(() => {
          const { text, format, analysis, analysisJson } = reply;
          resolve({ text, format, analysis, analysisJson });
        });
      else if (reply.kind === 'limit') limit(reply.code as ExtractionLimitCode, reply.limit);
      else finish(() => reject(new PolicyInputError(reply.code as PolicyInputErrorCode, reply.detail)));
    });
    worker.once('error', (err) => {
      if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
        limit('policy.limit_memory', mb(limits.memoryBytes));
      else finish(() => reject(err));
    });
    worker.once('exit', () => limit('policy.limit_memory', mb(limits.memoryBytes)));
    if (job.kind === 'bytes') {
      // A copy of its own, handed over without another copy.
      const bytes = new Uint8Array(job.bytes);
      worker.postMessage({ kind: 'bytes', bytes, corrections: job.corrections }, [bytes.buffer]);
    } else worker.postMessage(job);
  });
}
