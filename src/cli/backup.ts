// npm run backup [-- --out FILE]
// A consistent snapshot while the server runs: SQLite's online backup API, or pg_dump for PostgreSQL.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { sqliteFileIn } from '../db/connect.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const config = loadConfig();
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

if (config.databaseUrl) {
  const out = path.resolve(values.out ?? path.join(config.dataDir, 'backups', `mamori-${stamp}.sql`));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // pg_dump takes a consistent snapshot in one transaction.
  execFileSync('pg_dump', ['--no-owner', '--no-privileges', '--file', out, config.databaseUrl], {
    stdio: 'inherit',
  });
  console.log(`backup written / バックアップを作成しました: ${out}`);
} else {
  const src = sqliteFileIn(config.dataDir);
  if (!fs.existsSync(src)) {
    console.error(`データベースがありません / no database at ${src}`);
    process.exit(2);
  }
  const out = path.resolve(values.out ?? path.join(config.dataDir, 'backups', `mamori-${stamp}.db`));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const db = new DatabaseSync(src);
  try {
    await backup(db, out);
  } finally {
    db.close();
  }
  console.log(`backup written / バックアップを作成しました: ${out}`);
}
