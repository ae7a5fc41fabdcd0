import type { ColumnDefinitionBuilder } from 'kysely';
import type { ModuleMigration } from '../../db/migration.ts';

const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organizations.id');

/** Schema of audit plans, auditors, findings and their responses. */
export const auditsMigrations: ModuleMigration[] = [
  {
    name: '0610_audits_init',
    async up(db) {
      await db.schema
        .createTable('audit_plans')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('audit_type', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('fiscal_year', 'integer', (c) => c.notNull())
        .addColumn('to_year', 'integer')
        .addColumn('parent_id', 'text', (c) => c.references('audit_plans.id'))
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('scope_units', 'text', (c) => c.notNull())
        .addColumn('scope_systems', 'text', (c) => c.notNull())
        .addColumn('timing', 'text', (c) => c.notNull())
        .addColumn('structure', 'text', (c) => c.notNull())
        .addColumn('criteria', 'text', (c) => c.notNull())
        .addColumn('auditor_org', 'text')
        .addColumn('ordered_by', 'text', (c) => c.references('users.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('reported_at', 'text')
        .execute();
      await db.schema
        .createIndex('audit_plans_org')
        .on('audit_plans')
        .columns(['organization_id', 'fiscal_year'])
        .execute();
      await db.schema
        .createTable('audit_auditors')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('plan_id', 'text', (c) => c.notNull().references('audit_plans.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('lead', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('audit_auditors_once', ['plan_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('audit_findings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('plan_id', 'text', (c) => c.notNull().references('audit_plans.id'))
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('clause_path', 'text')
        .addColumn('unit_id', 'text', (c) => c.references('units.id'))
        .addColumn('system_id', 'text', (c) => c.references('information_systems.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text')
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text', (c) => c.references('users.id'))
        .execute();
      await db.schema.createIndex('audit_findings_plan').on('audit_findings').columns(['plan_id']).execute();
      await db.schema
        .createTable('audit_finding_responses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('finding_id', 'text', (c) => c.notNull().references('audit_findings.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('by_user', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
];
