import { hostname } from 'node:os';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { isPostgres } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../shared/ids.ts';
import { addSeconds, nowIso } from '../../shared/time.ts';
import type { AppContext } from '../module.ts';
import { backoffSeconds, declaredSchedules, enqueue, jobHandler } from './queue.ts';

export interface RunnerOptions {
  /** Identifies this runner in `locked_by` (host, process and a random part by default). */
  id?: string;
  /** Jobs run per tick at most (the next tick follows at once when a tick ran this many). */
  batch?: number;
  /** Jobs run at once (default 4). A free slot always takes the most urgent due job. */
  concurrency?: number;
  /** Days a finished (done or failed) job is kept before it is removed (default 14). */
  keepDays?: number;
  /** How long a claimed job stays locked; a runner that dies loses its jobs to others after this. */
  lockSeconds?: number;
  intervalMs?: number;
  /**
   * Delay of the first tick after `start()`, and of the next tick while the first round goes on
   * (default 500 ms).
   */
  firstTickMs?: number;
  /**
   * Called once, when the first round after `start()` is over: the jobs due at start have run (failed
   * ones included) and so have those they enqueued (the sweeps' mails), the first tick finding nothing
   * due. The first sweeps of a process read what a request seldom does (every open request, due dates,
   * the holiday year), and the server hands that memory back then rather than keeping it while idle.
   */
  afterFirstRound?: () => void;
  smtpUrl?: string;
  /** The server's context, handed to every job (configuration, keys, database source). */
  app?: AppContext;
  onError?: (e: unknown) => void;
}

interface Claimed {
  id: string;
  kind: string;
  payload: string;
  attempts: number;
  max_attempts: number;
}

/**
 * Runs due jobs, most urgent first (priority, then due time), several at once within a bound. Several
 * app instances may run one each against the same PostgreSQL: claiming uses `FOR UPDATE SKIP LOCKED`,
 * so each job goes to exactly one runner. On SQLite there is one process (the data directory is
 * locked), and the single UPDATE … RETURNING is atomic. Finished jobs are removed after `keepDays`.
 */
export class JobRunner {
  readonly id: string;
  private readonly db: Kysely<DB>;
  private readonly opts: RunnerOptions;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;
  private lastCleanup = '';

  constructor(db: Kysely<DB>, opts: RunnerOptions = {}) {
    this.db = db;
    this.opts = opts;
    this.id = opts.id ?? `${hostname()}:${process.pid}:${newId().slice(-8)}`;
  }

  /** Enqueues due recurring jobs, then claims and runs due jobs once. Returns how many jobs ran. */
  async tick(now: string = nowIso()): Promise<number> {
    await this.enqueueSchedules(now);
    await this.cleanup(now);
    const limit = this.opts.batch ?? 100;
    let ran = 0;
    // Each slot claims one job at a time, so an urgent job waits at most for the end of one job in hand.
    const slot = async () => {
      while (ran < limit && !this.stopped) {
        const [job] = await this.claim(now, 1);
        if (!job) return;
        ran++;
        await this.run(job, now);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.opts.concurrency ?? 4) }, slot));
    return ran;
  }

  /** Starts ticking on a timer (the server calls this; tests call `tick()` directly). */
  start(): void {
    this.stopped = false;
    let first = true;
    const loop = () => {
      if (this.stopped) return;
      let ran = 0;
      this.running = this.tick()
        .then((n) => {
          ran = n;
        })
        .catch((e) => this.opts.onError?.(e))
        .finally(() => {
          this.running = null;
          // A full tick means more is due: go on at once instead of waiting the interval.
          const full = ran >= (this.opts.batch ?? 100);
          let wait = full ? 10 : (this.opts.intervalMs ?? 5000);
          if (first && ran === 0) {
            first = false;
            this.releaseAfterFirstRound();
          } else if (first && !full) wait = this.opts.firstTickMs ?? 500; // what the first jobs enqueued
          if (!this.stopped) this.timer = setTimeout(loop, wait);
        });
    };
    this.timer = setTimeout(loop, this.opts.firstTickMs ?? 500);
  }

  private releaseAfterFirstRound(): void {
    try {
      this.opts.afterFirstRound?.();
    } catch (e) {
      this.opts.onError?.(e);
    }
  }

  /** Stops the timer and waits for the jobs in hand to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private async enqueueSchedules(now: string): Promise<void> {
    for (const [kind, every, priority] of declaredSchedules()) {
      const next = typeof every === 'number' ? (at: string) => addSeconds(at, every) : every;
      // An interval schedule first runs at once; a time-of-day schedule at its next time.
      const first = typeof every === 'number' ? now : next(now);
      const interval = typeof every === 'number' ? every : 0;
      await this.db
        .insertInto('job_schedules')
        .values({ kind, interval_seconds: interval, next_run_at: first })
        .onConflict((oc) => oc.column('kind').doNothing())
        .execute();
      if (typeof every !== 'number') {
        // A time moved earlier in the configuration takes effect now, not after the old time has passed.
        await this.db
          .updateTable('job_schedules')
          .set({ next_run_at: first })
          .where('kind', '=', kind)
          .where('next_run_at', '>', first)
          .execute();
      }
      await this.db.transaction().execute(async (trx) => {
        // Whoever moves next_run_at forward enqueues the run; a second runner's UPDATE matches no row.
        const moved = await trx
          .updateTable('job_schedules')
          .set({ next_run_at: next(now), interval_seconds: interval })
          .where('kind', '=', kind)
          .where('next_run_at', '<=', now)
          .executeTakeFirst();
        if (Number(moved.numUpdatedRows) === 1)
          await enqueue(trx, kind, { scheduledAt: now }, now, { priority });
      });
    }
  }

  private async claim(now: string, limit: number): Promise<Claimed[]> {
    // A job whose runner died (its lock expired) is taken over first; then the most urgent due job.
    const stale = await this.claimWhere(sql`status = 'running' AND locked_until < ${now}`, now, limit);
    if (stale.length) return stale;
    return this.claimWhere(sql`status = 'queued' AND run_at <= ${now}`, now, limit);
  }

  private async claimWhere(cond: RawBuilder<unknown>, now: string, limit: number): Promise<Claimed[]> {
    const until = addSeconds(now, this.opts.lockSeconds ?? 300);
    const lock = isPostgres(this.db) ? sql`FOR UPDATE SKIP LOCKED` : sql``;
    const res = await sql<Claimed>`
      UPDATE jobs SET status = 'running', locked_by = ${this.id}, locked_until = ${until}, attempts = attempts + 1
      WHERE id IN (SELECT id FROM jobs WHERE ${cond} ORDER BY priority, run_at LIMIT ${limit} ${lock})
      RETURNING id, kind, payload, attempts, max_attempts`.execute(this.db);
    return res.rows;
  }

  /** Removes finished jobs older than `keepDays`, a slice at a time, at most once a minute. */
  private async cleanup(now: string): Promise<void> {
    if (this.lastCleanup && now < addSeconds(this.lastCleanup, 60) && now >= this.lastCleanup) return;
    this.lastCleanup = now;
    const before = addSeconds(now, -86400 * (this.opts.keepDays ?? 14));
    await this.db
      .deleteFrom('jobs')
      .where(
        'id',
        'in',
        this.db
          .selectFrom('jobs')
          .select('id')
          .where('finished_at', 'is not', null)
          .where('finished_at', '<', before)
          .where('status', 'in', ['done', 'failed'])
          .limit(5000),
      )
      .execute();
  }

  private async run(job: Claimed, now: string): Promise<void> {
    const handler = jobHandler(job.kind);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(JSON.parse(job.payload), {
        db: this.db,
        smtpUrl: this.opts.smtpUrl,
        app: this.opts.app,
        jobId: job.id,
        attempt: Number(job.attempts),
      });
      await this.db
        .updateTable('jobs')
        .set({ status: 'done', locked_by: null, locked_until: null, finished_at: nowIso() })
        .where('id', '=', job.id)
        .where('locked_by', '=', this.id)
        .execute();
    } catch (e) {
      const attempts = Number(job.attempts);
      const final = attempts >= Number(job.max_attempts);
      await this.db
        .updateTable('jobs')
        .set({
          status: final ? 'failed' : 'queued',
          run_at: addSeconds(now, backoffSeconds(attempts)),
          locked_by: null,
          locked_until: null,
          last_error: String((e as Error)?.message ?? e).slice(0, 2000),
          finished_at: final ? nowIso() : null,
        })
        .where('id', '=', job.id)
        .where('locked_by', '=', this.id)
        .execute();
      this.opts.onError?.(e);
    }
  }
}
