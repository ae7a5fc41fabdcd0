import type { ModuleMigration } from '../../db/migration.ts';
import { documentKindCode } from './document-kinds.ts';

/** Schema of policy documents, versions, clauses, obligations, decisions, acknowledgements and reviews. */
export const policyMigrations: ModuleMigration[] = [
  {
    name: '0200_policy_init',
    async up(db) {
      const org = (c: import('kysely').ColumnDefinitionBuilder) => c.notNull().references('organizations.id');
      await db.schema
        .createTable('policy_documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('kinds', 'text', (c) => c.notNull())
        .addColumn('visibility', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('policy_documents_org')
        .on('policy_documents')
        .column('organization_id')
        .execute();
      await db.schema
        .createTable('policy_versions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('document_id', 'text', (c) => c.notNull().references('policy_documents.id'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('source_file_name', 'text')
        .addColumn('source_format', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('analysis', 'text', (c) => c.notNull())
        .addColumn('enacted_on', 'text')
        .addColumn('effective_on', 'text')
        .addColumn('amended_on', 'text', (c) => c.notNull())
        .addColumn('warning_count', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('imported_by', 'text', (c) => c.references('users.id'))
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addColumn('in_force_at', 'text')
        .addUniqueConstraint('policy_versions_doc_number', ['document_id', 'number'])
        .execute();
      await db.schema
        .createIndex('policy_versions_org')
        .on('policy_versions')
        .columns(['organization_id', 'document_id'])
        .execute();
      await db.schema
        .createTable('policy_clauses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('version_id', 'text', (c) => c.notNull().references('policy_versions.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('depth', 'integer', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('policy_clauses_version')
        .on('policy_clauses')
        .columns(['version_id', 'seq'])
        .execute();
      await db.schema
        .createIndex('policy_clauses_path')
        .on('policy_clauses')
        .columns(['organization_id', 'path'])
        .execute();
      await db.schema
        .createTable('policy_obligations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('version_id', 'text', (c) => c.notNull().references('policy_versions.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('modality', 'text', (c) => c.notNull())
        .addColumn('actors', 'text', (c) => c.notNull())
        .addColumn('approver', 'text')
        .addColumn('topic', 'text')
        .addColumn('levels', 'text')
        .addColumn('list', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('policy_obligations_version')
        .on('policy_obligations')
        .columns(['version_id', 'seq'])
        .execute();
      await db.schema
        .createTable('policy_proposal_decisions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('version_id', 'text', (c) => c.notNull().references('policy_versions.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('clause_path', 'text')
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('record_type', 'text')
        .addColumn('record_id', 'text')
        .addColumn('decided_by', 'text', (c) => c.references('users.id'))
        .addColumn('decided_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('policy_decisions_once', ['version_id', 'kind', 'key'])
        .execute();
      await db.schema
        .createIndex('policy_decisions_clause')
        .on('policy_proposal_decisions')
        .columns(['organization_id', 'clause_path'])
        .execute();
      await db.schema
        .createTable('policy_acknowledgements')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('version_id', 'text', (c) => c.notNull().references('policy_versions.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('acknowledged_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('policy_ack_once', ['version_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('policy_reviews')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('document_id', 'text', (c) => c.notNull().references('policy_documents.id'))
        .addColumn('trigger', 'text', (c) => c.notNull())
        .addColumn('fiscal_year', 'integer')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('inputs', 'text', (c) => c.notNull())
        .addColumn('source_type', 'text')
        .addColumn('source_id', 'text')
        .addColumn('due_on', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text')
        .addColumn('outcome_reason', 'text')
        .addColumn('new_version_id', 'text', (c) => c.references('policy_versions.id'))
        .addColumn('opened_by', 'text', (c) => c.references('users.id'))
        .addColumn('opened_at', 'text', (c) => c.notNull())
        .addColumn('closed_by', 'text', (c) => c.references('users.id'))
        .addColumn('closed_at', 'text')
        .execute();
      await db.schema
        .createIndex('policy_reviews_org')
        .on('policy_reviews')
        .columns(['organization_id', 'status'])
        .execute();
    },
  },
  {
    name: '0210_policy_corrections',
    async up(db) {
      await db.schema
        .createTable('policy_corrections')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('version_id', 'text', (c) => c.notNull().references('policy_versions.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('clause_path', 'text')
        .addColumn('anchor', 'text')
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('carried_from', 'text')
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('policy_corrections_version')
        .on('policy_corrections')
        .columns(['organization_id', 'version_id', 'seq'])
        .execute();
    },
  },
  {
    // The kinds of a document were stored as their Japanese words (基本方針 …); they become codes.
    name: '0220_policy_document_kind_codes',
    async up(db) {
      const docs: { id: string; kinds: string }[] = await db
        .selectFrom('policy_documents')
        .select(['id', 'kinds'])
        .execute();
      for (const d of docs) {
        const kinds = (JSON.parse(d.kinds) as string[]).map(documentKindCode);
        const stored = JSON.stringify(kinds);
        if (stored !== d.kinds)
          await db.updateTable('policy_documents').set({ kinds: stored }).where('id', '=', d.id).execute();
      }
    },
  },
];
