// How long SQLite commits hold the event loop, per SQLITE_SYNC mode: N transactions, C at a time, each
// inserting one row; prints the main thread's time blocked in COMMIT (timed around the driver's exec),
// the event loop's delay (p50/p99/max) and the wall time. Run: node bench/commit-stall.ts [N] [C]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase, type SqliteSync } from '../src/db/connect.ts';

const n = Number(process.argv[2] ?? 2000);
const c = Number(process.argv[3] ?? 32);

async function run(mode: SqliteSync): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-commit-'));
  const database = await openDatabase({ sqliteFile: path.join(dir, 'c.db'), sqliteSync: mode });
  const db = database.db;
  await sql`create table t (id integer primary key, v text not null)`.execute(db);
  const raw = database.sqlite?.raw;
  if (!raw) throw new Error('SQLite only');
  let blocked = 0;
  let commits = 0;
  const exec = raw.exec.bind(raw);
  raw.exec = (s: string) => {
    if (s !== 'COMMIT') return exec(s);
    const t0 = performance.now();
    try {
      return exec(s);
    } finally {
      blocked += performance.now() - t0;
      commits++;
    }
  };
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      await db.transaction().execute((trx) => sql`insert into t (v) values (${`row ${i}`})`.execute(trx));
    }
  };
  await Promise.all(Array.from({ length: c }, worker));
  const wall = performance.now() - t0;
  h.disable();
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const ms = (x: number) => (x / 1e6).toFixed(1);
  console.log(
    `${mode.padEnd(5)} ${n} transactions, ${c} at a time: ${commits} commits, event loop blocked in COMMIT ${blocked.toFixed(0)} ms ` +
      `(${((blocked / wall) * 100).toFixed(0)} % of ${wall.toFixed(0)} ms wall); loop delay p50 ${ms(h.percentile(50))} p99 ${ms(h.percentile(99))} max ${ms(h.max)} ms`,
  );
}

for (const mode of ['full', 'flush'] as const) await run(mode);
for (const mode of ['full', 'flush'] as const) await run(mode);
