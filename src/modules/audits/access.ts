/** Who may do what to an audit plan: the module-wide functions, or the auditors appointed to that plan. */
import type { Kysely } from 'kysely';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { forbidden } from '../../http/errors.ts';
import { loadPlan } from './service.ts';

/** Functions that read every plan. */
export const READ_FNS = ['audits.manage', 'audits.respond', 'reports.read'];

/** True when the user is appointed auditor on the plan. */
export async function isAuditorOf(
  db: Kysely<DB>,
  org: string,
  planId: string,
  userId: string,
): Promise<boolean> {
  const row = await rowInOrg(db, 'audit_auditors', org, { plan_id: planId, user_id: userId }, ['id']);
  return Boolean(row);
}

/** Ids of the plans the user is appointed auditor on. */
export async function plansAuditedBy(db: Kysely<DB>, org: string, userId: string): Promise<string[]> {
  const rows = await rowsInOrg(db, 'audit_auditors', org, { user_id: userId }, ['plan_id']);
  return rows.map((r) => r.plan_id);
}

/** Loads a plan the caller may read: by a reading function or as its auditor (403 otherwise, 404 for another organization's). */
export async function planForReader(db: Kysely<DB>, auth: AuthContext, planId: string) {
  const p = await loadPlan(db, auth.organizationId, planId);
  if (READ_FNS.some((f) => auth.functions.has(f))) return p;
  if (await isAuditorOf(db, auth.organizationId, planId, auth.userId)) return p;
  throw forbidden('audits.manage');
}

/** Loads a plan the caller may carry out (findings, follow-up, report, closing): audits.manage or its auditor. */
export async function planForAuditor(db: Kysely<DB>, auth: AuthContext, planId: string) {
  const p = await loadPlan(db, auth.organizationId, planId);
  if (auth.functions.has('audits.manage')) return p;
  if (await isAuditorOf(db, auth.organizationId, planId, auth.userId)) return p;
  throw forbidden('audits.manage');
}

/** What the caller may do on the plan, sent to the screen so it shows only the buttons they may press. */
export async function planAbilities(db: Kysely<DB>, auth: AuthContext, planId: string) {
  const manage = auth.functions.has('audits.manage');
  const auditor = await isAuditorOf(db, auth.organizationId, planId, auth.userId);
  return {
    manage,
    auditor,
    carryOut: manage || auditor,
    respond: auth.functions.has('audits.respond') || manage,
    unitId: auth.unitId,
  };
}
