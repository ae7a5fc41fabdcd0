import type { ModuleMigration } from '../../db/migration.ts';
import { alterTables, createTables } from '../../db/tables.ts';
import { documentKindCode } from './document-kinds.ts';

/** Schema of policy documents, versions, clauses, obligations, decisions, acknowledgements and reviews. */
export const policyMigrations: ModuleMigration[] = [
  {
    name: '0200_policy_init',
    async up(db) {
      await createTables(db, {
        policy_documents: {
          id: 'text pk',
          organization_id: 'text org',
          title: 'text notnull',
          kinds: 'text notnull',
          visibility: 'text notnull',
          created_at: 'text notnull',
          updated_at: 'text notnull',
          '$index policy_documents_org': 'organization_id',
        },
        policy_versions: {
          id: 'text pk',
          organization_id: 'text org',
          document_id: 'text notnull ref policy_documents.id',
          number: 'integer notnull',
          source_file_name: 'text',
          source_format: 'text notnull',
          text: 'text notnull',
          analysis: 'text notnull',
          enacted_on: 'text',
          effective_on: 'text',
          amended_on: 'text notnull',
          warning_count: 'integer notnull',
          status: 'text notnull',
          imported_by: 'text ref users.id',
          imported_at: 'text notnull',
          in_force_at: 'text',
          '$unique policy_versions_doc_number': 'document_id number',
          '$index policy_versions_org': 'organization_id document_id',
        },
        policy_clauses: {
          id: 'text pk',
          organization_id: 'text org',
          version_id: 'text notnull ref policy_versions.id',
          seq: 'integer notnull',
          path: 'text notnull',
          depth: 'integer notnull',
          label: 'text notnull',
          title: 'text',
          text: 'text notnull',
          '$index policy_clauses_version': 'version_id seq',
          '$index policy_clauses_path': 'organization_id path',
        },
        policy_obligations: {
          id: 'text pk',
          organization_id: 'text org',
          version_id: 'text notnull ref policy_versions.id',
          seq: 'integer notnull',
          path: 'text notnull',
          modality: 'text notnull',
          actors: 'text notnull',
          approver: 'text',
          topic: 'text',
          levels: 'text',
          list: 'text',
          text: 'text notnull',
          '$index policy_obligations_version': 'version_id seq',
        },
        policy_proposal_decisions: {
          id: 'text pk',
          organization_id: 'text org',
          version_id: 'text notnull ref policy_versions.id',
          kind: 'text notnull',
          key: 'text notnull',
          title: 'text notnull',
          clause_path: 'text',
          decision: 'text notnull',
          record_type: 'text',
          record_id: 'text',
          decided_by: 'text ref users.id',
          decided_at: 'text notnull',
          '$unique policy_decisions_once': 'version_id kind key',
          '$index policy_decisions_clause': 'organization_id clause_path',
        },
        policy_acknowledgements: {
          id: 'text pk',
          organization_id: 'text org',
          version_id: 'text notnull ref policy_versions.id',
          user_id: 'text notnull ref users.id',
          acknowledged_at: 'text notnull',
          '$unique policy_ack_once': 'version_id user_id',
        },
        policy_reviews: {
          id: 'text pk',
          organization_id: 'text org',
          document_id: 'text notnull ref policy_documents.id',
          trigger: 'text notnull',
          fiscal_year: 'integer',
          reason: 'text notnull',
          inputs: 'text notnull',
          source_type: 'text',
          source_id: 'text',
          due_on: 'text',
          status: 'text notnull',
          outcome: 'text',
          outcome_reason: 'text',
          new_version_id: 'text ref policy_versions.id',
          opened_by: 'text ref users.id',
          opened_at: 'text notnull',
          closed_by: 'text ref users.id',
          closed_at: 'text',
          '$index policy_reviews_org': 'organization_id status',
        },
      });
    },
  },
  {
    name: '0210_policy_corrections',
    async up(db) {
      await createTables(db, {
        policy_corrections: {
          id: 'text pk',
          organization_id: 'text org',
          version_id: 'text notnull ref policy_versions.id',
          seq: 'integer notnull',
          kind: 'text notnull',
          clause_path: 'text',
          anchor: 'text',
          target: 'text notnull',
          value: 'text notnull',
          carried_from: 'text',
          created_by: 'text ref users.id',
          created_at: 'text notnull',
          '$index policy_corrections_version': 'organization_id version_id seq',
        },
      });
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
  {
    // The approvers an obligation chooses by the asset's level (機密性3 → 責任者 / 機密性2 → 管理者), kept with its row
    // so that the clause's links say who approves which level, not every approver as one list.
    name: '0230_policy_obligation_levels',
    async up(db) {
      await alterTables(db, { policy_obligations: { approver_by_level: 'text' } });
    },
  },
];
