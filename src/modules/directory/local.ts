/** People kept local (break-glass): never signed in or synced by a directory. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { transactional } from '../../db/transactional.ts';
import { conflict } from '../../http/errors.ts';
import { findInOrg } from '../../http/find.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';

/** Marks a person local or not (never oneself); their sessions end either way, audited. */
export const keepLocal = transactional(
  async (trx: Kysely<DB>, actor: Actor, userId: string, local: boolean): Promise<void> => {
    const user = await findInOrg(trx, 'users', actor.organizationId, userId, 'users');
    if (user.id === actor.userId) throw conflict('directory.cannot_mark_self');
    await trx.deleteFrom('directory_accounts').where('user_id', '=', user.id).execute();
    if (local) {
      await trx
        .insertInto('directory_accounts')
        .values({
          user_id: user.id,
          organization_id: actor.organizationId,
          source: 'local',
          external_id: null,
          dn: null,
          directory_login: null,
          groups: '[]',
          suspended_by_sync: 0,
          last_seen_at: null,
          created_at: nowIso(),
        })
        .execute();
    }
    // Whichever way it goes, sessions started under the old rule end.
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    await recordAudit(
      trx,
      actor,
      'directory.account_local',
      { type: 'user', id: user.id },
      {
        loginId: user.login_id,
        local,
      },
    );
  },
);
