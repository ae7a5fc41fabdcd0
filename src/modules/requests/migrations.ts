import { sql } from 'kysely';
import type { ModuleMigration } from '../../db/migration.ts';
import { waitingKey } from './waiting.ts';

/** Schema of request types, requests, decisions, confirmations and register records. */
export const requestMigrations: ModuleMigration[] = [
  {
    name: '0402_requests_init',
    async up(db) {
      // biome-ignore lint/suspicious/noExplicitAny: column builder of the schema-agnostic migrator
      const org = (c: any) => c.notNull().references('organizations.id');
      await db.schema
        .createTable('request_types')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('name_ja', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('topic', 'text')
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('record_kind', 'text')
        .addColumn('clause_path', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('catalogue_key', 'text')
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('request_types_org_code', ['organization_id', 'code'])
        .execute();
      await db.schema
        .createTable('requests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('type_id', 'text', (c) => c.notNull().references('request_types.id'))
        .addColumn('type_code', 'text', (c) => c.notNull())
        .addColumn('requester_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('unit_id', 'text')
        .addColumn('asset_id', 'text')
        .addColumn('asset_class', 'text')
        .addColumn('approval_required', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('current_step', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('field_values', 'text', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('clause_path', 'text')
        .addColumn('due_on', 'text')
        .addColumn('returned_at', 'text')
        .addColumn('step_started_at', 'text', (c) => c.notNull())
        .addColumn('escalated_step', 'integer')
        .addColumn('last_reminder_on', 'text')
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addColumn('closed_at', 'text')
        .execute();
      await db.schema
        .createIndex('requests_org_status')
        .on('requests')
        .columns(['organization_id', 'status'])
        .execute();
      await db.schema
        .createIndex('requests_requester')
        .on('requests')
        .columns(['organization_id', 'requester_id'])
        .execute();
      await db.schema
        .createTable('request_decisions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
        .addColumn('step', 'integer', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('user_label', 'text', (c) => c.notNull())
        .addColumn('function_key', 'text', (c) => c.notNull())
        .addColumn('acting', 'integer', (c) => c.notNull())
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('decided_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('request_decisions_once', ['request_id', 'step', 'user_id'])
        .execute();
      await db.schema
        .createTable('request_confirmations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('user_label', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('confirmed_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('request_confirmations_once', ['request_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('request_records')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('occurred_on', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('person_label', 'text', (c) => c.notNull())
        .addColumn('unit_name', 'text')
        .addColumn('asset_id', 'text')
        .addColumn('asset_class', 'text')
        .addColumn('approvers', 'text')
        .addColumn('approved_on', 'text')
        .addColumn('due_on', 'text')
        .addColumn('returned_at', 'text')
        .addColumn('confirmers', 'text')
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('request_records_kind')
        .on('request_records')
        .columns(['organization_id', 'kind', 'occurred_on'])
        .execute();
    },
  },
  {
    // Take-outs still out (dashboard count, reminder sweep): the rows carry the type definition as JSON, so
    // reading due_on from each approved request walked its overflow pages (0.5 s per count at 50,000
    // requests). A small covering index over the ones not yet returned answers from the index alone.
    name: '0403_requests_out_index',
    async up(db) {
      await db.schema
        .createIndex('requests_out')
        .on('requests')
        .columns(['organization_id', 'status', 'due_on'])
        .where(sql.ref('returned_at'), 'is', null)
        .execute();
    },
  },
  {
    // Each body prints its 記録簿 the way its paper book is laid out: which columns, in which order, under
    // which headings, with its own title and sign-off boxes.
    name: '0410_requests_record_layouts',
    async up(db) {
      await db.schema
        .createTable('record_layouts')
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('columns', 'text', (c) => c.notNull())
        .addColumn('stamps', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('record_layouts_pk', ['organization_id', 'kind'])
        .execute();
    },
  },
  {
    // The approver inbox read every pending request with its frozen definition to find whose turn it was
    // (1.1–1.7 s with 30,000 pending). Whom a request waits for is now a column, indexed for grouping
    // (counts) and for paging in submission order.
    name: '0420_requests_waiting_key',
    async up(db) {
      await db.schema.alterTable('requests').addColumn('waiting_key', 'text').execute();
      let after = '';
      for (;;) {
        const rows: {
          id: string;
          status: string;
          definition: string;
          current_step: number;
          unit_id: string | null;
        }[] = await db
          .selectFrom('requests')
          .select(['id', 'status', 'definition', 'current_step', 'unit_id'])
          .where('status', 'in', ['pending', 'returned'])
          .where('id', '>', after)
          .orderBy('id')
          .limit(1000)
          .execute();
        if (!rows.length) break;
        // One UPDATE per distinct key of the slice (a statement each would be a commit each on SQLite).
        const byKey = new Map<string, string[]>();
        for (const r of rows) {
          const key = waitingKey(r.status, JSON.parse(r.definition), Number(r.current_step), r.unit_id);
          if (!key) continue;
          const ids = byKey.get(key) ?? [];
          ids.push(r.id);
          byKey.set(key, ids);
        }
        for (const [key, ids] of byKey)
          await db.updateTable('requests').set({ waiting_key: key }).where('id', 'in', ids).execute();
        after = rows[rows.length - 1].id;
      }
      await db.schema
        .createIndex('requests_waiting')
        .on('requests')
        .columns(['organization_id', 'waiting_key', 'submitted_at', 'id', 'requester_id', 'current_step'])
        .where(sql.ref('waiting_key'), 'is not', null)
        .execute();
    },
  },
];
