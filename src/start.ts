// Starts the server: configuration, database, a backup before migrations, migrations, demo data on first
// start, job runner with the backup schedule, HTTP or HTTPS.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from './config.ts';
import { DataDirLockedError } from './db/lock.ts';
import { demoOrganizations, seedIfEmpty } from './demo/seed.ts';
import { logSafety } from './http/log-options.ts';
import { consoleLine } from './i18n/console.ts';
import { checkpointNow } from './modules/audit/index.ts';
import { BackupBeforeMigrationError, scheduleBackups } from './modules/backups/index.ts';
import { startJobRunner } from './modules/jobs/index.ts';
import { createServer } from './server.ts';
import { logStream } from './shared/log-file.ts';
import { releaseStartupMemory } from './shared/memory.ts';
import { VERSION } from './version.ts';

if (process.env.MAMORI_COMPILE_ONLY === '1') {
  // Loading only: every module above is loaded, nothing is started (start-packages.test.ts lists them).
  process.exit(0);
}
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(e.message);
  process.exit(1);
}
let started: Awaited<ReturnType<typeof createServer>>;
try {
  started = await createServer(config, {
    onProgress: (msg) => console.log(msg),
    // SQLite's page caches stay small until the first round of jobs is over (see below).
    startupCacheKb: 2048,
    logger: {
      level: config.logLevel,
      // LOG_FILE: JSON lines into a rotated file; otherwise standard output (the journal under systemd).
      ...(config.log ? { stream: await logStream(config.log) } : {}),
      // Never log secrets: cookies, CSRF tokens, authorization headers and query strings are cut.
      ...logSafety,
    },
  });
} catch (e) {
  if (
    e instanceof DataDirLockedError ||
    e instanceof ConfigError ||
    e instanceof BackupBeforeMigrationError
  ) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
const { app, database } = started;
const seeded = await seedIfEmpty(database.db, { demo: config.demo });
/** Signs every chain head to the checkpoint directory; a failure is logged, never fatal. */
async function checkpoint(when: string): Promise<void> {
  try {
    const n = await checkpointNow(started.ctx);
    app.log.info({ checkpoints: n, when, dir: config.audit.checkpointDir }, 'audit checkpoints written');
  } catch (e) {
    app.log.error({ err: e, when }, 'audit checkpoints could not be written');
  }
}
await checkpoint('start');
scheduleBackups(config);
// Stops with app.close() on shutdown; hands back what its first round of jobs read, and only then gives
// SQLite's connections their working page caches (or a minute after listening, whichever comes first).
app.addHook(
  'onClose',
  startJobRunner(started.ctx, app.log, () => {
    database.releaseMemory?.();
    database.applyWorkingCache?.();
  }),
);
await app.listen({ port: config.port, host: config.host });
database.releaseMemory?.();
releaseStartupMemory();
setTimeout(() => database.applyWorkingCache?.(), 60_000).unref();
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const scheme = config.tls ? 'https' : 'http';
const url = `${scheme}://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`;
console.log(`mamori ${VERSION} is running at ${url}`);
console.log(
  `database: ${database.dialect === 'sqlite' ? path.join(config.dataDir, 'mamori.db') : 'PostgreSQL (DATABASE_URL)'}`,
);
if (seeded) {
  const file = path.join(config.dataDir, 'initial-passwords.txt');
  const lines = [
    '# mamori: one-time passwords of the first start. Each must be changed at first sign-in.',
    `admin\t${seeded.admin.password}\t${consoleLine('start.admin_role')}`,
    ...seeded.demoUsers.map(
      (u) => `${u.loginId}\t${u.password}\t${u.displayName}\t${u.role ?? consoleLine('start.no_role')}`,
    ),
  ];
  fs.mkdirSync(config.dataDir, { recursive: true });
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  console.log('');
  console.log(consoleLine('start.initial_admin', { password: seeded.admin.password }));
  if (seeded.demoUsers.length) {
    const names = demoOrganizations.map((d) => d.name).join('・');
    console.log(consoleLine('start.sample_users', { names, file }));
  } else {
    console.log(consoleLine('start.no_samples'));
  }
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down');
  // Fastify stops accepting connections and lets in-flight requests finish.
  await app.close();
  await checkpoint('shutdown');
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
