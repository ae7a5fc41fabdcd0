// npm run restore -- FILE
// Restores a backup into an EMPTY data directory (SQLite) or an empty PostgreSQL database.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../config.ts';
import { sqliteFileIn } from '../db/connect.ts';
import { consoleLine } from '../i18n/console.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const file = positionals[0];
if (!file || !fs.existsSync(file)) {
  console.error(consoleLine('restore.usage'));
  process.exit(2);
}
const config = loadConfig();

if (config.databaseUrl) {
  const client = new pg.Client({ connectionString: config.databaseUrl });
  await client.connect();
  const r = await client.query(
    'SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema()',
  );
  await client.end();
  if (r.rows[0].n > 0) {
    console.error(consoleLine('restore.not_empty'));
    process.exit(2);
  }
  execFileSync(
    'psql',
    ['--quiet', '--set', 'ON_ERROR_STOP=1', '--single-transaction', '--file', file, config.databaseUrl],
    { stdio: 'inherit' },
  );
} else {
  const target = sqliteFileIn(config.dataDir);
  if (fs.existsSync(target)) {
    console.error(consoleLine('restore.file_exists', { file: target }));
    process.exit(2);
  }
  // Check that the file really is a mamori SQLite database before putting it in place.
  const probe = new DatabaseSync(file, { readOnly: true });
  try {
    probe.prepare('SELECT count(*) AS n FROM audit_events').get();
    const check = probe.prepare('PRAGMA integrity_check').get() as { integrity_check: string };
    if (check.integrity_check !== 'ok') throw new Error(check.integrity_check);
  } finally {
    probe.close();
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL);
}
console.log(consoleLine('restore.done'));
