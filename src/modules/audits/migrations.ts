import type { ModuleMigration } from '../../db/migration.ts';
import { createTables } from '../../db/tables.ts';

/** Schema of audit plans, auditors, findings and their responses. */
export const auditsMigrations: ModuleMigration[] = [
  {
    name: '0610_audits_init',
    async up(db) {
      await createTables(db, {
        audit_plans: {
          id: 'text pk',
          organization_id: 'text org',
          kind: 'text notnull',
          audit_type: 'text notnull',
          title: 'text notnull',
          fiscal_year: 'integer notnull',
          to_year: 'integer',
          parent_id: 'text ref audit_plans.id',
          purpose: 'text notnull',
          scope_units: 'text notnull',
          scope_systems: 'text notnull',
          timing: 'text notnull',
          structure: 'text notnull',
          criteria: 'text notnull',
          auditor_org: 'text',
          ordered_by: 'text ref users.id',
          status: 'text notnull',
          created_by: 'text ref users.id',
          created_at: 'text notnull',
          reported_at: 'text',
          '$index audit_plans_org': 'organization_id fiscal_year',
        },
        audit_auditors: {
          id: 'text pk',
          organization_id: 'text org',
          plan_id: 'text notnull ref audit_plans.id',
          user_id: 'text notnull ref users.id',
          lead: 'integer notnull',
          created_at: 'text notnull',
          '$unique audit_auditors_once': 'plan_id user_id',
        },
        audit_findings: {
          id: 'text pk',
          organization_id: 'text org',
          plan_id: 'text notnull ref audit_plans.id',
          severity: 'text notnull',
          clause_path: 'text',
          unit_id: 'text ref units.id',
          system_id: 'text ref information_systems.id',
          title: 'text notnull',
          detail: 'text notnull',
          status: 'text notnull',
          due_on: 'text',
          created_by: 'text ref users.id',
          created_at: 'text notnull',
          closed_at: 'text',
          closed_by: 'text ref users.id',
          '$index audit_findings_plan': 'plan_id',
        },
        audit_finding_responses: {
          id: 'text pk',
          organization_id: 'text org',
          finding_id: 'text notnull ref audit_findings.id',
          kind: 'text notnull',
          body: 'text notnull',
          by_user: 'text ref users.id',
          created_at: 'text notnull',
        },
      });
    },
  },
];
