import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict, notFound } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';

/**
 * Removes a sample organization from service: it leaves every list, its people can no longer sign in
 * and their sessions end. Its records and audit chain stay as they were (the log is append-only), so
 * its code and login IDs stay taken and it is not set up again. Audited in the organization's chain and the
 * administrator's. Only samples: a real body's records are never removed from the screen.
 */
export async function removeSampleOrganization(db: Kysely<DB>, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const org = await trx
      .selectFrom('organizations')
      .select(['id', 'code', 'name', 'sample', 'kind'])
      .where('id', '=', id)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (!org || org.kind !== 'body') throw notFound('organization');
    if (!org.sample) throw conflict('org.not_sample', { name: org.name });
    const now = nowIso();
    await trx.updateTable('organizations').set({ removed_at: now }).where('id', '=', id).execute();
    const people = await trx
      .updateTable('users')
      .set({ status: 'suspended' })
      .where('organization_id', '=', id)
      .where('status', '=', 'active')
      .returning('id')
      .execute();
    await trx.deleteFrom('sessions').where('organization_id', '=', id).execute();
    await trx
      .updateTable('sessions')
      .set({ acting_organization_id: null })
      .where('acting_organization_id', '=', id)
      .execute();
    const data = { code: org.code, name: org.name, people: people.length };
    await recordAudit(
      trx,
      { ...actor, organizationId: id },
      'org.organization_removed',
      { type: 'organization', id },
      data,
    );
    await recordAudit(trx, actor, 'org.organization_removed', { type: 'organization', id }, data);
  });
}
