import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { nowIso } from '../../shared/time.ts';

/**
 * The queue as the hosting administrator sees it: per kind, how many jobs wait (due now or later), run,
 * failed or finished (kept `keepDays`); how long the oldest due job has waited; the latest failures.
 */
export async function queueStatus(db: Kysely<DB>, settings: { concurrency: number; keepDays: number }) {
  const now = nowIso();
  const [byKind, oldest, failures] = await Promise.all([
    db
      .selectFrom('jobs')
      .select((eb) => [
        'kind',
        'status',
        eb.fn.countAll<number>().as('n'),
        eb.fn.sum<number>(eb.case().when('run_at', '<=', now).then(1).else(0).end()).as('due'),
        eb.fn.min('priority').as('priority'),
      ])
      .groupBy(['kind', 'status'])
      .execute(),
    db
      .selectFrom('jobs')
      .select((eb) => eb.fn.min('run_at').as('at'))
      .where('status', '=', 'queued')
      .where('run_at', '<=', now)
      .executeTakeFirst(),
    db
      .selectFrom('jobs')
      .select(['id', 'kind', 'attempts', 'last_error', 'finished_at', 'run_at', 'status'])
      .where('last_error', 'is not', null)
      .where('status', 'in', ['failed', 'queued'])
      .orderBy('created_at', 'desc')
      .limit(20)
      .execute(),
  ]);
  const kinds = new Map<
    string,
    {
      kind: string;
      priority: number;
      due: number;
      later: number;
      running: number;
      failed: number;
      done: number;
    }
  >();
  for (const r of byKind) {
    const k = kinds.get(r.kind) ?? {
      kind: r.kind,
      priority: Number(r.priority),
      due: 0,
      later: 0,
      running: 0,
      failed: 0,
      done: 0,
    };
    k.priority = Math.min(k.priority, Number(r.priority));
    const n = Number(r.n);
    if (r.status === 'queued') {
      k.due += Number(r.due);
      k.later += n - Number(r.due);
    } else if (r.status === 'running') k.running += n;
    else if (r.status === 'failed') k.failed += n;
    else k.done += n;
    kinds.set(r.kind, k);
  }
  const oldestDue = oldest?.at ? String(oldest.at) : null;
  return {
    settings,
    now,
    oldestDueAt: oldestDue,
    waitedSeconds: oldestDue ? Math.max(0, Math.round((Date.parse(now) - Date.parse(oldestDue)) / 1000)) : 0,
    kinds: [...kinds.values()].sort((a, b) => a.priority - b.priority || a.kind.localeCompare(b.kind)),
    failures: failures.map((f) => ({
      id: f.id,
      kind: f.kind,
      attempts: Number(f.attempts),
      error: f.last_error,
      // A failure being retried is queued again (at its next attempt's time); a final one is failed.
      final: f.status === 'failed',
      at: f.finished_at ?? f.run_at,
    })),
  };
}
