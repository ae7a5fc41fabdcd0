import type { ColumnDefinitionBuilder } from 'kysely';
import type { ModuleMigration } from '../../db/migration.ts';

const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organizations.id');

/** Schema of self-assessment campaigns, items, responses, evidence, measures, catalogue and vendor reviews. */
export const assessmentMigrations: ModuleMigration[] = [
  {
    name: '0600_assessment_init',
    async up(db) {
      await db.schema
        .createTable('assessment_campaigns')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('fiscal_year', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('policy_version_id', 'text', (c) => c.references('policy_versions.id'))
        .addColumn('staff_mode', 'text', (c) => c.notNull())
        .addColumn('sample_size', 'integer')
        .addColumn('due_on', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('notice_id', 'text', (c) => c.references('notices.id'))
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('launched_at', 'text')
        .addColumn('closed_at', 'text')
        .execute();
      await db.schema
        .createIndex('assessment_campaigns_org')
        .on('assessment_campaigns')
        .columns(['organization_id', 'fiscal_year'])
        .execute();
      await db.schema
        .createTable('assessment_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('assessment_campaigns.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('area', 'text', (c) => c.notNull())
        .addColumn('clause_path', 'text')
        .addColumn('source_text', 'text')
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('respondent_kind', 'text', (c) => c.notNull())
        .addColumn('role_ids', 'text', (c) => c.notNull())
        .addColumn('unit_ids', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('assessment_items_campaign')
        .on('assessment_items')
        .columns(['campaign_id', 'seq'])
        .execute();
      await db.schema
        .createTable('assessment_responses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('assessment_campaigns.id'))
        .addColumn('item_id', 'text', (c) => c.notNull().references('assessment_items.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('unit_id', 'text', (c) => c.references('units.id'))
        .addColumn('role_id', 'text', (c) => c.references('roles.id'))
        .addColumn('answer', 'text')
        .addColumn('comment', 'text')
        .addColumn('answered_at', 'text')
        .addColumn('last_reminded_on', 'text')
        .addColumn('escalated_at', 'text')
        .addUniqueConstraint('assessment_responses_once', ['item_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('assessment_responses_user')
        .on('assessment_responses')
        .columns(['organization_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('assessment_responses_campaign')
        .on('assessment_responses')
        .columns(['campaign_id'])
        .execute();
      await db.schema
        .createTable('assessment_evidence')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('response_id', 'text', (c) => c.notNull().references('assessment_responses.id'))
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('added_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('assessment_measures')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('assessment_campaigns.id'))
        .addColumn('item_id', 'text', (c) => c.references('assessment_items.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('owner_user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('result', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('assessment_catalogue')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('policy_version_id', 'text', (c) => c.notNull().references('policy_versions.id'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('clause_path', 'text')
        .addColumn('area', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('assessment_catalogue_key', ['policy_version_id', 'key'])
        .execute();
      await db.schema
        .createTable('vendor_reviews')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('vendor_id', 'text', (c) => c.notNull().references('vendors.id'))
        .addColumn('contract_id', 'text', (c) => c.references('vendor_contracts.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('reviewed_on', 'text', (c) => c.notNull())
        .addColumn('checklist', 'text', (c) => c.notNull())
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('next_review_on', 'text')
        .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('vendor_review_reminders')
        .addColumn('organization_id', 'text', org)
        .addColumn('contract_id', 'text', (c) => c.notNull().references('vendor_contracts.id'))
        .addColumn('reminded_for', 'text', (c) => c.notNull())
        .addColumn('reminded_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('vendor_review_reminders_pk', ['contract_id', 'reminded_for'])
        .execute();
    },
  },
  {
    // A respondent's answers not yet submitted, per person and campaign (a working copy, not a record).
    name: '0640_assessment_drafts',
    async up(db) {
      await db.schema
        .createTable('assessment_drafts')
        .addColumn('organization_id', 'text', org)
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('assessment_campaigns.id'))
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('saved_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('assessment_drafts_pk', ['user_id', 'campaign_id'])
        .execute();
    },
  },
];
