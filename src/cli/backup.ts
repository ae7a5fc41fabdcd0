// npm run backup [-- --out FILE]   (bin/mamori backup in a release)
// A consistent snapshot while the server runs (SQLite's online backup API, or pg_dump for PostgreSQL),
// opened and checked (integrity, every audit chain) before it gets its final name in BACKUP_DIR.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { sqliteFileIn } from '../db/connect.ts';
import { consoleLine } from '../i18n/console.ts';
import { backupExtension, jstStamp, takeVerifiedBackup } from '../modules/backups/index.ts';
import { nowIso } from '../shared/time.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const config = loadConfig();
const source = config.databaseUrl
  ? { databaseUrl: config.databaseUrl }
  : { sqliteFile: sqliteFileIn(config.dataDir) };
if (source.sqliteFile && !fs.existsSync(source.sqliteFile)) {
  console.error(consoleLine('backup.no_database', { file: source.sqliteFile }));
  process.exit(2);
}
const out = path.resolve(
  values.out ?? path.join(config.backup.dir, `mamori-manual-${jstStamp(nowIso())}${backupExtension(source)}`),
);
try {
  const r = await takeVerifiedBackup(source, out);
  console.log(
    consoleLine('backup.written', {
      file: out,
      bytes: r.bytes,
      organizations: r.organizations,
      events: r.events,
    }),
  );
} catch (e) {
  console.error(consoleLine('backup.failed', { error: (e as Error).message }));
  process.exit(1);
}
