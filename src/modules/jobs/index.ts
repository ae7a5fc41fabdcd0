import type { AppModule } from '../module.ts';
import { jobMigrations } from './migrations.ts';

/** The database-backed job queue: tables only; handlers are registered by the modules that own them. */
export const jobsModule: AppModule = {
  name: 'jobs',
  migrations: jobMigrations,
};

export {
  enqueue,
  type JobContext,
  type JobHandler,
  registerJobHandler,
  registerSchedule,
  type Schedule,
  unregisterSchedule,
} from './queue.ts';
export { JobRunner } from './runner.ts';
