// node scripts/release/upgrade-fixture.ts [--from COMMIT] [--app DIR] [--pg URL]
// Regenerates the upgrade fixture in test/fixtures/upgrade/: a SQLite database and a PostgreSQL dump
// written by an earlier release with data in every module. The earlier release's code is checked out
// from git (`--from`, default the last commit of 0.1.0) into a temporary folder, or taken from `--app`;
// it runs as its own server process and is filled through its HTTP API only, so the data is what that
// release itself wrote. The upgrade test (test/release/upgrade.test.ts) starts the current code on copies.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { freePort, HttpClient, initialPasswords } from '../../test/support/server-process.ts';
import { populate } from './populate.ts';

/** The last commit whose schema is release 0.1.0's. */
export const FIXTURE_FROM = 'ec5a953c85d9b38521e353fdff2f0951b5425497';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    from: { type: 'string', default: FIXTURE_FROM },
    app: { type: 'string' },
    pg: { type: 'string', default: process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/test' },
    out: { type: 'string', default: path.join(root, 'test/fixtures/upgrade') },
  },
});

function prepareApp(): { dir: string; version: string; cleanup: () => void } {
  if (values.app) {
    const dir = path.resolve(values.app);
    return {
      dir,
      version: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version,
      cleanup: () => {},
    };
  }
  // The earlier release's files, exported from git history (a full clone has them; no worktree is made).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-old-'));
  execFileSync('sh', ['-c', `git archive --format=tar ${values.from} | tar -x -C "${dir}"`], {
    cwd: root,
    stdio: 'inherit',
  });
  // Same dependencies as today's checkout (the lock file's runtime packages did not change since).
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return {
    dir,
    version: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function startOld(
  appDir: string,
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(path.join(root, 'node_modules/.bin/node'), [path.join(appDir, 'src/main.ts')], {
    cwd: appDir,
    env: { ...process.env, MAMORI_DEMO: '1', ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.resume();
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the earlier release exited on start');
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { child, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise((r) => {
    child.once('exit', r);
    child.kill('SIGTERM');
  });
}

async function fill(appDir: string, env: NodeJS.ProcessEnv, dataDir: string) {
  const { child, url } = await startOld(appDir, env);
  try {
    return await populate(url, initialPasswords(dataDir), (base) => new HttpClient(base));
  } finally {
    await stop(child);
  }
}

const app = prepareApp();
const outDir = path.join(values.out, app.version);
fs.mkdirSync(outDir, { recursive: true });
try {
  // SQLite
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-fixture-'));
  const sqliteCreds = await fill(app.dir, { DATA_DIR: dataDir, DATABASE_URL: '' }, dataDir);
  const db = new DatabaseSync(path.join(dataDir, 'mamori.db'));
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  const compact = path.join(dataDir, 'compact.db');
  db.exec(`VACUUM INTO '${compact}'`);
  db.close();
  fs.writeFileSync(path.join(outDir, 'mamori.db.gz'), gzipSync(fs.readFileSync(compact), { level: 9 }));
  fs.rmSync(dataDir, { recursive: true, force: true });

  // PostgreSQL: a database of its own, dumped as `npm run backup` does.
  const name = `mamori_fixture_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: values.pg });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(values.pg);
  u.pathname = `/${name}`;
  const pgDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-fixture-'));
  try {
    const pgCreds = await fill(app.dir, { DATA_DIR: pgDataDir, DATABASE_URL: u.toString() }, pgDataDir);
    const sql = execFileSync('pg_dump', ['--no-owner', '--no-privileges', u.toString()], {
      maxBuffer: 1 << 30,
    });
    fs.writeFileSync(path.join(outDir, 'mamori.sql.gz'), gzipSync(sql, { level: 9 }));
    fs.writeFileSync(
      path.join(outDir, 'credentials.json'),
      `${JSON.stringify({ version: app.version, sqlite: sqliteCreds, postgres: pgCreds }, null, 2)}\n`,
    );
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(pgDataDir, { recursive: true, force: true });
  }
  console.log(`fixture of ${app.version} written to ${path.relative(root, outDir)}`);
} finally {
  app.cleanup();
}
