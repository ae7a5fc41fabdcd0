import type { Kysely } from 'kysely';
import { preparedInsert } from '../../db/prepared-insert.ts';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import type { AppContext } from '../module.ts';

/** What a job handler receives besides its payload. */
export interface JobContext {
  db: Kysely<DB>;
  smtpUrl?: string;
  /** The server's context (configuration, keys, database source) when the runner runs inside the server. */
  app?: AppContext;
  /** The job's own id and attempt number (1 on the first run). */
  jobId: string;
  attempt: number;
}

// biome-ignore lint/suspicious/noExplicitAny: payloads are JSON of each kind's own shape
export type JobHandler = (payload: any, ctx: JobContext) => Promise<void>;

const handlers = new Map<string, JobHandler>();
/**
 * Which due jobs run first: an incident's escalation and its mail before everything else, mass mailings
 * and sweeps after ordinary work. Stored as a number (lower first).
 */
export const PRIORITY = { urgent: 0, normal: 5, bulk: 9 } as const;
export type Priority = keyof typeof PRIORITY;

/** Every N seconds, or the next due time after a given moment (e.g. a time of day). */
export type Schedule = number | ((after: string) => string);
const schedules = new Map<string, { every: Schedule; priority: Priority }>();

/** Registers the handler of a job kind (modules call this when they load). */
export function registerJobHandler(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

/** The handler of a kind, if any module registered one. */
export function jobHandler(kind: string): JobHandler | undefined {
  return handlers.get(kind);
}

/**
 * Declares a recurring job: the runner enqueues `kind` every `intervalSeconds` seconds (e.g. the daily
 * reminder sweep, first run at once), or at the times a function gives (e.g. the nightly backup).
 */
export function registerSchedule(kind: string, every: Schedule, opts: { priority?: Priority } = {}): void {
  schedules.set(kind, { every, priority: opts.priority ?? 'normal' });
}

/** Withdraws a recurring job (a schedule turned off in the configuration). */
export function unregisterSchedule(kind: string): void {
  schedules.delete(kind);
}

/** Declared recurring jobs. */
export function declaredSchedules(): [string, Schedule, Priority][] {
  return [...schedules.entries()].map(([kind, s]) => [kind, s.every, s.priority]);
}

export interface EnqueueOptions {
  maxAttempts?: number;
  /** Default 'normal'. */
  priority?: Priority;
}

/**
 * Adds a job. Pass the transaction that makes the change the job follows from, so the job exists
 * exactly when the change commits.
 */
export async function enqueue(
  trx: Kysely<DB>,
  kind: string,
  payload: unknown,
  runAt: string = nowIso(),
  opts: EnqueueOptions = {},
): Promise<string> {
  const [id] = await enqueueAll(trx, kind, [payload], runAt, opts);
  return id;
}

/** Jobs go in one statement per call (a mailing queues one per person), compiled once per count. */
const insertJobs = preparedInsert('jobs', [
  'id',
  'kind',
  'payload',
  'run_at',
  'priority',
  'status',
  'attempts',
  'max_attempts',
  'locked_by',
  'locked_until',
  'last_error',
  'created_at',
  'finished_at',
]);

/** Adds one job of a kind per payload, in one statement per 100 (as `enqueue`). */
export async function enqueueAll(
  trx: Kysely<DB>,
  kind: string,
  payloads: unknown[],
  runAt: string = nowIso(),
  opts: EnqueueOptions = {},
): Promise<string[]> {
  const now = nowIso();
  const rows = payloads.map((payload) => ({
    id: newId(),
    kind,
    payload: JSON.stringify(payload ?? {}),
    run_at: runAt,
    priority: PRIORITY[opts.priority ?? 'normal'],
    status: 'queued' as const,
    attempts: 0,
    max_attempts: opts.maxAttempts ?? 5,
    locked_by: null,
    locked_until: null,
    last_error: null,
    created_at: now,
    finished_at: null,
  }));
  await insertJobs(trx, rows);
  return rows.map((r) => r.id);
}

/** Seconds to wait before attempt n+1: 30 s, 1 min, 2 min, … capped at one hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}
