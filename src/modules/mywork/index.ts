import type { AppModule } from '../module.ts';
import { digestSweep } from './digest.ts';
import { en, ja } from './messages.ts';
import { myWorkMigrations } from './migrations.ts';
import { myWorkRoutes } from './routes.ts';

export const DIGEST_JOB = 'mywork.digest';

/** "My work": everything waiting for a person, on one screen, on the home page and by a daily e-mail. */
export const myWorkModule: AppModule = {
  name: 'mywork',
  migrations: myWorkMigrations,
  messages: { ja, en },
  jobs: [
    {
      kind: DIGEST_JOB,
      // The hour is that of the schedule's run, so a run that waited in the queue keeps its day.
      handler: async (payload: { scheduledAt?: string } | null, ctx) => {
        await digestSweep(ctx.db, payload?.scheduledAt ? new Date(payload.scheduledAt) : new Date());
      },
      // Hourly: the sweep sends each body's digest once a day, so a missed hour costs nothing.
      every: 3600,
    },
  ],
  routes: myWorkRoutes,
};

export { myWork } from './collect.ts';
export type { WorkItem, WorkKind } from './items.ts';
export type { MyWorkTables } from './tables.ts';
