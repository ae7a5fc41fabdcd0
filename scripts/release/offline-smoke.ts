// Runs inside a network namespace with no route (see offline-test.ts): starts an unpacked release with
// its own bin/mamori and bundled Node.js, signs in as the initial administrator (one-time password →
// new password → TOTP), makes a write, finds it in the audit log, and uses the release's own tools.
// Prints one JSON line with what it measured.
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HttpClient, initialPasswords } from '../../test/support/server-process.ts';

const { values } = parseArgs({
  options: {
    home: { type: 'string' },
    data: { type: 'string' },
    'database-url': { type: 'string', default: '' },
    port: { type: 'string', default: '3310' },
  },
});
const home = path.resolve(values.home as string);
const dataDir = path.resolve(values.data as string);
const mamori = path.join(home, 'bin/mamori');
// Only the release and the system: no npm, no node_modules/.bin, no proxy settings on the path.
const env = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: dataDir,
  LANG: 'C.UTF-8',
  DATA_DIR: dataDir,
  DATABASE_URL: values['database-url'] as string,
  PORT: values.port as string,
  LOG_LEVEL: 'warn',
};
const base = `http://127.0.0.1:${values.port}`;

const version = execFileSync(mamori, ['--version'], { env, encoding: 'utf8' }).trim();
assert.match(version, /^mamori \d+\.\d+\.\d+/);

/** Starts bin/mamori and waits for /healthz; returns the process, its output and the time it took. */
async function start() {
  const t0 = performance.now();
  const child = spawn(mamori, [], { env, cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { text: '' };
  child.stdout.on('data', (d) => {
    out.text += d;
  });
  child.stderr.on('data', (d) => {
    out.text += d;
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the release exited on start:\n${out.text}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) {
        const h = (await r.json()) as { version: string };
        assert.equal(`mamori ${h.version}`, version);
        return { child, out, ms: Math.round(performance.now() - t0) };
      }
    } catch {
      // not listening yet
    }
    if (performance.now() - t0 > 120_000) throw new Error(`no answer in 120 s:\n${out.text}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** SIGTERM, and a clean exit expected. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode === null)
    await new Promise((r) => {
      child.once('exit', r);
      child.kill('SIGTERM');
    });
  if (child.exitCode !== 0) throw new Error(`the release stopped with ${child.exitCode}`);
}

const first = await start();
const { child } = first;
const output = first.out.text;
try {
  // The built UI is served from the archive.
  const shell = await fetch(`${base}/`);
  assert.equal(shell.status, 200);
  const html = await shell.text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  assert.ok(asset, 'the app shell names its script');
  assert.equal((await fetch(`${base}${asset}`)).status, 200);

  // The initial administrator's first sign-in, then a write.
  const admin = new HttpClient(base);
  const oneTime = initialPasswords(dataDir).get('admin') as string;
  assert.ok(output.includes(oneTime), 'the one-time password is printed on first start');
  await admin.firstSignIn('admin', oneTime, 'Offline-Release-Check-7!');
  const created = await admin.call('POST', '/api/system/organizations', {
    code: 'offline-check',
    name: '閉域網確認組合',
  });
  assert.equal(created.status, 200, created.text);
  const orgId = (created.json() as { id: string }).id;
  const switched = await admin.call('POST', '/api/session/organization', { organizationId: orgId });
  assert.equal(switched.status, 204, switched.text);
  await admin.refreshCsrf();
  const log = await admin.call('GET', '/api/audit?limit=20');
  assert.equal(log.status, 200, log.text);
  const events = (log.json() as { items: { event: string }[] }).items.map((e) => e.event);
  assert.ok(
    events.includes('org.organization_created'),
    `the write is in the audit log: ${events.join(', ')}`,
  );

  // The release's own tools, beside the running server.
  const verified = execFileSync(mamori, ['audit-verify'], { env, encoding: 'utf8' });
  assert.match(verified, /^OK/);
  const backup = execFileSync(mamori, ['backup'], { env, encoding: 'utf8' });
  assert.match(backup, /verified/);
  await stop(child);
  // A second start: migrations done, demo data there, Node's compile cache warm.
  const second = await start();
  await stop(second.child);
  console.log(
    JSON.stringify({
      version,
      database: env.DATABASE_URL ? 'postgres' : 'sqlite',
      startMs: first.ms,
      restartMs: second.ms,
    }),
  );
} finally {
  if (child.exitCode === null) child.kill('SIGKILL');
}
