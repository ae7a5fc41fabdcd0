/**
 * `npm run bench [-- --quick] [--scale=large|multi] [--db=sqlite|postgres] [--seconds=N] [--reuse]`
 *
 * Generates the data, starts the real server (child process, as `npm start` runs it) and a bare
 * node:http server on the same database, drives both over HTTP with autocannon at 1, 8 and 32
 * connections, runs the same SQL in-process on the raw driver, and writes
 * bench/results/<date>-<scale>-<db>.{json,md}. No timing assertions: figures are reported, not judged.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSync } from 'otplib';
import { openDatabase } from '../src/db/connect.ts';
import { verifyChainsParallel } from '../src/modules/audit/verify-parallel.ts';
import { dashboard } from '../src/modules/dashboard/counts.ts';
import { freePort, HttpClient, ServerProcess } from '../test/support/server-process.ts';
import { browserHome, initialJs, policyTimes } from './extra.ts';
import { type LoadResult, load, loop, type Target } from './load.ts';
import { approve, detail, openRaw, registerPage, search, submit } from './queries.ts';
import {
  BENCH_PASSWORD,
  freshDataDir,
  freshPgDatabase,
  quickOf,
  SCALES,
  type SeedInfo,
  seed,
} from './seed.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'] as const;
  }),
);
const quick = args.has('quick');
const seconds = Number(args.get('seconds') ?? (quick ? 0.3 : 5));
const CONNS = [1, 8, 32];
const PG_ADMIN = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const stateDir = process.env.BENCH_DATA_DIR ?? path.join(os.tmpdir(), 'mamori-bench');
const date = new Date().toISOString().slice(0, 10);
const log = (s: string) => console.log(s);

const plans: { scale: string; db: 'sqlite' | 'postgres' }[] = [
  { scale: 'large', db: 'sqlite' },
  { scale: 'large', db: 'postgres' },
  { scale: 'multi', db: 'postgres' },
  { scale: 'medium', db: 'sqlite' },
  { scale: 'medium', db: 'postgres' },
].filter(
  (p) =>
    (args.has('scale') ? args.get('scale') === p.scale : p.scale !== 'medium') &&
    (!args.has('db') || args.get('db') === p.db),
) as { scale: string; db: 'sqlite' | 'postgres' }[];

function loadavg(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

function rssOf(pid: number | undefined): { rss: number; hwm: number } {
  if (!pid) return { rss: 0, hwm: 0 };
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(s.match(new RegExp(`${k}:\\s+(\\d+)`))?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** User + system CPU time of a process so far, in ms (Linux /proc; NaN elsewhere). */
function cpuMsOf(pid: number | undefined): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}

/** Runs a load and adds the server's CPU time per answered request. */
async function measured(pid: number | undefined, run: () => Promise<LoadResult>): Promise<LoadResult> {
  const before = cpuMsOf(pid);
  const r = await run();
  const answered = r.requests - r.errors;
  return { ...r, cpuMsPerReq: answered > 0 ? (cpuMsOf(pid) - before) / answered : Number.NaN };
}

interface Session {
  org: string;
  user: string;
  cookie: string;
  csrf: string;
  typeId: string;
  assetIds: string[];
  pending: string[];
}

/** Signs in like the browser: password, then TOTP (enrolled on first use; secrets kept in the state dir). */
async function signIn(
  base: string,
  secretsFile: string,
  logins: string[],
): Promise<HttpClient & { userId: string }> {
  const secrets: Record<string, string> & { _next?: string } = fs.existsSync(secretsFile)
    ? JSON.parse(fs.readFileSync(secretsFile, 'utf8'))
    : {};
  let lastErr = '';
  for (let attempt = 0; attempt < logins.length; attempt++) {
    const n = Number(secrets[`_next:${logins[0]}`] ?? 0);
    secrets[`_next:${logins[0]}`] = String(n + 1);
    const loginId = logins[n % logins.length];
    const c = new HttpClient(base) as HttpClient & { userId: string };
    const r = await c.call('POST', '/api/auth/login', { loginId, password: BENCH_PASSWORD });
    if (r.status !== 200) {
      lastErr = r.text;
      continue;
    }
    await c.refreshCsrf();
    const stage = (r.json() as { stage: string }).stage;
    if (stage === 'enroll') {
      const setup = await c.call('POST', '/api/auth/totp/setup');
      const { secret } = setup.json() as { secret: string };
      const ok = await c.call('POST', '/api/auth/totp/confirm', { code: generateSync({ secret }) });
      if (ok.status !== 200) {
        lastErr = ok.text;
        continue;
      }
      secrets[loginId] = secret;
    } else if (stage === 'mfa') {
      if (!secrets[loginId]) {
        lastErr = `no TOTP secret kept for ${loginId}`; // enrolled by an interrupted run: use another user
        continue;
      }
      const ok = await c.call('POST', '/api/auth/totp/verify', {
        code: generateSync({ secret: secrets[loginId] }),
      });
      if (ok.status !== 200) {
        lastErr = ok.text; // the code of this 30 s step was used already: try the next user
        continue;
      }
    }
    await c.refreshCsrf();
    const s = await c.call('GET', '/api/session');
    c.userId = (s.json() as { user?: { id: string }; userId?: string }).user?.id ?? '';
    fs.writeFileSync(secretsFile, JSON.stringify(secrets));
    return c;
  }
  fs.writeFileSync(secretsFile, JSON.stringify(secrets));
  throw new Error(`sign-in failed: ${lastErr}`);
}

function startBare(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(path.join(root, 'node_modules/.bin/node'), [path.join(root, 'bench/bare-server.ts')], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('exit', (c) => reject(new Error(`bare server exited ${c}`)));
  });
}

function stop(child: ChildProcess | null | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((r) => {
    child.once('exit', () => r());
    child.kill('SIGTERM');
  });
}

type Op = 'register' | 'search2' | 'search4' | 'detail' | 'submit' | 'approve' | 'dashboard';
const ALL_OPS: Op[] = ['register', 'search2', 'search4', 'detail', 'submit', 'approve', 'dashboard'];
// --ops=submit,approve runs only those endpoints (for profiling one path).
const OPS: Op[] = args.has('ops')
  ? ALL_OPS.filter((o) => (args.get('ops') ?? '').split(',').includes(o))
  : ALL_OPS;
// --app-only: the app server alone (no bare server, raw loop or chain verification).
const appOnly = args.has('app-only');
const TERM2 = '監査';
const TERM4 = '個人情報';

/** What each endpoint sends, for the app (session + CSRF) and for the bare server (org/user headers). */
function targetFor(
  op: Op,
  sessions: Session[],
  kind: 'app' | 'bare',
  pools: Map<Session, string[]>,
): Target | null {
  let i = 0;
  const method = op === 'submit' || op === 'approve' ? 'POST' : 'GET';
  const next = () => {
    const s = sessions[i++ % sessions.length];
    const headers: Record<string, string> =
      kind === 'app'
        ? {
            cookie: s.cookie,
            ...(method === 'POST' ? { 'x-csrf-token': s.csrf, 'content-type': 'application/json' } : {}),
          }
        : { 'x-org': s.org, 'x-user': s.user };
    const a = s.assetIds[i % s.assetIds.length];
    switch (op) {
      case 'register':
        return {
          path:
            kind === 'app' ? '/api/assets?kind=information&sort=name&limit=50' : '/register?kind=information',
          headers,
        };
      case 'search2':
        return {
          path:
            kind === 'app'
              ? `/api/assets?q=${encodeURIComponent(TERM2)}&limit=50`
              : `/search?q=${encodeURIComponent(TERM2)}`,
          headers,
        };
      case 'search4':
        return {
          path:
            kind === 'app'
              ? `/api/assets?q=${encodeURIComponent(TERM4)}&limit=50`
              : `/search?q=${encodeURIComponent(TERM4)}`,
          headers,
        };
      case 'detail':
        return { path: kind === 'app' ? `/api/assets/${a}` : `/detail/${a}`, headers };
      case 'submit':
        return kind === 'app'
          ? {
              path: '/api/requests',
              headers,
              body: JSON.stringify({
                typeId: s.typeId,
                values: {
                  asset: a,
                  take_out_date: '2026-06-01',
                  return_due: '2026-06-03',
                  destination: '本庁舎',
                  purpose: '会議資料',
                },
              }),
            }
          : { path: `/submit?type=${s.typeId}&asset=${a}`, headers, body: '{}' };
      case 'approve': {
        const id = pools.get(s)?.pop() ?? 'none';
        return kind === 'app'
          ? { path: `/api/requests/${id}/decisions`, headers, body: JSON.stringify({ decision: 'approve' }) }
          : { path: `/approve/${id}`, headers, body: '{}' };
      }
      case 'dashboard':
        return { path: kind === 'app' ? '/api/dashboard' : '/dashboard', headers };
    }
  };
  return { method, next: next as Target['next'] };
}

/** One request before the load: a failing endpoint shows its error instead of a meaningless figure. */
async function probe(base: string, t: Target, op: string): Promise<void> {
  const n = t.next();
  const r = await fetch(base + n.path, { method: t.method, headers: n.headers, body: n.body });
  const text = await r.text();
  if (!r.ok) log(`  probe ${op}: ${r.status} ${text.slice(0, 300)}`);
}

interface PlanResult {
  plan: string;
  date: string;
  quick: boolean;
  seconds: number;
  loadavg: Record<string, string>;
  seed: { seconds: number; rows: number };
  app: Record<string, LoadResult[]>;
  bare: Record<string, LoadResult[]>;
  raw: Record<string, LoadResult>;
  rss: { idleMb: number; loadMaxMb: number };
  coldStart: { firstStartMs: number; restartHealthzMs: number; restartFirstAuthedMs: number };
  verify: { seconds: number; count: number; ok: boolean; organizations: number };
  notes: string[];
}

async function runPlan(p: { scale: string; db: 'sqlite' | 'postgres' }): Promise<PlanResult> {
  const base0 = quick ? quickOf(SCALES[p.scale]) : SCALES[p.scale];
  // --orgs=N runs the multi-organization scale with fewer organizations (same size each).
  const scale =
    args.has('orgs') && base0.organizations > 1
      ? { ...base0, name: `${base0.name}${args.get('orgs')}`, organizations: Number(args.get('orgs')) }
      : base0;
  const name = `${scale.name}-${p.db}`;
  const dir = path.join(stateDir, name);
  const infoFile = path.join(dir, 'seed-info.json');
  const env: NodeJS.ProcessEnv = {};
  let info: SeedInfo;
  log(`\n## ${name} (load average ${loadavg()})`);
  // BENCH_PG_PREFIX keeps one person's runs apart from another's on a shared PostgreSQL.
  const pgName = `${process.env.BENCH_PG_PREFIX ?? 'mamori_bench'}_${scale.name.replace(/-/g, '_')}`;
  const pgUrl = (() => {
    const u = new URL(PG_ADMIN);
    u.pathname = `/${pgName}`;
    return u.toString();
  })();
  if (args.has('reuse') && fs.existsSync(infoFile)) {
    info = JSON.parse(fs.readFileSync(infoFile, 'utf8'));
    log(`reusing data generated in ${info.seconds.toFixed(0)} s`);
  } else {
    freshDataDir(dir);
    const url = p.db === 'postgres' ? await freshPgDatabase(PG_ADMIN, pgName) : undefined;
    log(`generating ${JSON.stringify(scale)}`);
    info = await seed({ scale, dataDir: p.db === 'sqlite' ? dir : undefined, databaseUrl: url, log });
    fs.writeFileSync(infoFile, JSON.stringify(info));
    log(`generated ${info.rows.toLocaleString()} rows in ${info.seconds.toFixed(1)} s`);
  }
  if (p.db === 'postgres') env.DATABASE_URL = pgUrl;
  env.DATA_DIR = dir;
  // BENCH_SERVER_NODE_OPTIONS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the app server only.
  if (process.env.BENCH_SERVER_NODE_OPTIONS) env.NODE_OPTIONS = process.env.BENCH_SERVER_NODE_OPTIONS;
  const la: Record<string, string> = { start: loadavg() };
  const notes: string[] = [];

  // The real server, as npm start runs it.
  const server = new ServerProcess(await freePort(), env);
  // Never leave a server behind when the benchmark fails half-way.
  process.once('exit', () => server.child?.kill('SIGKILL'));
  const firstStartMs = await server.start();
  const sessions: Session[] = [];
  const raw = openRaw({ dataDir: dir, databaseUrl: env.DATABASE_URL });
  for (const o of info.orgs.filter((x) => x.benchUsers.length)) {
    const c = await signIn(server.url, path.join(dir, 'secrets.json'), o.benchUsers);
    const [u] = await raw.all('select id from users where organization_id = ? and login_id like ? limit 1', [
      o.id,
      'bench-%',
    ]);
    const pend = await raw.all(
      `select r.id from requests r join users u on u.id = r.requester_id where r.organization_id = ? and r.status = 'pending' and u.login_id not like 'bench-%' order by r.id`,
      [o.id],
    );
    sessions.push({
      org: o.id,
      user: c.userId || (u.id as string),
      cookie: c.cookie,
      csrf: c.csrf,
      typeId: o.typeId,
      assetIds: o.assetIds,
      pending: pend.map((x) => x.id as string),
    });
  }
  log(`signed in ${sessions.length} session(s); server started in ${firstStartMs.toFixed(0)} ms`);
  await new Promise((r) => setTimeout(r, 1000));
  const idle = rssOf(server.child?.pid).rss;

  // Split the pending requests: a third each for the app, the bare server and the raw loop.
  const pools = {
    app: new Map<Session, string[]>(),
    bare: new Map<Session, string[]>(),
    raw: new Map<Session, string[]>(),
  };
  for (const s of sessions) {
    const third = Math.floor(s.pending.length / 3);
    pools.app.set(s, s.pending.slice(0, third));
    pools.bare.set(s, s.pending.slice(third, 2 * third));
    pools.raw.set(s, s.pending.slice(2 * third));
  }
  // --approve-max=N: at most N approvals per run (the medium and large plans hold thousands per run).
  const approveAmount = (pool: Map<Session, string[]>) =>
    Math.min(
      Number(args.get('approve-max') ?? Number.POSITIVE_INFINITY),
      Math.floor((Math.min(...[...pool.values()].map((x) => x.length)) * sessions.length) / CONNS.length) -
        64,
    );

  const app: Record<string, LoadResult[]> = {};
  let loadMax = 0;
  const sampler = setInterval(() => {
    loadMax = Math.max(loadMax, rssOf(server.child?.pid).rss);
  }, 200);
  for (const op of OPS) {
    const t = targetFor(op, sessions, 'app', pools.app);
    if (!t) continue;
    await probe(server.url, t, op);
    app[op] = [];
    for (const c of CONNS) {
      const r = await measured(server.child?.pid, () =>
        load(server.url, t, {
          connections: c,
          seconds,
          amount: op === 'approve' ? Math.max(c, approveAmount(pools.app)) : undefined,
        }),
      );
      app[op].push(r);
      log(
        `app  ${op.padEnd(9)} c=${String(c).padStart(2)} ${r.rps.toFixed(0).padStart(6)}/s p50 ${r.p50.toFixed(1)} p95 ${r.p95.toFixed(1)} p99 ${r.p99.toFixed(1)} ms cpu ${f(r.cpuMsPerReq ?? Number.NaN, 2)} ms/req${r.non2xx ? ` non2xx ${r.non2xx}` : ''} (load ${loadavg()})`,
      );
    }
  }
  clearInterval(sampler);
  la.afterApp = loadavg();
  if (!extra.browser && !args.has('skip-extra') && (!appOnly || args.has('browser'))) {
    extra.browser = { plan: name, home: await browserHome(server.url, sessions[0].cookie, quick ? 1 : 5) };
    log(`browser home: ${JSON.stringify(extra.browser.home)}`);
  }
  // The approver's inbox, its first page: the first call after the load runs, then the median of five more.
  {
    const s = sessions[0];
    const ms: number[] = [];
    let status = 0;
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      const r = await fetch(`${server.url}/api/requests/inbox`, { headers: { cookie: s.cookie } });
      await r.text();
      ms.push(performance.now() - t0);
      status = r.status;
    }
    const rest = ms.slice(1).sort((a, b) => a - b);
    notes.push(
      `GET /api/requests/inbox with ${s.pending.length} pending requests: first call ${ms[0].toFixed(0)} ms, median of the next five ${rest[2].toFixed(0)} ms (status ${status})`,
    );
  }
  // Cold start: stop, start again, time to /healthz and to the first signed-in request.
  await server.kill('SIGTERM');
  const t0 = performance.now();
  const restartHealthzMs = await server.start();
  for (;;) {
    const r = await fetch(`${server.url}/api/assets?limit=1`, { headers: { cookie: sessions[0].cookie } });
    await r.text();
    if (r.ok) break;
    await new Promise((res) => setTimeout(res, 10));
  }
  const restartFirstAuthedMs = performance.now() - t0;
  await server.kill('SIGTERM');

  if (appOnly)
    return {
      plan: name,
      date,
      quick: true, // partial: never written to results/
      seconds,
      loadavg: la,
      seed: { seconds: info.seconds, rows: info.rows },
      app,
      bare: {},
      raw: {},
      rss: { idleMb: idle, loadMaxMb: loadMax },
      coldStart: { firstStartMs, restartHealthzMs, restartFirstAuthedMs },
      verify: { seconds: Number.NaN, count: 0, ok: false, organizations: 0 },
      notes,
    };

  // The bare limit.
  const barePort = await freePort();
  const bare = await startBare(env, barePort);
  process.once('exit', () => bare.kill('SIGKILL'));
  const bareUrl = `http://127.0.0.1:${barePort}`;
  const bareRes: Record<string, LoadResult[]> = {};
  for (const op of OPS) {
    const t = targetFor(op, sessions, 'bare', pools.bare);
    if (!t) continue;
    if (op !== 'approve') await probe(bareUrl, t, op);
    bareRes[op] = [];
    for (const c of CONNS) {
      const r = await measured(bare.pid, () =>
        load(bareUrl, t, {
          connections: c,
          seconds,
          amount: op === 'approve' ? Math.max(c, approveAmount(pools.bare)) : undefined,
        }),
      );
      bareRes[op].push(r);
      log(
        `bare ${op.padEnd(9)} c=${String(c).padStart(2)} ${r.rps.toFixed(0).padStart(6)}/s p50 ${r.p50.toFixed(1)} p95 ${r.p95.toFixed(1)} p99 ${r.p99.toFixed(1)} ms cpu ${f(r.cpuMsPerReq ?? Number.NaN, 2)} ms/req${r.non2xx ? ` non2xx ${r.non2xx}` : ''}`,
      );
    }
  }
  await stop(bare);
  la.afterBare = loadavg();

  // The raw driver in-process, one call at a time.
  const rawRes: Record<string, LoadResult> = {};
  // The dashboard is many small counts over a dozen tables: its limit runs the module's own function (Kysely).
  const kdb = await openDatabase({ databaseUrl: env.DATABASE_URL, sqliteFile: path.join(dir, 'mamori.db') });
  const s0 = sessions[0];
  const rawPool = pools.raw.get(s0) ?? [];
  const rawOps: Record<Op, (i: number) => Promise<unknown>> = {
    register: () => registerPage(raw, s0.org),
    search2: () => search(raw, s0.org, TERM2),
    search4: () => search(raw, s0.org, TERM4),
    detail: (i) => detail(raw, s0.org, s0.assetIds[i % s0.assetIds.length]),
    submit: (i) => submit(raw, s0.org, s0.user, s0.typeId, s0.assetIds[i % s0.assetIds.length]),
    approve: () => approve(raw, s0.org, s0.user, rawPool.pop() ?? 'none'),
    dashboard: () => dashboard(kdb.db, s0.org),
  };
  for (const op of OPS) {
    rawRes[op] = await loop(rawOps[op], {
      seconds,
      amount:
        op === 'approve'
          ? Math.min(rawPool.length, Number(args.get('approve-max') ?? rawPool.length))
          : undefined,
    });
    const r = rawRes[op];
    log(
      `raw  ${op.padEnd(9)}      ${r.rps.toFixed(0).padStart(6)}/s p50 ${r.p50.toFixed(2)} p95 ${r.p95.toFixed(2)} p99 ${r.p99.toFixed(2)} ms`,
    );
  }
  await raw.close();
  await kdb.close();

  // Verification of every chain, in-process through the module's own function.
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    sqliteFile: path.join(dir, 'mamori.db'),
  });
  const v0 = performance.now();
  const v = await verifyChainsParallel(database.db, database.source);
  const verify = {
    seconds: (performance.now() - v0) / 1000,
    count: v.count,
    ok: v.ok,
    organizations: v.organizations,
  };
  await database.close();
  log(
    `verifyChains: ${verify.count.toLocaleString()} events in ${verify.organizations} chains, ok=${verify.ok}, ${verify.seconds.toFixed(2)} s`,
  );
  la.end = loadavg();
  return {
    plan: name,
    date,
    quick,
    seconds,
    loadavg: la,
    seed: { seconds: info.seconds, rows: info.rows },
    app,
    bare: bareRes,
    raw: rawRes,
    rss: { idleMb: idle, loadMaxMb: loadMax },
    coldStart: { firstStartMs, restartHealthzMs, restartFirstAuthedMs },
    verify,
    notes,
  };
}

const f = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '–');

export function markdown(r: PlanResult): string {
  const out = [
    `### ${r.plan} (${r.date}${r.quick ? ', quick' : ''}; ${r.seconds} s per run; load average ${Object.entries(
      r.loadavg,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
    '',
    `Data: ${r.seed.rows.toLocaleString()} rows generated in ${f(r.seed.seconds)} s.`,
    '',
    '| endpoint | conns | app req/s | ÷ bare | ÷ raw | app p50 ms | p95 | p99 | bare req/s | bare p99 | raw p50 ms | server CPU ms/req app | bare | bare ÷ app |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const op of OPS) {
    const a = r.app[op];
    const b = r.bare[op];
    const w = r.raw[op];
    for (let i = 0; i < CONNS.length; i++) {
      const ai = a?.[i];
      const bi = b?.[i];
      out.push(
        `| ${op} | ${CONNS[i]} | ${ai ? f(ai.rps) : '–'} | ${ai && bi ? ratio(ai.rps, bi.rps) : '–'} | ${ai && w ? ratio(ai.rps, w.rps) : '–'} | ${ai ? f(ai.p50, 1) : '–'} | ${ai ? f(ai.p95, 1) : '–'} | ${ai ? f(ai.p99, 1) : '–'} | ${bi ? f(bi.rps) : '–'} | ${bi ? f(bi.p99, 1) : '–'} | ${i === 0 && w ? f(w.p50, 2) : ''} | ${ai ? f(ai.cpuMsPerReq ?? Number.NaN, 2) : '–'} | ${bi ? f(bi.cpuMsPerReq ?? Number.NaN, 2) : '–'} | ${ai && bi ? ratio(bi.cpuMsPerReq ?? Number.NaN, ai.cpuMsPerReq ?? Number.NaN) : '–'} |`,
      );
    }
  }
  out.push(
    '',
    `- server RSS: idle ${f(r.rss.idleMb)} MB, under load max ${f(r.rss.loadMaxMb)} MB`,
    `- cold start: first start (migrations check, keys) ${f(r.coldStart.firstStartMs)} ms; restart to /healthz ${f(r.coldStart.restartHealthzMs)} ms, to the first signed-in request ${f(r.coldStart.restartFirstAuthedMs)} ms`,
    `- verifyChains: ${r.verify.count.toLocaleString()} events in ${r.verify.organizations} chains, ok=${r.verify.ok}, ${f(r.verify.seconds, 2)} s`,
    ...r.notes.map((n) => `- ${n}`),
  );
  return out.join('\n');
}

const extra: { browser: { plan: string; home: Awaited<ReturnType<typeof browserHome>> } | null } = {
  browser: null,
};
process.on('uncaughtException', (e) => {
  console.error(e);
  process.exit(1);
});
process.on('unhandledRejection', (e) => {
  console.error(e);
  process.exit(1);
});
const all: string[] = [];
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const t00 = performance.now();
for (const p of plans) {
  const r = await runPlan(p);
  const base = path.join(root, `bench/results/${date}-${r.plan}`);
  const md = markdown(r);
  if (!r.quick) {
    fs.writeFileSync(`${base}.json`, `${JSON.stringify(r, null, 2)}\n`);
    fs.writeFileSync(`${base}.md`, `${md}\n`);
  }
  all.push(md);
  console.log(`\n${md}`);
}
if (!args.has('skip-extra') && !appOnly) {
  const pol = await policyTimes(quick ? 2 : 7);
  const js = initialJs();
  const home = extra.browser?.home;
  const webLines = [
    js
      ? `initial JS (web/dist: ${js.files.length} files): ${js.rawKb.toFixed(0)} KB, gzip ${js.gzipKb.toFixed(1)} KB (target ≤ 200 KB)`
      : 'initial JS: web/dist missing (run npm run build)',
    home && typeof home === 'object'
      ? `home page signed in (${extra.browser?.plan}), navigation → home screen shown with its figures (interactive): first visit median ${home.medianMs.toFixed(0)} ms, repeat visit ${home.repeatMs.toFixed(0)} ms (target ≤ 1000 ms); first visit network idle ${home.networkIdleMs.toFixed(0)} ms (includes its 500 ms quiet period), domInteractive ${home.domInteractiveMs.toFixed(0)} ms`
      : `home page: ${home ?? 'not measured'}`,
  ];
  const md = [
    '### policy import (analysis) and browser',
    '',
    '| sample | bytes | prepare (extract + analyze) median ms | analyzePolicy median ms |',
    '|---|---:|---:|---:|',
    ...pol.map((x) => `| ${x.file} | ${x.bytes} | ${x.prepareMs.toFixed(1)} | ${x.analyzeMs.toFixed(1)} |`),
    '',
    ...webLines.map((l) => `- ${l}`),
  ].join('\n');
  all.push(md);
  console.log(`\n${md}`);
  if (!quick)
    fs.writeFileSync(
      path.join(root, `bench/results/${date}-extra.json`),
      `${JSON.stringify({ pol, js, browser: extra.browser }, null, 2)}\n`,
    );
}
console.log(
  `\nbench finished in ${((performance.now() - t00) / 1000).toFixed(0)} s (load average ${loadavg()})`,
);
process.exit(0);
