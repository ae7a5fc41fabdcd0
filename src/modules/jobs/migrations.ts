import { sql } from 'kysely';
import type { ModuleMigration } from '../../db/migration.ts';

/** Schema of the database-backed job queue shared by every app instance. */
export const jobMigrations: ModuleMigration[] = [
  {
    name: '0400_jobs_init',
    async up(db) {
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('run_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(5))
        .addColumn('locked_by', 'text')
        .addColumn('locked_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();
      await db.schema
        .createTable('job_schedules')
        .addColumn('kind', 'text', (c) => c.primaryKey())
        .addColumn('interval_seconds', 'integer', (c) => c.notNull())
        .addColumn('next_run_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  {
    // Priorities (an incident's escalation and its mail first), and finished jobs removed after a set time.
    name: '0421_jobs_priority_retention',
    async up(db) {
      await db.schema
        .alterTable('jobs')
        .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(5))
        .execute();
      await db.schema.createIndex('jobs_next').on('jobs').columns(['status', 'priority', 'run_at']).execute();
      await db.schema
        .createIndex('jobs_finished')
        .on('jobs')
        .column('finished_at')
        .where(sql.ref('finished_at'), 'is not', null)
        .execute();
    },
  },
];
