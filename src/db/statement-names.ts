/**
 * Names of the statements compiled once (`prepared.ts`): on PostgreSQL each connection parses and plans
 * such a statement once under its name and afterwards only binds the call's values (`pg-named.ts`).
 * Only texts registered here get a name, so statements built anew on each call (lists whose length shapes
 * the SQL, one-off queries) never fill a connection's statement cache. The texts are a fixed set: one
 * per `prepared` statement and dialect, and one per number of rows of a compiled multi-row insert.
 */
const names = new Map<string, string>();

/** Gives the SQL text a name if it has none; the same text always gets the same name. */
export function nameStatement(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `mamori_${names.size + 1}`;
    names.set(sql, name);
  }
  return name;
}

/** The name of a statement compiled once, or undefined for any other SQL text. */
export function statementName(sql: string): string | undefined {
  return names.get(sql);
}

const withNext = new Set<string>();

/**
 * Marks a statement compiled once as one that may wait for the next statement of its transaction: on
 * PostgreSQL, inside a transaction, it is then sent together with that statement (or with COMMIT) in one
 * round trip (`pg-named.ts`). Only for writes whose result no caller reads and whose failure may only
 * fail the transaction: the error then surfaces at the next statement or at COMMIT, and the transaction
 * rolls back as it would have.
 */
export function sendWithNext(sql: string): void {
  withNext.add(sql);
}

/** Whether a statement may be sent with the next statement of its transaction (see `sendWithNext`). */
export function sentWithNext(sql: string): boolean {
  return withNext.has(sql);
}
