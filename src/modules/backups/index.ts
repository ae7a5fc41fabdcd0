import type { AppModule } from '../module.ts';
import './job.ts';
import { en, ja } from './messages.ts';
import { backupMigrations } from './migrations.ts';
import { backupRoutes } from './routes.ts';

/** Scheduled, verified backups with retention; a backup before migrations; their history. */
export const backupsModule: AppModule = {
  name: 'backups',
  migrations: backupMigrations,
  messages: { ja, en },
  routes: backupRoutes,
};
