import type pg from 'pg';
import { statementName } from './statement-names.ts';

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

/**
 * Runs the statements compiled once (`statement-names.ts`) as named prepared statements on this
 * connection: PostgreSQL parses and plans each once per connection, later calls send only their values
 * (no parse, and the SQL text is not written to the socket again). Every other query goes as before.
 *
 * A statement prepared before another instance's migration changed a table its result reads
 * (`select *` of a table that gained a column) fails with "cached plan must not change result type":
 * the connection then runs that text unnamed from then on, and a call made outside a transaction is
 * retried at once (inside one, the transaction has failed and its caller's error stands).
 */
export function useNamedStatements(client: pg.Client): void {
  const unnamed = new Set<string>();
  // The prototype's query is looked up on each call, so whatever wraps it (tests counting statements) sees these calls.
  const base = () => (Object.getPrototypeOf(client) as { query: Query }).query;
  const named = async (text: string, name: string, values: unknown[]) => {
    const idle = client.getTransactionStatus() === 'I';
    try {
      return await (base().call(client, { name, text, values }) as Promise<pg.QueryResult>);
    } catch (e) {
      if ((e as { code?: string }).code !== '0A000') throw e;
      unnamed.add(text);
      if (!idle) throw e;
      return base().call(client, text, values);
    }
  };
  client.query = function (this: pg.Client, ...args: unknown[]) {
    const [text, values] = args;
    if (args.length === 2 && typeof text === 'string' && Array.isArray(values) && !unnamed.has(text)) {
      const name = statementName(text);
      if (name) return named(text, name, values);
    }
    return base().apply(this, args);
  } as typeof client.query;
}
