import type { Kysely } from 'kysely';
import { type ModuleMigration, makeAppendOnly } from '../../db/migration.ts';

/** Column list: name, then 'text' | 'integer', then '!' for NOT NULL. */
type Col = [string, 'text' | 'integer', ('!' | '')?];

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
async function table(db: Kysely<any>, name: string, cols: Col[], pk: string[] = ['id']): Promise<void> {
  let b = db.schema.createTable(name);
  for (const [col, type, req] of cols) b = b.addColumn(col, type, (c) => (req === '!' ? c.notNull() : c));
  // biome-ignore lint/suspicious/noExplicitAny: column names are checked at run time by the database
  await b.addPrimaryKeyConstraint(`${name}_pk`, pk as any).execute();
}

const org: Col[] = [
  ['id', 'text', '!'],
  ['organization_id', 'text', '!'],
];

/** Schema of incidents, failures, log reviews, violations, compliance checks and the emergency plan. */
export const incidentMigrations: ModuleMigration[] = [
  {
    name: '0500_incidents_init',
    async up(db, dialect) {
      await table(
        db,
        'incident_settings',
        [
          ['organization_id', 'text', '!'],
          ['chain', 'text', '!'],
          ['head', 'text', '!'],
          ['prompt_report_days', 'integer', '!'],
          ['final_report_days', 'integer', '!'],
          ['final_report_days_unauthorized', 'integer', '!'],
          ['log_retention_days', 'integer', '!'],
          ['updated_at', 'text', '!'],
        ],
        ['organization_id'],
      );
      await table(db, 'incident_types', [
        ...org,
        ['key', 'text', '!'],
        ['name_ja', 'text', '!'],
        ['name_en', 'text', '!'],
        ['steps', 'text', '!'],
        ['clause_path', 'text'],
        ['unauthorized_access', 'integer', '!'],
        ['plan_section', 'text'],
        ['created_at', 'text', '!'],
      ]);
      await db.schema
        .createIndex('incident_types_key')
        .on('incident_types')
        .columns(['organization_id', 'key'])
        .unique()
        .execute();
      await table(db, 'incidents', [
        ...org,
        ['title', 'text', '!'],
        ['description', 'text', '!'],
        ['type_id', 'text', '!'],
        ['found_at', 'text', '!'],
        ['occurred_at', 'text'],
        ['reporter_id', 'text', '!'],
        ['source', 'text', '!'],
        ['source_detail', 'text'],
        ['unit_id', 'text'],
        ['personal_info', 'text', '!'],
        ['minor', 'integer'],
        ['minor_reason', 'text'],
        ['status', 'text', '!'],
        ['asset_ids', 'text', '!'],
        ['system_ids', 'text', '!'],
        ['vendor_ids', 'text', '!'],
        ['clause_paths', 'text', '!'],
        ['cause', 'text'],
        ['closed_at', 'text'],
        ['closed_by', 'text'],
        ['close_note', 'text'],
        ['created_at', 'text', '!'],
      ]);
      await db.schema
        .createIndex('incidents_org')
        .on('incidents')
        .columns(['organization_id', 'found_at'])
        .execute();
      await table(db, 'incident_steps', [
        ...org,
        ['incident_id', 'text', '!'],
        ['position', 'integer', '!'],
        ['kind', 'text', '!'],
        ['function_key', 'text'],
        ['tier', 'integer'],
        ['role_id', 'text'],
        ['user_id', 'text'],
        ['label', 'text', '!'],
        ['skippable', 'integer', '!'],
        ['timeout_hours', 'integer', '!'],
        ['status', 'text', '!'],
        ['notified_at', 'text'],
        ['due_at', 'text'],
        ['acknowledged_at', 'text'],
        ['acknowledged_by', 'text'],
        ['escalated_at', 'text'],
        ['skipped_reason', 'text'],
      ]);
      await db.schema
        .createIndex('incident_steps_due')
        .on('incident_steps')
        .columns(['status', 'due_at'])
        .execute();
      await db.schema
        .createIndex('incident_steps_incident')
        .on('incident_steps')
        .columns(['incident_id', 'position'])
        .execute();
      await table(db, 'incident_timeline', [
        ...org,
        ['incident_id', 'text', '!'],
        ['at', 'text', '!'],
        ['actor_id', 'text'],
        ['actor_label', 'text'],
        ['kind', 'text', '!'],
        ['text', 'text', '!'],
      ]);
      await db.schema
        .createIndex('incident_timeline_incident')
        .on('incident_timeline')
        .column('incident_id')
        .execute();
      await makeAppendOnly(db, dialect, 'incident_timeline');
      await table(db, 'incident_evidence', [
        ...org,
        ['incident_id', 'text', '!'],
        ['file_name', 'text', '!'],
        ['content_type', 'text', '!'],
        ['size', 'integer', '!'],
        ['sha256', 'text', '!'],
        ['content', 'text', '!'],
        ['description', 'text', '!'],
        ['added_by', 'text', '!'],
        ['created_at', 'text', '!'],
      ]);
      await db.schema
        .createIndex('incident_evidence_incident')
        .on('incident_evidence')
        .column('incident_id')
        .execute();
      await makeAppendOnly(db, dialect, 'incident_evidence');
      await table(db, 'incident_actions', [
        ...org,
        ['incident_id', 'text', '!'],
        ['kind', 'text', '!'],
        ['description', 'text', '!'],
        ['owner_id', 'text'],
        ['due_date', 'text'],
        ['status', 'text', '!'],
        ['done_at', 'text'],
        ['done_by', 'text'],
        ['note', 'text'],
        ['created_at', 'text', '!'],
      ]);
      await db.schema
        .createIndex('incident_actions_incident')
        .on('incident_actions')
        .column('incident_id')
        .execute();
      await table(db, 'incident_contacts', [
        ...org,
        ['incident_id', 'text', '!'],
        ['party', 'text', '!'],
        ['party_name', 'text', '!'],
        ['report_kind', 'text', '!'],
        ['sent_at', 'text', '!'],
        ['content', 'text', '!'],
        ['sent_by', 'text', '!'],
        ['created_at', 'text', '!'],
      ]);
      await table(db, 'failures', [
        ...org,
        ['received_at', 'text', '!'],
        ['reporter_id', 'text'],
        ['reporter_name', 'text', '!'],
        ['system_id', 'text'],
        ['system_name', 'text', '!'],
        ['event', 'text', '!'],
        ['handling', 'text'],
        ['result', 'text'],
        ['problems', 'text'],
        ['handler_id', 'text'],
        ['status', 'text', '!'],
        ['created_at', 'text', '!'],
      ]);
      await table(db, 'log_reviews', [
        ...org,
        ['period_from', 'text', '!'],
        ['period_to', 'text', '!'],
        ['target', 'text', '!'],
        ['reviewer_id', 'text', '!'],
        ['reviewed_at', 'text', '!'],
        ['findings', 'text', '!'],
        ['result', 'text', '!'],
        ['created_at', 'text', '!'],
      ]);
      await table(db, 'violations', [
        ...org,
        ['reported_at', 'text', '!'],
        ['reporter_id', 'text', '!'],
        ['subject_user_id', 'text'],
        ['description', 'text', '!'],
        ['clause_path', 'text'],
        ['decision', 'text'],
        ['measures', 'text'],
        ['decided_by', 'text'],
        ['decided_at', 'text'],
        ['suspended_at', 'text'],
        ['suspended_by', 'text'],
        ['head_notified', 'text'],
        ['head_notified_at', 'text'],
        ['status', 'text', '!'],
        ['created_at', 'text', '!'],
      ]);
      await table(db, 'compliance_checks', [
        ...org,
        ['checked_at', 'text', '!'],
        ['checker_id', 'text', '!'],
        ['scope', 'text', '!'],
        ['findings', 'text', '!'],
        ['result', 'text', '!'],
        ['routed_to', 'text', '!'],
        ['acknowledged_by', 'text'],
        ['acknowledged_at', 'text'],
        ['created_at', 'text', '!'],
      ]);
      await table(db, 'emergency_plans', [
        ...org,
        ['version', 'integer', '!'],
        ['title', 'text', '!'],
        ['required', 'text', '!'],
        ['sections', 'text', '!'],
        ['bcp_title', 'text'],
        ['bcp_reference', 'text'],
        ['bcp_checked_at', 'text'],
        ['bcp_checked_by', 'text'],
        ['bcp_note', 'text'],
        ['review_due', 'text'],
        ['created_by', 'text', '!'],
        ['created_at', 'text', '!'],
      ]);
      await db.schema
        .createIndex('emergency_plans_version')
        .on('emergency_plans')
        .columns(['organization_id', 'version'])
        .unique()
        .execute();
      await table(db, 'emergency_plan_triggers', [
        ...org,
        ['reason', 'text', '!'],
        ['review_due', 'text', '!'],
        ['created_by', 'text', '!'],
        ['created_at', 'text', '!'],
      ]);
    },
  },
  {
    name: '0501_incidents_timeline_seq_reinstate',
    async up(db) {
      // Entries written in the same millisecond keep their insertion order by a per-incident sequence.
      await db.schema.alterTable('incident_timeline').addColumn('seq', 'integer').execute();
      for (const col of ['reinstated_at', 'reinstated_by', 'reinstate_reason'])
        await db.schema.alterTable('violations').addColumn(col, 'text').execute();
    },
  },
];
