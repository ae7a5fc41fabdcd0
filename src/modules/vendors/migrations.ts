import type { ModuleMigration } from '../../db/migration.ts';
import { createRegisterTable } from '../systems/index.ts';
import { lawKindOptions } from './law-kinds.ts';

/** Schema of vendors, contracts and their clause list, cloud services, social media accounts and laws. */
export const vendorsMigrations: ModuleMigration[] = [
  {
    name: '0340_vendors_init',
    async up(db) {
      await createRegisterTable(db, 'vendors', (t) =>
        t
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('address', 'text')
          .addColumn('contact', 'text')
          .addColumn('certifications', 'text', (c) => c.notNull())
          .addColumn('audit_status', 'text', (c) => c.notNull())
          .addColumn('last_audited_on', 'text')
          .addColumn('notes', 'text'),
      );
      await createRegisterTable(db, 'vendor_contracts', (t) =>
        t
          .addColumn('vendor_id', 'text', (c) => c.notNull().references('vendors.id'))
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('signed_on', 'text')
          .addColumn('ends_on', 'text')
          .addColumn('subcontracting', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('next_review_on', 'text')
          .addColumn('clauses', 'text', (c) => c.notNull())
          .addColumn('clause_path', 'text')
          .addColumn('notes', 'text'),
      );
      await db.schema
        .createTable('contract_clause_lists')
        .addColumn('organization_id', 'text', (c) => c.primaryKey().references('organizations.id'))
        .addColumn('clauses', 'text', (c) => c.notNull())
        .addColumn('clause_path', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await createRegisterTable(db, 'cloud_services', (t) =>
        t
          .addColumn('service', 'text', (c) => c.notNull())
          .addColumn('provider', 'text')
          .addColumn('vendor_id', 'text', (c) => c.references('vendors.id'))
          .addColumn('info_classes', 'text', (c) => c.notNull())
          .addColumn('ismap', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('certifications', 'text')
          .addColumn('evaluation', 'text')
          .addColumn('evaluated_on', 'text')
          .addColumn('approved_by', 'text')
          .addColumn('approval_ref', 'text')
          .addColumn('notes', 'text'),
      );
      await createRegisterTable(db, 'social_accounts', (t) =>
        t
          .addColumn('service', 'text', (c) => c.notNull())
          .addColumn('account', 'text', (c) => c.notNull())
          .addColumn('responsible_user_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('publishable', 'text')
          .addColumn('procedure_ref', 'text')
          .addColumn('notes', 'text'),
      );
      await createRegisterTable(db, 'laws', (t) =>
        t
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('number', 'text')
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('clause_path', 'text')
          .addColumn('notes', 'text'),
      );
    },
  },
  {
    // Kinds of law were stored as their Japanese words; they become codes (the words are the sheet's).
    name: '0341_vendors_law_kind_codes',
    async up(db) {
      for (const o of lawKindOptions)
        await db.updateTable('laws').set({ kind: o.value }).where('kind', '=', o.labels[0]).execute();
    },
  },
];
