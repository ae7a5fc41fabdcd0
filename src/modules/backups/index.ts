import type { AppModule } from '../module.ts';
import { BACKUP_JOB, backupJob } from './job.ts';
import { en, ja } from './messages.ts';
import { backupMigrations } from './migrations.ts';
import { backupRoutes } from './routes.ts';

export { BackupBeforeMigrationError, migrateWithBackup } from './before-migration.ts';
export { scheduleBackups } from './job.ts';
export { jstStamp } from './schedule.ts';
export { backupHealth } from './status.ts';
export type { BackupTables } from './tables.ts';
export { backupExtension, takeVerifiedBackup } from './take.ts';

/** Scheduled, verified backups with retention; a backup before migrations; their history. */
export const backupsModule: AppModule = {
  name: 'backups',
  migrations: backupMigrations,
  messages: { ja, en },
  // Scheduled at the configured times by scheduleBackups (start.ts), or enqueued by an administrator.
  jobs: [{ kind: BACKUP_JOB, handler: backupJob }],
  routes: backupRoutes,
};
