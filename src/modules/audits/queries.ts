/** Reads of audit plans. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { plansAuditedBy, READ_FNS } from './access.ts';

/** The plans the caller may read: all of them with a reading function, else the plans they audit. */
export async function listPlans(db: Kysely<DB>, auth: AuthContext) {
  const all = READ_FNS.some((f) => auth.functions.has(f));
  const own = all ? [] : await plansAuditedBy(db, auth.organizationId, auth.userId);
  return db
    .selectFrom('audit_plans')
    .select([
      'id',
      'kind',
      'audit_type as auditType',
      'title',
      'fiscal_year as fiscalYear',
      'to_year as toYear',
      'status',
      'parent_id as parentId',
    ])
    .where('organization_id', '=', auth.organizationId)
    .$if(!all, (q) => q.where('id', 'in', own.length ? own : ['']))
    .orderBy('fiscal_year', 'desc')
    .execute();
}
