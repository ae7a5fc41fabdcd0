/** Writes on sessions: signing out, and a system administrator acting in (or creating) an organization. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { transactional } from '../../db/transactional.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { notFound } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { recordAudit } from '../audit/index.ts';
import { createOrganization, grantFounder } from '../org/index.ts';
import { auditOwnAccount, homeActor } from './guard.ts';
import { hostedOrganization } from './queries.ts';

/** Ends this session (`everywhere`: every session of the caller), audited with how many ended. */
export const signOut = transactional(async (trx, auth: AuthContext, actor: Actor, everywhere: boolean) => {
  const r = await (everywhere
    ? trx.deleteFrom('sessions').where('user_id', '=', auth.userId)
    : trx.deleteFrom('sessions').where('id', '=', auth.sessionId)
  ).executeTakeFirst();
  await auditOwnAccount(trx, auth, actor, 'accounts.signed_out', {
    everywhere,
    sessions: everywhere ? Number(r.numDeletedRows) : 1,
  });
});

/**
 * Points the session at `org` (its home organization: acting there again) and records the switch in the
 * home organization's log and, when it is another, in that organization's too.
 */
async function actIn(
  trx: Kysely<DB>,
  auth: AuthContext,
  actor: Actor,
  org: { id: string; code: string },
): Promise<void> {
  const home = org.id === auth.homeOrganizationId;
  await trx
    .updateTable('sessions')
    .set({ acting_organization_id: home ? null : org.id })
    .where('id', '=', auth.sessionId)
    .execute();
  const target = { type: 'organization', id: org.id };
  await recordAudit(trx, homeActor(auth, actor), 'accounts.organization_switched', target, { to: org.code });
  if (!home)
    await recordAudit(trx, { ...actor, organizationId: org.id }, 'accounts.organization_switched', target, {
      to: org.code,
    });
}

/** Acts in another hosted organization (system administrators). */
export const switchOrganization = transactional(
  async (trx, auth: AuthContext, actor: Actor, organizationId: string) => {
    const org = await hostedOrganization(trx, organizationId);
    if (!org) throw notFound('organization');
    await actIn(trx, auth, actor, org);
  },
);

/**
 * Creates an organization whose first administrator is the creator, with every set-up function
 * (audited); `switchTo` moves the creator's session into it at once (the guided set-up does).
 */
export const createHostedOrganization = transactional(
  async (trx, auth: AuthContext, actor: Actor, body: { code: string; name: string; switchTo: boolean }) => {
    const orgId = await createOrganization(trx, homeActor(auth, actor), { code: body.code, name: body.name });
    await grantFounder(trx, { ...actor, organizationId: orgId }, auth.userId, auth.loginId);
    if (body.switchTo) await actIn(trx, auth, actor, { id: orgId, code: body.code });
    return orgId;
  },
);
