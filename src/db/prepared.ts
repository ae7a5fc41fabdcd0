import {
  type Compilable,
  type CompiledQuery,
  type DialectAdapter,
  type Kysely,
  PostgresAdapter,
  type QueryResult,
} from 'kysely';
import type { DB } from './schema.ts';
import { nameStatement, sendWithNext } from './statement-names.ts';

/**
 * A statement built and compiled once, run many times with new values.
 *
 * Kysely rebuilds (and freezes) a query's tree and compiles it to SQL on every call; on the hottest paths
 * (the session read of every request, a request's reads, the audit append) that was a fifth of the
 * server's CPU. `prepared` builds the query once per dialect with stand-ins for its values, compiles it,
 * and later only puts the call's values where the stand-ins were. The SQL text is then the same on every
 * call, so the SQLite driver's statement cache always hits, and on PostgreSQL each connection prepares it
 * once under a name (`pg-named.ts`) and then only binds the values.
 *
 * The stand-ins stand for single values (`=`, `<=`, `set`, `values`, `limit`), not for lists (`in`):
 * a list's length shapes the SQL. A value the stand-ins do not name is an error, not a silent null.
 */
export type Args<A> = { readonly [K in keyof A]: A[K] };

export interface Prepared<A, O> {
  /** Every row. Inside a transaction pass the transaction. */
  execute(db: Kysely<DB>, args: A): Promise<O[]>;
  /** The driver's result: rows and, for a write, the number of rows it changed. */
  run(db: Kysely<DB>, args: A): Promise<QueryResult<O>>;
  /** The first row, or undefined. */
  first(db: Kysely<DB>, args: A): Promise<O | undefined>;
  /** The compiled statement for these values (tests, diagnostics). */
  compile(db: Kysely<DB>, args: A): CompiledQuery<O>;
}

class StandIn {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
}

function standIns<A>(): Args<A> {
  return new Proxy({} as Args<A>, {
    get: (_t, key) => {
      if (typeof key !== 'string') return undefined;
      return new StandIn(key);
    },
  });
}

export function prepared<A extends object, O>(
  build: (db: Kysely<DB>, args: Args<A>) => Compilable<O>,
  opts: {
    /**
     * A write whose result no caller reads and whose failure may only fail its transaction: on PostgreSQL,
     * inside a transaction, it goes with the transaction's next statement (`sendWithNext`).
     */
    withNext?: boolean;
  } = {},
): Prepared<A, O> {
  // One compiled statement per dialect adapter (SQLite and PostgreSQL differ in placeholders and quoting).
  const byAdapter = new WeakMap<DialectAdapter, CompiledQuery<O>>();
  const compile = (db: Kysely<DB>, args: A): CompiledQuery<O> => {
    const adapter = db.getExecutor().adapter;
    let cq = byAdapter.get(adapter);
    if (!cq) {
      cq = build(db, standIns<A>()).compile();
      byAdapter.set(adapter, cq);
      if (adapter instanceof PostgresAdapter) {
        nameStatement(cq.sql);
        if (opts.withNext) sendWithNext(cq.sql);
      }
    }
    const parameters = cq.parameters.map((p) => {
      if (!(p instanceof StandIn)) return p;
      if (!(p.name in args)) throw new Error(`prepared statement: no value for "${p.name}"`);
      return (args as Record<string, unknown>)[p.name];
    });
    return { ...cq, parameters };
  };
  return {
    compile,
    run: (db, args) => db.executeQuery(compile(db, args)),
    async execute(db, args) {
      const r = await db.executeQuery(compile(db, args));
      return r.rows as O[];
    },
    async first(db, args) {
      const r = await db.executeQuery(compile(db, args));
      return r.rows[0] as O | undefined;
    },
  };
}
