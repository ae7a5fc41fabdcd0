// Idle memory of the server as the benchmark reads it (run.ts: VmRSS 1 s after signing in), on a first
// start and on restarts.
//
//   node bench/idle-memory.ts [--db=sqlite|postgres] [--runs=3] [--restarts=2] [--wait=1000] [--modules]
//                             [--cold-restart] [--snapshot=DIR]
//
// Each run: a fresh data directory (and, for PostgreSQL, a fresh database in BENCH_PG_URL's server), so the
// cache of stripped sources (src/stripped-sources.js) is empty and the first start fills it as after an
// install; `src/main.js` is started as
// `npm start` runs it (test/support/server-process.ts), `admin` signs in with the one-time password of
// the first start (password change, TOTP enrolment), then, after `--wait` ms, VmRSS (and RssAnon /
// RssFile) is read from /proc. Each restart signs in again (password, TOTP) and is read the same way.
// `--modules` prints, for the last start, the files under node_modules/ and src/ the server loaded
// (read from /proc/<pid>/maps is not enough for JavaScript; the server is asked through NODE_OPTIONS
// `--import` of a small reporter writing the module list on SIGUSR2). `--snapshot=DIR` writes a heap
// snapshot of the idle server (last start) into DIR.
// Memory does not depend much on the machine's load; the load average is printed with each figure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSync } from 'otplib';
import pg from 'pg';
import { freePort, HttpClient, initialPasswords, ServerProcess } from '../test/support/server-process.ts';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'] as const;
  }),
);
const db = (args.get('db') ?? 'sqlite') as 'sqlite' | 'postgres';
const runs = Number(args.get('runs') ?? 3);
const restarts = Number(args.get('restarts') ?? 2);
const waitMs = Number(args.get('wait') ?? 1000);
const PG_ADMIN = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const PASSWORD = 'Idle-memory-2026!x';
const PERIOD = 30;

function status(pid: number): { rss: number; anon: number; file: number } {
  const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (k: string) => Number(s.match(new RegExp(`${k}:\\s+(\\d+)`))?.[1] ?? 0) / 1024;
  return { rss: mb('VmRSS'), anon: mb('RssAnon'), file: mb('RssFile') };
}

/** Resident size of the C library's main heap ([heap] in /proc/<pid>/smaps), MB. */
function heapOfLibc(pid: number): number {
  const smaps = fs.readFileSync(`/proc/${pid}/smaps`, 'utf8');
  const m = smaps.match(/\[heap\]\n(?:.*\n)*?Rss:\s+(\d+)/);
  return Number(m?.[1] ?? 0) / 1024;
}

const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

/** TOTP: each code's step must be later than the last one used (the server refuses replays). */
let lastStep = 0;
async function totp(secret: string): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / 1000 / PERIOD);
    const step = Math.max(now - 1, lastStep + 1);
    if (step <= now + 1) {
      lastStep = step;
      return generateSync({ secret, epoch: step * PERIOD });
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function signInAgain(base: string, secret: string): Promise<void> {
  const c = new HttpClient(base);
  const r = await c.call('POST', '/api/auth/login', { loginId: 'admin', password: PASSWORD });
  if (r.status !== 200) throw new Error(`login failed: ${r.text}`);
  await c.refreshCsrf();
  const v = await c.call('POST', '/api/auth/totp/verify', { code: await totp(secret) });
  if (v.status !== 200) throw new Error(`TOTP failed: ${v.text}`);
  await c.refreshCsrf();
  const s = await c.call('GET', '/api/session');
  if (s.status !== 200) throw new Error(`session failed: ${s.text}`);
}

async function firstSignIn(base: string, dataDir: string): Promise<string> {
  const c = new HttpClient(base);
  const oneTime = initialPasswords(dataDir).get('admin');
  if (!oneTime) throw new Error('no one-time password for admin');
  const login = await c.call('POST', '/api/auth/login', { loginId: 'admin', password: oneTime });
  if (login.status !== 200) throw new Error(`login failed: ${login.text}`);
  await c.refreshCsrf();
  const pw = await c.call('POST', '/api/auth/password', { currentPassword: oneTime, newPassword: PASSWORD });
  if (pw.status !== 200) throw new Error(`password change failed: ${pw.text}`);
  await c.refreshCsrf();
  const setup = await c.call('POST', '/api/auth/totp/setup');
  const { secret } = setup.json() as { secret: string };
  const confirm = await c.call('POST', '/api/auth/totp/confirm', { code: await totp(secret) });
  if (confirm.status !== 200) throw new Error(`TOTP failed: ${confirm.text}`);
  await c.refreshCsrf();
  const s = await c.call('GET', '/api/session');
  if (s.status !== 200) throw new Error(`session failed: ${s.text}`);
  return secret;
}

const reporter = path.join(os.tmpdir(), `mamori-idle-modules-${process.pid}.mjs`);
const moduleList = path.join(os.tmpdir(), `mamori-idle-modules-${process.pid}.txt`);
if (args.has('modules')) {
  // Written on SIGUSR2: every file the process loaded (ES modules through a resolve hook, CommonJS
  // from require.cache).
  fs.writeFileSync(
    reporter,
    `import module from 'node:module';
import fs from 'node:fs';
import v8 from 'node:v8';
const seen = new Set();
module.registerHooks({ load(url, context, next) { seen.add(url); return next(url, context); } });
process.on('SIGUSR2', () => {
  const req = module.createRequire(import.meta.url);
  for (const f of Object.keys(req.cache)) seen.add('file://' + f);
  fs.writeFileSync(${JSON.stringify(moduleList)}, [...seen].join('\\n'));
  const mb = (n) => (n / 1048576).toFixed(1);
  const u = process.memoryUsage();
  const spaces = v8.getHeapSpaceStatistics().map((s) => s.space_name + ' ' + mb(s.space_size) + '/' + mb(s.space_used_size));
  console.log('memoryUsage: rss ' + mb(u.rss) + ' heapTotal ' + mb(u.heapTotal) + ' heapUsed ' + mb(u.heapUsed) + ' external ' + mb(u.external) + ' arrayBuffers ' + mb(u.arrayBuffers));
  console.log('heap spaces (size/used MB): ' + spaces.join(', '));
});
`,
  );
}

async function measure(server: ServerProcess, signIn: () => Promise<unknown>) {
  const startMs = await server.start();
  await new Promise((r) => setTimeout(r, waitMs));
  const beforeSignIn = status(server.child?.pid as number).rss;
  if (args.has('modules')) {
    server.child?.kill('SIGUSR2'); // the V8 heap before signing in, printed by the reporter
    await new Promise((r) => setTimeout(r, 300));
  }
  await signIn();
  await new Promise((r) => setTimeout(r, waitMs));
  const pid = server.child?.pid as number;
  if (args.has('modules')) {
    console.log(`[heap] of the C library (main thread): ${heapOfLibc(pid).toFixed(1)} MB`);
  }
  const m = status(pid);
  return { startMs, ...m, beforeSignIn, load: loadavg() };
}

const rows: string[] = [];
for (let run = 1; run <= runs; run++) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-idle-'));
  const env: NodeJS.ProcessEnv = { DATA_DIR: dataDir, MAMORI_DEMO: '0', LOG_LEVEL: 'warn' };
  const nodeOptions: string[] = [];
  if (args.has('modules')) nodeOptions.push(`--import=${reporter}`);
  if (args.has('snapshot'))
    nodeOptions.push('--heapsnapshot-signal=SIGUSR1', `--diagnostic-dir=${args.get('snapshot')}`);
  if (nodeOptions.length) env.NODE_OPTIONS = nodeOptions.join(' ');
  let pgName = '';
  if (db === 'postgres') {
    pgName = `mamori_idle_${process.pid}_${run}`;
    const c = new pg.Client({ connectionString: PG_ADMIN });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${pgName}`);
    await c.end();
    const u = new URL(PG_ADMIN);
    u.pathname = `/${pgName}`;
    env.DATABASE_URL = u.toString();
  }
  const server = new ServerProcess(await freePort(), env);
  process.once('exit', () => server.child?.kill('SIGKILL'));
  try {
    let secret = '';
    const first = await measure(server, async () => {
      secret = await firstSignIn(server.url, dataDir);
    });
    const line = (what: string, m: typeof first) =>
      `${db}\trun ${run}\t${what}\tVmRSS ${m.rss.toFixed(1)} MB\tanon ${m.anon.toFixed(1)}\tfile ${m.file.toFixed(1)}\tbefore sign-in ${m.beforeSignIn.toFixed(1)}\tstart ${m.startMs.toFixed(0)} ms\tload ${m.load}`;
    rows.push(line('first start', first));
    console.log(rows.at(-1));
    for (let i = 1; i <= restarts; i++) {
      await server.kill('SIGTERM');
      // --cold-restart: the first restart finds no cache (stripped sources, and Node's compile cache of the
      // worker threads), as after an upgrade or on the benchmark's freshly generated data (migrated, the
      // cache not yet filled).
      const cold = i === 1 && args.has('cold-restart');
      if (cold) fs.rmSync(path.join(dataDir, 'cache'), { recursive: true, force: true });
      const m = await measure(server, () => signInAgain(server.url, secret));
      rows.push(line(cold ? `restart ${i}, cache emptied` : `restart ${i}`, m));
      console.log(rows.at(-1));
    }
    if (args.has('snapshot') && run === runs) {
      // The idle server's heap (after the last figure was read), for Chrome's memory tool.
      const dir = args.get('snapshot') as string;
      const before = new Set(fs.readdirSync(dir));
      server.child?.kill('SIGUSR1');
      for (let i = 0; i < 600; i++) {
        const made = fs.readdirSync(dir).filter((f) => !before.has(f) && f.endsWith('.heapsnapshot'));
        if (made.length && i > 20) {
          console.log(`heap snapshot: ${path.join(dir, made[0])}`);
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    if (args.has('modules') && run === runs) {
      server.child?.kill('SIGUSR2');
      await new Promise((r) => setTimeout(r, 500));
      console.log(
        server.output
          .split('\n')
          .filter((l) => /^(memoryUsage|heap spaces)/.test(l))
          .join('\n'),
      );
      const files = fs
        .readFileSync(moduleList, 'utf8')
        .split('\n')
        .filter((u) => u.startsWith('file://'))
        .map((u) => path.relative(path.resolve(import.meta.dirname, '..'), new URL(u).pathname));
      const byPackage = new Map<string, number>();
      for (const f of files) {
        const m = f.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)/);
        const key = m ? m[1] : f.split('/').slice(0, 3).join('/');
        byPackage.set(key, (byPackage.get(key) ?? 0) + 1);
      }
      console.log(`\nmodules loaded at idle (${files.length} files):`);
      for (const [k, n] of [...byPackage].sort((a, b) => a[0].localeCompare(b[0])))
        console.log(`  ${k}\t${n}`);
    }
  } finally {
    await server.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (pgName) {
      const c = new pg.Client({ connectionString: PG_ADMIN });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
      await c.end();
    }
  }
}
fs.rmSync(reporter, { force: true });
console.log(`\n${rows.join('\n')}`);
