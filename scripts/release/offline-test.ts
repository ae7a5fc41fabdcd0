// node scripts/release/offline-test.ts [--archive FILE] [--record]
// Unpacks a linux-x64 release archive into a fresh folder and, inside a network namespace with no route
// (`unshare -n`, loopback only), starts it on SQLite and on PostgreSQL (reached through its Unix socket),
// signs in, writes and checks the audit log (offline-smoke.ts). `--record` writes the archive's size and
// the start times to bench/results/. Needs root (or user namespaces), iproute2 and PostgreSQL's socket.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '../..');
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const { values } = parseArgs({
  options: {
    archive: { type: 'string', default: path.join(root, `release/mamori-${version}-linux-x64.tar.gz`) },
    socket: { type: 'string', default: process.env.PG_SOCKET_DIR ?? '/var/run/postgresql' },
    record: { type: 'boolean', default: false },
  },
});
const archive = path.resolve(values.archive);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-offline-'));
const node = process.execPath;

function inNamespace(args: string[]): string {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return execFileSync('unshare', ['--net', 'sh', '-c', `ip link set lo up && exec ${quoted}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

const results: { version: string; database: string; startMs: number; restartMs: number }[] = [];
try {
  const t0 = performance.now();
  execFileSync('tar', ['-xzf', archive, '-C', work]);
  const unpackMs = Math.round(performance.now() - t0);
  const home = path.join(work, path.basename(archive).replace(/\.tar\.gz$/, ''));
  // The namespace really has no way out: only loopback, and no route to anywhere else.
  const routes = inNamespace(['ip', 'route', 'show']).trim();
  if (routes) throw new Error(`the namespace has routes: ${routes}`);

  const smoke = (dataDir: string, databaseUrl: string) =>
    JSON.parse(
      inNamespace([
        node,
        path.join(root, 'scripts/release/offline-smoke.ts'),
        '--home',
        home,
        '--data',
        dataDir,
        '--database-url',
        databaseUrl,
      ])
        .trim()
        .split('\n')
        .pop() as string,
    );

  results.push(smoke(path.join(work, 'data-sqlite'), ''));

  const name = `mamori_offline_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ host: values.socket, user: 'postgres', database: 'postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    results.push(
      smoke(
        path.join(work, 'data-postgres'),
        `postgresql://postgres@/${name}?host=${encodeURIComponent(values.socket)}`,
      ),
    );
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }

  const bytes = fs.statSync(archive).size;
  const unpacked = Number(execFileSync('du', ['-sb', home], { encoding: 'utf8' }).split('\t')[0]);
  const summary = {
    date: new Date().toISOString().slice(0, 10),
    archive: path.basename(archive),
    archiveBytes: bytes,
    unpackedBytes: unpacked,
    unpackMs,
    firstStartMs: Object.fromEntries(results.map((r) => [r.database, r.startMs])),
    restartMs: Object.fromEntries(results.map((r) => [r.database, r.restartMs])),
    machine: `${os.cpus().length} CPU, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  };
  console.log(
    `offline release check passed: ${summary.archive} ${(bytes / 1048576).toFixed(1)} MiB ` +
      `(unpacked ${(unpacked / 1048576).toFixed(0)} MiB); first start to /healthz with no network: ` +
      results.map((r) => `${r.database} ${r.startMs} ms (restart ${r.restartMs} ms)`).join(', '),
  );
  if (values.record) {
    const file = path.join(root, 'bench/results', `${summary.date}-release.json`);
    fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`recorded in ${path.relative(root, file)}`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
