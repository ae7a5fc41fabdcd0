// Starts the server: database, migrations, demo data on first start, job runner, HTTP.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config.ts';
import { DataDirLockedError } from './db/lock.ts';
import { demoOrganizations, seedIfEmpty } from './demo/seed.ts';
import { startJobRunner } from './modules/jobs/start.ts';
import { createServer } from './server.ts';

const config = loadConfig();
let started: Awaited<ReturnType<typeof createServer>>;
try {
  started = await createServer(config, {
    logger: {
      level: config.logLevel,
      // Never log secrets: cookies, CSRF tokens and authorization headers are cut from request logs.
      redact: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
      ],
    },
  });
} catch (e) {
  if (e instanceof DataDirLockedError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
const { app, database } = started;
const seeded = await seedIfEmpty(database.db);
app.addHook('onClose', startJobRunner(database.db, config, app.log)); // stops with app.close() on shutdown
await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`;
console.log(`mamori is running at ${url}`);
console.log(
  `database: ${database.dialect === 'sqlite' ? path.join(config.dataDir, 'mamori.db') : 'PostgreSQL (DATABASE_URL)'}`,
);
if (seeded) {
  const file = path.join(config.dataDir, 'initial-passwords.txt');
  const lines = [
    '# mamori: one-time passwords of the first start. Each must be changed at first sign-in.',
    `admin\t${seeded.admin.password}\tシステム管理者`,
    ...seeded.demoUsers.map((u) => `${u.loginId}\t${u.password}\t${u.displayName}\t${u.role ?? '職員'}`),
  ];
  fs.mkdirSync(config.dataDir, { recursive: true });
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  console.log('');
  console.log(
    `初期管理者 / initial administrator: login ID "admin", one-time password: ${seeded.admin.password}`,
  );
  const names = demoOrganizations.map((d) => d.name).join('・');
  console.log(
    `デモ組織（${names}）の利用者と初期パスワード / demo users and their one-time passwords: ${file}`,
  );
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down');
  // Fastify stops accepting connections and lets in-flight requests finish.
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
