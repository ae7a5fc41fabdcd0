import { spawn } from 'node:child_process';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

export interface HealthzWatch {
  /** The slowest /healthz answer while the work ran, counted from when it was due (a stalled event loop counts). */
  maxMs: number;
  samples: number;
}

/** Starts the app on a free local port (once) and returns its base URL. */
export async function listening(app: FastifyInstance): Promise<string> {
  const address = app.server.address();
  if (address && typeof address === 'object') return `http://127.0.0.1:${address.port}`;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const a = app.server.address();
  if (!a || typeof a !== 'object') throw new Error('not listening');
  return `http://127.0.0.1:${a.port}`;
}

/**
 * Asks /healthz every `everyMs` over real HTTP while `work` runs, and reports the slowest answer. The time
 * of each probe is counted from when it was due, so a blocked event loop shows even between probes.
 */
export async function healthzDuring<T>(
  baseUrl: string,
  work: () => Promise<T>,
  everyMs = 100,
): Promise<{ result: T } & HealthzWatch> {
  let done = false;
  let maxMs = 0;
  let samples = 0;
  const probe = (async () => {
    let due = performance.now();
    while (!done) {
      const r = await fetch(`${baseUrl}/healthz`);
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`/healthz answered ${r.status}`);
      const now = performance.now();
      maxMs = Math.max(maxMs, now - due);
      samples++;
      due = now + everyMs;
      await new Promise((res) => setTimeout(res, everyMs));
    }
  })();
  let result: T;
  try {
    result = await work();
  } finally {
    done = true;
    await probe;
  }
  return { result, maxMs: Math.round(maxMs), samples };
}

/** A request of a flood: what `flood()` sends. */
export interface FloodRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Sends the requests from a child process over real HTTP, `concurrency` at a time (all at once when it
 * equals their number), and resolves with each answer's status and error code, in order.
 */
export function flood(
  baseUrl: string,
  requests: FloodRequest[],
  concurrency: number,
): Promise<{ status: number; code?: string }[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(import.meta.dirname, 'flood-child.ts')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`flood client exited with ${code}`));
      else resolve(JSON.parse(out));
    });
    child.stdin.end(JSON.stringify({ base: baseUrl, concurrency, requests }));
  });
}
