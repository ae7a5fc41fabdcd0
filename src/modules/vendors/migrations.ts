import type { ModuleMigration } from '../../db/migration.ts';
import { createTables } from '../../db/tables.ts';
import { createRegisterTable } from '../systems/index.ts';
import { lawKindOptions } from './law-kinds.ts';

/** Schema of vendors, contracts and their clause list, cloud services, social media accounts and laws. */
export const vendorsMigrations: ModuleMigration[] = [
  {
    name: '0340_vendors_init',
    async up(db) {
      await createRegisterTable(db, 'vendors', {
        name: 'text notnull',
        address: 'text',
        contact: 'text',
        certifications: 'text notnull',
        audit_status: 'text notnull',
        last_audited_on: 'text',
        notes: 'text',
      });
      await createRegisterTable(db, 'vendor_contracts', {
        vendor_id: 'text notnull ref vendors.id',
        title: 'text notnull',
        signed_on: 'text',
        ends_on: 'text',
        subcontracting: 'integer notnull default 0',
        next_review_on: 'text',
        clauses: 'text notnull',
        clause_path: 'text',
        notes: 'text',
      });
      await createTables(db, {
        contract_clause_lists: {
          organization_id: 'text pk ref organizations.id',
          clauses: 'text notnull',
          clause_path: 'text',
          source: 'text notnull',
          updated_at: 'text notnull',
        },
      });
      await createRegisterTable(db, 'cloud_services', {
        service: 'text notnull',
        provider: 'text',
        vendor_id: 'text ref vendors.id',
        info_classes: 'text notnull',
        ismap: 'integer notnull default 0',
        certifications: 'text',
        evaluation: 'text',
        evaluated_on: 'text',
        approved_by: 'text',
        approval_ref: 'text',
        notes: 'text',
      });
      await createRegisterTable(db, 'social_accounts', {
        service: 'text notnull',
        account: 'text notnull',
        responsible_user_id: 'text notnull ref users.id',
        publishable: 'text',
        procedure_ref: 'text',
        notes: 'text',
      });
      await createRegisterTable(db, 'laws', {
        name: 'text notnull',
        number: 'text',
        kind: 'text notnull',
        clause_path: 'text',
        notes: 'text',
      });
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
