import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import type { DatabaseSource } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import type { ChainBreak } from './chain.ts';
import { verifyChains } from './queries.ts';

/** One slice of one chain: entries `from`..`to` (seq, inclusive). */
export interface SliceTask {
  organizationId: string;
  from: number;
  to: number;
}

export interface SliceResult {
  count: number;
  lastHash: string | null;
  firstBreak: ChainBreak | null;
}

export type VerifyResult = Awaited<ReturnType<typeof verifyChains>>;

/** Below this many events, starting threads costs more than it saves. */
const PARALLEL_FROM = 200_000;

/**
 * Verifies every chain (or one) like `verifyChains`, with the work split into slices of seq ranges
 * verified by worker threads that read the database themselves. Each worker checks every entry of its
 * slice and the link from the entry just before it, so the slices together check exactly what one pass
 * would, and the earliest break found is the one a single pass would report.
 */
export async function verifyChainsParallel(
  db: Kysely<DB>,
  source: DatabaseSource | undefined,
  organizationId?: string,
  opts: { threads?: number; minEvents?: number; sliceSize?: number } = {},
): Promise<VerifyResult> {
  const threads = opts.threads ?? os.availableParallelism();
  let q = db.selectFrom('audit_heads').select(['organization_id', 'seq', 'hash']);
  if (organizationId) q = q.where('organization_id', '=', organizationId);
  const heads = await q.execute();
  const total = heads.reduce((n, h) => n + Number(h.seq), 0);
  if (!source || threads < 2 || total < (opts.minEvents ?? PARALLEL_FROM))
    return verifyChains(db, organizationId);

  const sliceSize = opts.sliceSize ?? Math.max(50_000, Math.ceil(total / (threads * 2)));
  const tasks: (SliceTask & { index: number })[] = [];
  // The slices of each chain, in seq order: tasks[first..end) of that head.
  const spans = heads.map((h) => {
    const first = tasks.length;
    for (let from = 1; from <= Number(h.seq); from += sliceSize)
      tasks.push({
        index: tasks.length,
        organizationId: h.organization_id,
        from,
        to: Math.min(Number(h.seq), from + sliceSize - 1),
      });
    return { head: h, slices: tasks.slice(first) };
  });
  const results = await runSlices(source, tasks, Math.min(threads, tasks.length));

  let count = 0;
  for (const { head: h, slices } of spans) {
    const mine = slices.map((t) => results[t.index]);
    const verified = mine.reduce((n, r) => n + r.count, 0);
    count += verified;
    const breaks = mine.map((r) => r.firstBreak).filter((b): b is ChainBreak => !!b);
    if (breaks.length) {
      breaks.sort((a, b) => a.seq - b.seq);
      return { ok: false, count, organizations: heads.length, firstBreak: breaks[0] };
    }
    const last = mine.length ? mine[mine.length - 1].lastHash : null;
    if (verified !== Number(h.seq) || (last ?? h.hash) !== h.hash)
      return {
        ok: false,
        count,
        organizations: heads.length,
        firstBreak: { organizationId: h.organization_id, seq: verified + 1, id: '', reason: 'seq_gap' },
      };
  }
  return { ok: true, count, organizations: heads.length, firstBreak: null };
}

function runSlices(source: DatabaseSource, tasks: (SliceTask & { index: number })[], n: number) {
  const results: SliceResult[] = new Array(tasks.length);
  const queue = [...tasks];
  return new Promise<SliceResult[]>((resolve, reject) => {
    let running = n;
    for (let i = 0; i < n; i++) {
      const worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { workerData: source });
      let current: (typeof tasks)[number] | undefined;
      const next = () => {
        current = queue.shift();
        if (current) worker.postMessage(current);
        else {
          void worker.terminate();
          if (--running === 0) resolve(results);
        }
      };
      worker.on('message', (r: SliceResult) => {
        if (current) results[current.index] = r;
        next();
      });
      worker.on('error', (e) => {
        queue.length = 0;
        reject(e);
      });
      next();
    }
  });
}
