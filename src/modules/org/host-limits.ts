/**
 * What a hosting administrator may do in a body they visit (their session acts in it, `sessions.ts`):
 * read its log always, and set it up only until it has an administrator of its own. While setting it
 * up they may give people set-up functions only (the catalogue marks them `setup`), so the people they
 * create — whose one-time passwords they hand over — cannot hold more than that through them: the
 * body's own administrator gives the rest.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { AppError } from '../../http/errors.ts';
import { allFunctions } from './functions.ts';

/** True when the caller is a hosting administrator acting in a body. */
export const visitingHost = (auth: AuthContext) =>
  auth.isSystemAdmin && auth.organizationId !== auth.homeOrganizationId;

/** Refuses a visiting hosting administrator giving people functions beyond set-up (403, naming them). */
export function refuseBeyondSetup(auth: AuthContext, keys: string[]): void {
  if (!visitingHost(auth)) return;
  const setup = new Set(
    allFunctions()
      .filter((f) => f.setup)
      .map((f) => f.key),
  );
  const beyond = allFunctions().filter((f) => keys.includes(f.key) && !setup.has(f.key));
  if (beyond.length)
    throw new AppError('org.host_setup_only', 403, { functions: beyond.map((f) => f.ja).join('、') });
}

/** The functions of a role (for checks before it is assigned). */
export async function functionsOfRole(
  db: Kysely<DB>,
  organizationId: string,
  roleId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('role_functions')
    .select('function_key')
    .where('organization_id', '=', organizationId)
    .where('role_id', '=', roleId)
    .execute();
  return rows.map((r) => r.function_key);
}

/** Whether a role has anyone holding it now or later. */
export async function roleHasHolders(
  db: Kysely<DB>,
  organizationId: string,
  roleId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('role_assignments')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('role_id', '=', roleId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return !!row;
}
