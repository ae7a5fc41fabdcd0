import { transactional } from '../../db/transactional.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { warnDaysOf } from './queries.ts';

/** Sets how many days before the end of support software is warned of, audited with the value before. */
export const setWarnDays = transactional(async (trx, actor: Actor, warnDays: number): Promise<void> => {
  const org = actor.organizationId;
  const before = await warnDaysOf(trx, org);
  await trx
    .insertInto('software_settings')
    .values({ organization_id: org, warn_days: warnDays, updated_at: nowIso() })
    .onConflict((oc) =>
      oc.column('organization_id').doUpdateSet({ warn_days: warnDays, updated_at: nowIso() }),
    )
    .execute();
  await recordAudit(
    trx,
    actor,
    'software.settings_changed',
    { type: 'software_settings', id: org },
    { warnDays: { before, after: warnDays } },
  );
});
