import type { ModuleMigration } from '../../db/migration.ts';
import { alterTables, createTables } from '../../db/tables.ts';
import { numberExisting } from './reference-backfill.ts';
import { waitingKey } from './waiting.ts';

/** Schema of request types, requests, decisions, confirmations and register records. */
export const requestMigrations: ModuleMigration[] = [
  {
    name: '0402_requests_init',
    async up(db) {
      await createTables(db, {
        request_types: {
          id: 'text pk',
          organization_id: 'text org',
          code: 'text notnull',
          name_ja: 'text notnull',
          name_en: 'text notnull',
          topic: 'text',
          definition: 'text notnull',
          record_kind: 'text',
          clause_path: 'text',
          source: 'text notnull',
          catalogue_key: 'text',
          active: 'integer notnull default 1',
          created_at: 'text notnull',
          updated_at: 'text notnull',
          '$unique request_types_org_code': 'organization_id code',
        },
        requests: {
          id: 'text pk',
          organization_id: 'text org',
          type_id: 'text notnull ref request_types.id',
          type_code: 'text notnull',
          requester_id: 'text notnull ref users.id',
          unit_id: 'text',
          asset_id: 'text',
          asset_class: 'text',
          approval_required: 'integer notnull',
          status: 'text notnull',
          current_step: 'integer notnull default 0',
          version: 'integer notnull default 1',
          field_values: 'text notnull',
          definition: 'text notnull',
          clause_path: 'text',
          due_on: 'text',
          returned_at: 'text',
          step_started_at: 'text notnull',
          escalated_step: 'integer',
          last_reminder_on: 'text',
          submitted_at: 'text notnull',
          decided_at: 'text',
          closed_at: 'text',
          '$index requests_org_status': 'organization_id status',
          '$index requests_requester': 'organization_id requester_id',
        },
        request_decisions: {
          id: 'text pk',
          organization_id: 'text org',
          request_id: 'text notnull ref requests.id',
          step: 'integer notnull',
          user_id: 'text notnull',
          user_label: 'text notnull',
          function_key: 'text notnull',
          acting: 'integer notnull',
          decision: 'text notnull',
          comment: 'text',
          decided_at: 'text notnull',
          '$unique request_decisions_once': 'request_id step user_id',
        },
        request_confirmations: {
          id: 'text pk',
          organization_id: 'text org',
          request_id: 'text notnull ref requests.id',
          user_id: 'text notnull',
          user_label: 'text notnull',
          note: 'text',
          confirmed_at: 'text notnull',
          '$unique request_confirmations_once': 'request_id user_id',
        },
        request_records: {
          id: 'text pk',
          organization_id: 'text org',
          request_id: 'text notnull ref requests.id',
          kind: 'text notnull',
          occurred_on: 'text notnull',
          person_id: 'text notnull',
          person_label: 'text notnull',
          unit_name: 'text',
          asset_id: 'text',
          asset_class: 'text',
          approvers: 'text',
          approved_on: 'text',
          due_on: 'text',
          returned_at: 'text',
          confirmers: 'text',
          fields: 'text notnull',
          created_at: 'text notnull',
          '$index request_records_kind': 'organization_id kind occurred_on',
        },
      });
    },
  },
  {
    // Take-outs still out (dashboard count, reminder sweep): the rows carry the type definition as JSON, so
    // reading due_on from each approved request walked its overflow pages (0.5 s per count at 50,000
    // requests). A small covering index over the ones not yet returned answers from the index alone.
    name: '0403_requests_out_index',
    async up(db) {
      await alterTables(db, {
        requests: {
          '$index requests_out': 'organization_id status due_on where returned_at is null',
        },
      });
    },
  },
  {
    // Each body prints its 記録簿 the way its paper book is laid out: which columns, in which order, under
    // which headings, with its own title and sign-off boxes.
    name: '0410_requests_record_layouts',
    async up(db) {
      await createTables(db, {
        record_layouts: {
          organization_id: 'text org',
          kind: 'text notnull',
          title: 'text',
          columns: 'text notnull',
          stamps: 'text notnull',
          updated_by: 'text ref users.id',
          updated_at: 'text notnull',
          $pk: 'organization_id kind',
        },
      });
    },
  },
  {
    // The approver inbox read every pending request with its frozen definition to find whose turn it was
    // (1.1–1.7 s with 30,000 pending). Whom a request waits for is now a column, indexed for grouping
    // (counts) and for paging in submission order.
    name: '0420_requests_waiting_key',
    async up(db) {
      await alterTables(db, {
        requests: {
          waiting_key: 'text',
        },
      });
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
      await alterTables(db, {
        requests: {
          '$index requests_waiting':
            'organization_id waiting_key submitted_at id requester_id current_step where waiting_key is not null',
        },
      });
    },
  },
  {
    // 受付番号: a serial per organization and 年度, kept on the request; the requests filed before it are
    // numbered in the order they were filed, and each body's counter starts after the last of them.
    name: '0430_requests_reference',
    async up(db) {
      await alterTables(db, { requests: { fiscal_year: 'integer', serial: 'integer' } });
      await createTables(db, {
        request_serials: {
          organization_id: 'text org',
          fiscal_year: 'integer notnull',
          last_serial: 'integer notnull',
          $pk: 'organization_id fiscal_year',
        },
      });
      await numberExisting(db);
      await alterTables(db, {
        requests: { '$index requests_reference': 'unique organization_id fiscal_year serial' },
      });
    },
  },
];
