/** The required contract clause list set by hand. */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { transactional } from '../../db/transactional.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { effectiveClauseList } from './policySource.ts';
import type { clauseListBody } from './schema.ts';

/** Sets the required contract clauses by hand, audited with the list before. */
export const setClauseList = transactional(
  async (trx: Kysely<DB>, actor: Actor, body: z.output<typeof clauseListBody>): Promise<void> => {
    const before = (await effectiveClauseList(trx, actor.organizationId))?.clauses ?? [];
    const row = {
      clauses: JSON.stringify(body.clauses),
      clause_path: body.clausePath ?? null,
      source: 'manual',
      updated_at: nowIso(),
    };
    await trx
      .insertInto('contract_clause_lists')
      .values({ organization_id: actor.organizationId, ...row })
      .onConflict((oc) => oc.column('organization_id').doUpdateSet(row))
      .execute();
    await recordAudit(
      trx,
      actor,
      'vendors.clause_list_set',
      { type: 'contract_clause_list', id: actor.organizationId },
      {
        source: 'manual',
        clausePath: body.clausePath ?? null,
        before,
        after: body.clauses,
      },
    );
  },
);
