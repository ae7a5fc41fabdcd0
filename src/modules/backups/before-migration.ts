// Upgrades cannot lose data: before migrations change a database that already holds data, a verified
// backup of it is written to the backup directory (never pruned); the run is recorded once migrated.
import path from 'node:path';
import type { BackupConfig } from '../../config.ts';
import type { Database } from '../../db/connect.ts';
import { type ModuleMigration, migrateToLatest, migrationState } from '../../db/migration.ts';
import { consoleLine } from '../../i18n/console.ts';
import { nowIso } from '../../shared/time.ts';
import { VERSION } from '../../version.ts';
import { recordRun, tookRun } from './run.ts';
import { jstStamp } from './schedule.ts';
import { backupExtension, takeVerifiedBackup } from './take.ts';

/** Refuses to migrate when the backup before it fails; the message names the way out. */
export class BackupBeforeMigrationError extends Error {}

/** Migrates the database, taking and recording a verified backup first when it has data and migrations are due. */
export async function migrateWithBackup(
  database: Database,
  migrations: ModuleMigration[],
  settings: Pick<BackupConfig, 'dir' | 'beforeMigration'>,
  log: (msg: string) => void = () => {},
): Promise<string[]> {
  const state = await migrationState(database.db, database.dialect, migrations);
  const due = state.pending.length > 0 && state.applied > 0 && settings.beforeMigration && !!database.source;
  if (!due || !database.source) return migrateToLatest(database.db, database.dialect, migrations);
  const started = nowIso();
  const file = path.join(
    settings.dir,
    `mamori-before-${VERSION}-${jstStamp(started)}${backupExtension(database.source)}`,
  );
  log(consoleLine('backup.before_migration', { count: state.pending.length, file }));
  let taken: Awaited<ReturnType<typeof takeVerifiedBackup>>;
  try {
    taken = await takeVerifiedBackup(database.source, file);
  } catch (e) {
    throw new BackupBeforeMigrationError(
      consoleLine('backup.before_migration_failed', { error: (e as Error).message }),
    );
  }
  const applied = await migrateToLatest(database.db, database.dialect, migrations);
  await recordRun(database.db, tookRun('before_migration', started, file, taken), { migrations: applied });
  return applied;
}
