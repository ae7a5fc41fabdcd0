import { createRequire } from 'node:module';
import type pg from 'pg';
import { sentWithNext, statementName } from './statement-names.ts';

type Query = (this: pg.Client, ...args: unknown[]) => unknown;
interface Wire {
  parse(config: { name: string; text: string; types: unknown[] }): void;
  bind(config: { statement: string; values?: unknown[]; valueMapper?: (v: unknown) => unknown }): void;
  execute(): void;
  sync(): void;
}
/** A statement held back to go with the transaction's next one (`sendWithNext`), parsed on this connection. */
interface Held {
  name: string;
  text: string;
  values: unknown[];
}
type QueryClass = new (
  config: pg.QueryConfig & { queryMode?: 'extended' },
  values: undefined,
  callback: (err: Error | null, res: pg.QueryResult | pg.QueryResult[]) => void,
) => object;

/** The connection's own prepared BEGIN (a protocol-level statement: `PREPARE` takes no BEGIN). */
const BEGIN = 'mamori_begin';
/** The connection's own prepared COMMIT, for a COMMIT that carries held statements before it. */
const COMMIT = 'mamori_commit';

/**
 * The two queries of our own: one whose messages are preceded by the connection's prepared BEGIN, both
 * before one Sync; and one that only prepares BEGIN (parse, no execution), sent when the connection opens.
 */
function queryClasses(
  Query: typeof pg.Query,
  prepareValue: (v: unknown) => unknown,
): { BeginFirst: QueryClass; PrepareBegin: QueryClass; HeldFirst: QueryClass } {
  const Base = Query as unknown as new (...a: unknown[]) => { prepare(connection: Wire): void };
  class BeginFirst extends Base {
    prepare(connection: Wire): void {
      connection.bind({ statement: BEGIN });
      connection.execute();
      super.prepare(connection);
    }
  }
  class PrepareBegin extends Base {
    prepare(connection: Wire): void {
      connection.parse({ name: BEGIN, text: 'begin', types: [] });
      connection.parse({ name: COMMIT, text: 'commit', types: [] });
      connection.sync();
    }
  }
  // The held statements' Bind and Execute, then this one's messages, before one Sync: if a held statement
  // fails, PostgreSQL skips everything after it up to the Sync, so neither this statement nor a COMMIT runs.
  class HeldFirst extends Base {
    held: Held[] = [];
    prepare(connection: Wire): void {
      for (const h of this.held) {
        connection.bind({ statement: h.name, values: h.values, valueMapper: prepareValue });
        connection.execute();
      }
      super.prepare(connection);
    }
  }
  return {
    BeginFirst: BeginFirst as unknown as QueryClass,
    PrepareBegin: PrepareBegin as unknown as QueryClass,
    HeldFirst: HeldFirst as unknown as QueryClass,
  };
}

const done = (command: string) => ({ command, rowCount: null, oid: 0, rows: [], fields: [] });

/**
 * Three savings on each pooled PostgreSQL connection, all invisible to the callers (Kysely):
 *
 * - The statements compiled once (`statement-names.ts`) run as named prepared statements: PostgreSQL
 *   parses and plans each once per connection, later calls send only their values. Every other query
 *   goes as before. A statement prepared before another instance's migration changed a table its result
 *   reads (`select *` of a table that gained a column) fails with "cached plan must not change result
 *   type": the connection then runs that text unnamed from then on, and a call made outside a
 *   transaction is retried at once (inside one, the transaction has failed and its caller's error stands).
 * - A transaction's BEGIN is not a round trip of its own: it is written with the transaction's first
 *   statement, before one Sync, so if BEGIN failed nothing after it would run. The connection prepares
 *   its BEGIN when it opens (queued ahead of its first query; were that to fail, BEGIN goes alone as
 *   before). A transaction with no statement sends nothing.
 * - A write marked `sendWithNext` (a request's row, its notices: nothing reads their result) is held back
 *   inside a transaction once the connection has parsed it, and goes with the transaction's next statement
 *   or its COMMIT, their messages before one Sync: PostgreSQL runs them in order, so the next statement
 *   sees the write, and if the write fails nothing after it runs and the transaction fails (its caller, or
 *   COMMIT, gets the error and Kysely rolls back). A ROLLBACK drops what is held: it was never sent.
 */
export function useNamedStatements(client: pg.Client, Query: typeof pg.Query): void {
  const unnamed = new Set<string>();
  // pg's own mapping of values to the wire (numbers and dates to text), as its queries bind them.
  const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
    prepareValue: (v: unknown) => unknown;
  };
  const { BeginFirst, PrepareBegin, HeldFirst } = queryClasses(Query, prepareValue);
  let beginPending = false;
  let held: Held[] = [];
  // The prototype's query is looked up on each call, so whatever wraps it (tests counting statements) sees these calls.
  const base = () => (Object.getPrototypeOf(client) as { query: Query }).query;
  const parsed = () =>
    (client as unknown as { connection: { parsedStatements: Record<string, string> } }).connection
      .parsedStatements;

  const withBegin = (config: pg.QueryConfig) =>
    new Promise<pg.QueryResult>((resolve, reject) => {
      const q = new BeginFirst({ ...config, queryMode: 'extended' }, undefined, (err, res) => {
        if (err) reject(err);
        else resolve(Array.isArray(res) ? res[res.length - 1] : res);
      });
      base().call(client, q);
    });

  const named = async (text: string, name: string, values: unknown[], begin: boolean) => {
    const idle = !begin && client.getTransactionStatus() === 'I';
    try {
      if (begin) return await withBegin({ name, text, values });
      return await (base().call(client, { name, text, values }) as Promise<pg.QueryResult>);
    } catch (e) {
      if ((e as { code?: string }).code !== '0A000') throw e;
      unnamed.add(text);
      if (!idle) throw e;
      return base().call(client, text, values);
    }
  };

  const beginAlone = () => base().call(client, 'begin') as Promise<pg.QueryResult>;

  /** This statement with the held ones before it, in one round trip; its own result is answered. */
  const withHeld = (list: Held[], config: pg.QueryConfig) =>
    new Promise<pg.QueryResult>((resolve, reject) => {
      const q = new HeldFirst({ ...config, queryMode: 'extended' }, undefined, (err, res) => {
        if (err) reject(err);
        else resolve(Array.isArray(res) ? res[res.length - 1] : res);
      }) as { held: Held[] };
      q.held = list;
      base().call(client, q);
    });
  /**
   * The held statements on their own, ahead of a call that cannot carry them: if one fails, the
   * transaction has failed and the statements after it (and its COMMIT) fail or roll back.
   */
  const sendHeld = (list: Held[]) => {
    for (const h of list)
      (base().call(client, { name: h.name, text: h.text, values: h.values }) as Promise<unknown>).catch(
        () => {},
      );
  };

  client.query = function (this: pg.Client, ...args: unknown[]) {
    const [text, values] = args;
    if (args.length === 2 && typeof text === 'string' && Array.isArray(values)) {
      if (text === 'begin' && !values.length && !beginPending && parsed()[BEGIN] !== undefined) {
        beginPending = true;
        return Promise.resolve(done('BEGIN'));
      }
      const begin = beginPending;
      beginPending = false;
      if (begin && (text === 'commit' || text === 'rollback') && !values.length)
        return Promise.resolve(done(text.toUpperCase()));
      const name = unnamed.has(text) ? undefined : statementName(text);
      // A write no caller reads, in a transaction whose BEGIN has gone, of a statement this connection has
      // parsed: held back (after any held before it) to go with the transaction's next statement or its COMMIT.
      if (
        name &&
        !begin &&
        sentWithNext(text) &&
        parsed()[name] !== undefined &&
        client.getTransactionStatus() === 'T'
      ) {
        held.push({ name, text, values });
        return Promise.resolve(done(''));
      }
      if (held.length) {
        const list = held;
        held = [];
        // A rollback drops them: they were never sent.
        if (text === 'rollback' && !values.length) return base().call(client, text, values);
        if (text === 'commit' && !values.length && parsed()[COMMIT] !== undefined)
          return withHeld(list, { name: COMMIT, text, values: [] });
        if (name || values.length) return withHeld(list, { name, text, values });
        sendHeld(list);
      }
      if (name) return named(text, name, values, begin);
      if (begin && values.length) return withBegin({ text, values });
      // Without values pg sends the text as a simple query, which may hold several statements (a
      // migration's DDL): the extended protocol refuses those, so BEGIN goes alone first.
      if (begin) return beginAlone().then(() => base().call(client, text, values));
      return base().call(client, text, values);
    }
    if (beginPending) {
      // Not a call of ours (a cursor): BEGIN goes ahead of it on its own.
      beginPending = false;
      beginAlone().catch(() => {});
    }
    if (held.length) {
      sendHeld(held);
      held = [];
    }
    return base().apply(this, args);
  } as typeof client.query;
  base().call(
    client,
    new PrepareBegin({ name: BEGIN, text: 'begin' }, undefined, (err) => {
      // pg records the query's own name (BEGIN) as parsed; COMMIT, parsed in the same round trip, is ours to record.
      if (!err) parsed()[COMMIT] = 'commit';
    }),
  );
}
