import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Kysely } from 'kysely';
import { testDatabase } from '../../test/support/db.ts';
import { parseColumn } from './column-spec.ts';
import { alterTables, createTables } from './tables.ts';

test('a column spec reads its type and words, and refuses words it does not know', () => {
  assert.equal(parseColumn('integer notnull default 5', 't.c').type, 'integer');
  assert.throws(() => parseColumn('varchar', 't.c'), /t\.c: unknown column type "varchar"/);
  assert.throws(() => parseColumn('text notnul', 't.c'), /t\.c: unknown column word "notnul"/);
  assert.throws(() => parseColumn('text ref', 't.c'), /t\.c: "ref" wants a value/);
});

test('tables declared as specs are created with their keys, defaults, references and indexes', async () => {
  const d = await testDatabase({ migrate: false });
  // biome-ignore lint/suspicious/noExplicitAny: tables the test makes itself, outside the typed schema
  const db = d.db as Kysely<any>;
  try {
    await createTables(db, {
      spec_parents: { id: 'text pk', name: 'text notnull unique' },
      spec_children: {
        parent_id: 'text notnull ref spec_parents.id cascade',
        seq: 'integer notnull',
        label: 'text notnull default none',
        weight: 'integer notnull default 3',
        $pk: 'parent_id seq',
        '$index spec_children_label': 'unique parent_id label where label is not null',
      },
    });
    await alterTables(db, { spec_children: { note: 'text', '$index spec_children_note': 'note' } });
    await db.insertInto('spec_parents').values({ id: 'p', name: 'one' }).execute();
    await db.insertInto('spec_children').values({ parent_id: 'p', seq: 1 }).execute();
    const row = await db.selectFrom('spec_children').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual({ ...row }, { parent_id: 'p', seq: 1, label: 'none', weight: 3, note: null });
    // The key is (parent_id, seq); the unique index refuses a second label of the same parent; the
    // reference refuses a child of no parent.
    await assert.rejects(db.insertInto('spec_children').values({ parent_id: 'p', seq: 1 }).execute());
    await assert.rejects(db.insertInto('spec_children').values({ parent_id: 'p', seq: 2 }).execute());
    await assert.rejects(
      db.insertInto('spec_children').values({ parent_id: 'x', seq: 1, label: 'b' }).execute(),
    );
    const names = (await db.introspection.getTables()).map((t) => t.name).sort();
    assert.deepEqual(names, ['spec_children', 'spec_parents']);
    await assert.rejects(
      createTables(db, { spec_bad: { $check: 'x' } }),
      /spec_bad: unknown entry "\$check"/,
    );
    await assert.rejects(
      alterTables(db, { spec_parents: { $pk: 'id' } }),
      /cannot be added to a table that exists/,
    );
  } finally {
    await d.close();
  }
});
