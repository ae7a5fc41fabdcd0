/** Shared lookups of the layout tests. */
import { parseClauses } from './clauses.ts';

/** The clauses read as titled, each as 「path title」. */
export const titled = (text: string) =>
  parseClauses(text)
    .clauses.filter((c) => c.title !== undefined)
    .map((c) => `${c.path} ${c.title}`);
