/** HTTP load with autocannon, latencies recorded per response (exact p50/p95/p99), bounded in time and count. */
import autocannon from 'autocannon';

export interface Target {
  method: 'GET' | 'POST';
  /** Called for every request: path, headers and body (rotates sessions, ids). */
  next(): { path: string; headers: Record<string, string>; body?: string };
}

export interface LoadResult {
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  seconds: number;
  /**
   * CPU time the server process spent per answered request (user + system, from /proc), when known: on a
   * shared machine the stable measure of a server's own cost, whatever else competes for the cores.
   */
  cpuMsPerReq?: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function load(
  base: string,
  target: Target,
  opts: { connections: number; seconds: number; amount?: number },
): Promise<LoadResult> {
  const lat: number[] = [];
  let non2xx = 0;
  const t0 = performance.now();
  const instance = autocannon({
    url: base,
    connections: opts.connections,
    duration: opts.seconds,
    amount: opts.amount,
    timeout: 30,
    requests: [
      {
        method: target.method,
        setupRequest: (req: Record<string, unknown>) => {
          const n = target.next();
          return { ...req, method: target.method, path: n.path, headers: n.headers, body: n.body };
        },
      },
    ],
  });
  // With `amount`, autocannon may wait out the duration after the last answer: the rate is taken over the
  // time until the last answer, or a run capped by its amount would read as amount ÷ duration.
  let last = t0;
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    last = performance.now();
    lat.push(ms);
    if (status < 200 || status >= 300) non2xx++;
  });
  const r = await instance;
  const seconds = ((opts.amount === undefined ? performance.now() : last) - t0) / 1000;
  lat.sort((a, b) => a - b);
  return {
    connections: opts.connections,
    requests: lat.length,
    rps: lat.length / seconds,
    p50: percentile(lat, 50),
    p95: percentile(lat, 95),
    p99: percentile(lat, 99),
    non2xx,
    errors: r.errors + r.timeouts,
    seconds,
  };
}

/** The same operation called in-process, one at a time, for `seconds` or `amount` calls. */
export async function loop(
  fn: (i: number) => Promise<unknown>,
  opts: { seconds: number; amount?: number },
): Promise<LoadResult> {
  const lat: number[] = [];
  const end = performance.now() + opts.seconds * 1000;
  const t0 = performance.now();
  let i = 0;
  while (performance.now() < end && (opts.amount === undefined || i < opts.amount)) {
    const s = performance.now();
    await fn(i++);
    lat.push(performance.now() - s);
  }
  const seconds = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  return {
    connections: 1,
    requests: lat.length,
    rps: lat.length / seconds,
    p50: percentile(lat, 50),
    p95: percentile(lat, 95),
    p99: percentile(lat, 99),
    non2xx: 0,
    errors: 0,
    seconds,
  };
}
