/**
 * What a hosting administrator may do in a body they visit (their session acts in it, `sessions.ts`):
 * read its log always, and set it up only until it has an administrator of its own. While setting it
 * up they may give people set-up functions only (the founder role's: those the catalogue marks `setup`
 * and the register's, for its first entries), so the people they create — whose one-time passwords they
 * hand over — cannot hold more than that through them: the body's own administrator gives the rest.
 */
import type { Kysely } from 'kysely';
import { rowWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { setupFunctions } from './founder.ts';
import { allFunctions } from './functions.ts';

/**
 * Refuses (403, naming them) giving people functions beyond set-up when the actor is not a person of
 * the body (a hosting administrator acting in it). Called by `assignRole` and by `setRoleFunctions` for a
 * role someone holds, so every way of giving a role (form, appointment, directory review) passes it.
 */
export async function refuseHostBeyondSetup(trx: Kysely<DB>, actor: Actor, keys: string[]): Promise<void> {
  if (!actor.userId || !keys.length) return;
  const user = await rowWhere(trx, 'users', { id: actor.userId }, ['organization_id']);
  if (!user || user.organization_id === actor.organizationId) return;
  // What setting a body up takes — the founder role's functions (`founder.ts`), nothing more.
  const setup = new Set(setupFunctions());
  const beyond = allFunctions().filter((f) => keys.includes(f.key) && !setup.has(f.key));
  if (beyond.length)
    throw new AppError('org.host_setup_only', 403, {
      functions: beyond.map((f) => f.ja).join('、'),
      'functions@en': beyond.map((f) => f.en).join(', '),
    });
}

/** Whether a role has anyone holding it (an assignment not ended). */
export async function roleHasHolders(
  trx: Kysely<DB>,
  organizationId: string,
  roleId: string,
): Promise<boolean> {
  const row = await trx
    .selectFrom('role_assignments')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('role_id', '=', roleId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return !!row;
}
