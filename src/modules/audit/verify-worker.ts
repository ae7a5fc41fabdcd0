import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import type { DatabaseSource } from '../../db/connect.ts';
import { type ChainedEntry, ChainVerifier } from './chain.ts';
import type { SliceResult, SliceTask } from './verify-parallel.ts';

// A worker of verifyChainsParallel: verifies slices of a chain, reading them over its own connection.
type Row = ChainedEntry & { hash: string };
const source = workerData as DatabaseSource;
const COLUMNS =
  'id, organization_id, seq, occurred_at, actor_id, actor_label, event, target_type, target_id, data, request_id, client_ip, prev_hash, hash';

/** The rows of a slice in seq order, plus the entry just before it (to check the link into the slice). */
type Reader = (t: SliceTask) => { before: () => Promise<Row | undefined>; rows: () => AsyncIterable<Row> };

function sqliteReader(file: string): Reader {
  const d = new DatabaseSync(file, { readOnly: true });
  const one = d.prepare(`select ${COLUMNS} from audit_events where organization_id = ? and seq = ?`);
  const range = d.prepare(
    `select ${COLUMNS} from audit_events where organization_id = ? and seq between ? and ? order by seq`,
  );
  return (t) => ({
    before: async () => one.get(t.organizationId, t.from - 1) as Row | undefined,
    rows: async function* () {
      yield* range.iterate(t.organizationId, t.from, t.to) as IterableIterator<Row>;
    },
  });
}

function pgReader(url: string, schema: string | undefined): Reader {
  const client = new pg.Client({
    connectionString: url,
    options: schema ? `-c search_path=${schema}` : undefined,
  });
  const ready = client.connect();
  const PAGE = 20_000;
  return (t) => ({
    before: async () => {
      await ready;
      const r = await client.query(
        `select ${COLUMNS} from audit_events where organization_id = $1 and seq = $2`,
        [t.organizationId, t.from - 1],
      );
      return r.rows[0] as Row | undefined;
    },
    rows: async function* () {
      await ready;
      for (let from = t.from; from <= t.to; from += PAGE) {
        const r = await client.query(
          `select ${COLUMNS} from audit_events where organization_id = $1 and seq between $2 and $3 order by seq`,
          [t.organizationId, from, Math.min(t.to, from + PAGE - 1)],
        );
        yield* r.rows as Row[];
      }
    },
  });
}

const reader = source.sqliteFile
  ? sqliteReader(source.sqliteFile)
  : pgReader(source.databaseUrl ?? '', source.pgSchema);

parentPort?.on('message', async (t: SliceTask) => {
  const r = reader(t);
  const prev = t.from === 1 ? null : await r.before();
  let result: SliceResult;
  if (t.from > 1 && !prev) {
    // Entries missing before the slice: a single pass would stop at the slice's first entry (seq gap).
    let first: Row | undefined;
    for await (const row of r.rows()) {
      first = row;
      break;
    }
    result = {
      count: first ? 1 : 0,
      lastHash: null,
      firstBreak: first
        ? { organizationId: t.organizationId, seq: Number(first.seq), id: first.id, reason: 'seq_gap' }
        : null,
    };
  } else {
    const v = new ChainVerifier(t.organizationId, prev ? { seq: t.from - 1, hash: prev.hash } : undefined);
    for await (const row of r.rows()) if (!v.add(row)) break;
    result = { count: v.count, lastHash: v.firstBreak ? null : v.lastHash, firstBreak: v.firstBreak };
  }
  parentPort?.postMessage(result);
});
