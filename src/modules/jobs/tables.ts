/** Row types of the shared job queue. */
export interface JobsTable {
  id: string;
  kind: string;
  /** JSON payload handed to the handler. */
  payload: string;
  run_at: string;
  /** 0 urgent (incident escalation and its mail), 5 normal, 9 bulk; lower runs first. */
  priority: number;
  status: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  max_attempts: number;
  /** The runner that holds the job while it runs, and until when (a crashed runner's job is taken over after). */
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

/** Recurring schedules: one row per kind, the next due time advanced by whichever runner enqueues it. */
export interface JobSchedulesTable {
  kind: string;
  interval_seconds: number;
  next_run_at: string;
}

export interface JobTables {
  jobs: JobsTable;
  job_schedules: JobSchedulesTable;
}
