import type pg from 'pg';
import { statementName } from './statement-names.ts';

type Query = (this: pg.Client, ...args: unknown[]) => unknown;
interface Wire {
  parse(config: { name: string; text: string; types: unknown[] }): void;
  bind(config: { statement: string }): void;
  execute(): void;
  sync(): void;
}
type QueryClass = new (
  config: pg.QueryConfig & { queryMode?: 'extended' },
  values: undefined,
  callback: (err: Error | null, res: pg.QueryResult | pg.QueryResult[]) => void,
) => object;

/** The connection's own prepared BEGIN (a protocol-level statement: `PREPARE` takes no BEGIN). */
const BEGIN = 'mamori_begin';

/**
 * The two queries of our own: one whose messages are preceded by the connection's prepared BEGIN, both
 * before one Sync; and one that only prepares BEGIN (parse, no execution), sent when the connection opens.
 */
function queryClasses(Query: typeof pg.Query): { BeginFirst: QueryClass; PrepareBegin: QueryClass } {
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
      connection.sync();
    }
  }
  return {
    BeginFirst: BeginFirst as unknown as QueryClass,
    PrepareBegin: PrepareBegin as unknown as QueryClass,
  };
}

const done = (command: string) => ({ command, rowCount: null, oid: 0, rows: [], fields: [] });

/**
 * Two savings on each pooled PostgreSQL connection, both invisible to the callers (Kysely):
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
 */
export function useNamedStatements(client: pg.Client, Query: typeof pg.Query): void {
  const unnamed = new Set<string>();
  const { BeginFirst, PrepareBegin } = queryClasses(Query);
  let beginPending = false;
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
    return base().apply(this, args);
  } as typeof client.query;
  base().call(client, new PrepareBegin({ name: BEGIN, text: 'begin' }, undefined, () => {}));
}
