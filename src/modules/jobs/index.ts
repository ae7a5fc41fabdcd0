import type { AppModule } from '../module.ts';
import { jobMigrations } from './migrations.ts';
import { jobRoutes } from './routes.ts';

/** The database-backed job queue and its status for the administrator; handlers are registered by the modules that own them. */
export const jobsModule: AppModule = {
  name: 'jobs',
  migrations: jobMigrations,
  routes: jobRoutes,
};

export {
  enqueue,
  enqueueAll,
  type JobContext,
  type JobHandler,
  type Priority,
  registerJobHandler,
  registerSchedule,
  type Schedule,
  unregisterSchedule,
} from './queue.ts';
export { JobRunner } from './runner.ts';
export { startJobRunner } from './start.ts';
export type { JobTables } from './tables.ts';
