import type { AppModule } from '../module.ts';
import './checkpoint-job.ts';
import { en, ja } from './messages.ts';
import { auditMigrations } from './migrations.ts';
import { auditRoutes } from './routes.ts';

/** The hash-chained audit log. */
export const auditModule: AppModule = {
  name: 'audit',
  migrations: auditMigrations,
  messages: { ja, en },
  routes: auditRoutes,
};
export { recordAudit } from './service.ts';
