/** Batched inserts straight into the driver (no query builder): the bulk path of the data generator. */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import pg from 'pg';

export type Row = (string | number | null)[];

export interface Bulk {
  /** Queues rows; they are written in batches inside transactions. */
  add(table: string, cols: string[], row: Row): Promise<void>;
  flush(): Promise<void>;
  close(): Promise<void>;
  rows: number;
}

/** SQLite: multi-row prepared INSERTs, one transaction per 50,000 rows. */
export function sqliteBulk(raw: DatabaseSync): Bulk {
  const PER_STMT = 100;
  const stmts = new Map<string, StatementSync>();
  const pending = new Map<string, { cols: string[]; rows: Row[] }>();
  let inTx = 0;
  const stmt = (table: string, cols: string[], n: number) => {
    const key = `${table}|${n}`;
    let s = stmts.get(key);
    if (!s) {
      const one = `(${cols.map(() => '?').join(',')})`;
      s = raw.prepare(`INSERT INTO ${table} (${cols.join(',')}) VALUES ${Array(n).fill(one).join(',')}`);
      stmts.set(key, s);
    }
    return s;
  };
  const write = (table: string) => {
    const p = pending.get(table);
    if (!p?.rows.length) return;
    if (!raw.isTransaction) raw.exec('BEGIN');
    for (let i = 0; i < p.rows.length; i += PER_STMT) {
      const chunk = p.rows.slice(i, i + PER_STMT);
      stmt(table, p.cols, chunk.length).run(...chunk.flat());
    }
    inTx += p.rows.length;
    api.rows += p.rows.length;
    p.rows = [];
    if (inTx >= 50_000) {
      raw.exec('COMMIT');
      inTx = 0;
    }
  };
  const api: Bulk = {
    rows: 0,
    async add(table, cols, row) {
      let p = pending.get(table);
      if (!p) {
        p = { cols, rows: [] };
        pending.set(table, p);
      }
      p.rows.push(row);
      if (p.rows.length >= 2000) write(table);
    },
    async flush() {
      for (const t of pending.keys()) write(t);
      if (raw.isTransaction) raw.exec('COMMIT');
      inTx = 0;
    },
    async close() {
      await api.flush();
    },
  };
  return api;
}

/** PostgreSQL: INSERT … SELECT FROM unnest(arrays), 5,000 rows per statement, in transactions. */
export async function pgBulk(url: string): Promise<Bulk> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('SET synchronous_commit = off');
  // Replica mode skips FK triggers, so batches of different tables may land in any order.
  await client.query('SET session_replication_role = replica');
  const types = new Map<string, Map<string, string>>();
  const pending = new Map<string, { cols: string[]; rows: Row[] }>();
  let inTx = 0;
  const typesOf = async (table: string) => {
    let t = types.get(table);
    if (!t) {
      const r = await client.query(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema()`,
        [table],
      );
      t = new Map(r.rows.map((x) => [x.column_name as string, x.data_type as string]));
      types.set(table, t);
    }
    return t;
  };
  const write = async (table: string) => {
    const p = pending.get(table);
    if (!p?.rows.length) return;
    const t = await typesOf(table);
    const arrays = p.cols.map((_, j) => p.rows.map((r) => r[j]));
    const casts = p.cols.map(
      (c, j) => `$${j + 1}::${t.get(c) === 'integer' ? 'int' : (t.get(c) ?? 'text')}[]`,
    );
    if (inTx === 0) await client.query('BEGIN');
    await client.query(
      `INSERT INTO ${table} (${p.cols.join(',')}) SELECT * FROM unnest(${casts.join(',')})`,
      arrays,
    );
    inTx += p.rows.length;
    api.rows += p.rows.length;
    p.rows = [];
    if (inTx >= 100_000) {
      await client.query('COMMIT');
      inTx = 0;
    }
  };
  const api: Bulk = {
    rows: 0,
    async add(table, cols, row) {
      let p = pending.get(table);
      if (!p) {
        p = { cols, rows: [] };
        pending.set(table, p);
      }
      p.rows.push(row);
      if (p.rows.length >= 5000) await write(table);
    },
    async flush() {
      for (const t of pending.keys()) await write(t);
      if (inTx > 0) await client.query('COMMIT');
      inTx = 0;
    },
    async close() {
      await api.flush();
      await client.end();
    },
  };
  return api;
}
