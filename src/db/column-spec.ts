/** The compact words a migration declares a column with, read into Kysely's column builder. */
import type { ColumnDefinitionBuilder } from 'kysely';

type ColumnType = 'text' | 'integer' | 'bigint';
const TYPES = new Set<string>(['text', 'integer', 'bigint']);

/** A column as parsed: its type and what its builder adds (primary key, NOT NULL, reference, default…). */
export interface ColumnSpec {
  type: ColumnType;
  build(c: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
}

/**
 * Reads `type word…`: type is text, integer or bigint; the words are `pk`, `notnull`, `unique`, `org` (NOT NULL,
 * references organizations.id), `ref table.column`, `cascade` (on delete of the referenced row) and
 * `default value` (a whole number, or else the word as text). `where` names the column in errors.
 */
export function parseColumn(spec: string, where: string): ColumnSpec {
  const [type, ...words] = spec.trim().split(/\s+/);
  if (!TYPES.has(type)) throw new Error(`${where}: unknown column type "${type}"`);
  const steps: ((c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder)[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === 'pk') steps.push((c) => c.primaryKey());
    else if (word === 'notnull') steps.push((c) => c.notNull());
    else if (word === 'unique') steps.push((c) => c.unique());
    else if (word === 'org') steps.push((c) => c.notNull().references('organizations.id'));
    else if (word === 'cascade') steps.push((c) => c.onDelete('cascade'));
    else if (word === 'ref' || word === 'default') {
      const arg = words[++i];
      if (arg === undefined) throw new Error(`${where}: "${word}" wants a value`);
      if (word === 'ref') steps.push((c) => c.references(arg));
      else steps.push((c) => c.defaultTo(/^-?\d+$/.test(arg) ? Number(arg) : arg));
    } else throw new Error(`${where}: unknown column word "${word}"`);
  }
  return { type: type as ColumnType, build: (c) => steps.reduce((b, step) => step(b), c) };
}

/** Column names of a key or index: `a b c`, separated by spaces. */
export const columnList = (spec: string): string[] => spec.trim().split(/\s+/);
