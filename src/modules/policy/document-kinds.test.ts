import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/support/db.ts';
import { makeOrg } from '../../../test/support/factories.ts';
import type { Database } from '../../db/connect.ts';
import { rowsWhere } from '../../db/rows-in-org.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { DOCUMENT_KIND_WORDS } from './document-kinds.ts';
import { policyMigrations } from './migrations.ts';

describe('kinds of policy document as codes (0220)', () => {
  let database: Database;
  before(async () => {
    database = await testDatabase();
  });
  after(() => database.close());

  test('documents stored with the Japanese words of their kinds get the codes', async () => {
    const { db, dialect } = database;
    const org = await makeOrg(db);
    const words = DOCUMENT_KIND_WORDS.map(([w]) => w);
    const ids = [
      JSON.stringify(words.slice(0, 2)),
      JSON.stringify([words[2]]),
      JSON.stringify(['standards']),
    ].map((kinds) => {
      const id = newId();
      return { id, kinds };
    });
    for (const d of ids)
      await db
        .insertInto('policy_documents')
        .values({
          id: d.id,
          organization_id: org.id,
          title: '情報セキュリティポリシー',
          kinds: d.kinds,
          visibility: 'staff',
          created_at: nowIso(),
          updated_at: nowIso(),
        })
        .execute();

    await policyMigrations.find((m) => m.name === '0220_policy_document_kind_codes')?.up(db, dialect);

    const rows = await rowsWhere(db, 'policy_documents', { organization_id: org.id }, ['id', 'kinds']);
    const byId = new Map(rows.map((r) => [r.id, JSON.parse(r.kinds)]));
    assert.deepEqual(
      ids.map((d) => byId.get(d.id)),
      [['basic_policy', 'standards'], ['procedures'], ['standards']],
    );
  });
});
