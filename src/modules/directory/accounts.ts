import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { createUnit, createUser } from '../org/index.ts';
import './events.ts';
import { loginKey } from '../../shared/login-id.ts';

/** A person as a directory describes them, already mapped to mamori's fields. */
export interface MappedPerson {
  source: 'ldap' | 'oidc';
  externalId: string;
  /** What the person types at the directory. */
  login: string;
  /** The mamori login ID (the directory's, with the organization's suffix). */
  loginId: string;
  displayName: string;
  email: string | null;
  unit: string | null;
  post: string | null;
  dn: string | null;
  groups: string[];
}

/** The mamori login ID of a directory login: the organization's suffix added once. */
export function mamoriLoginId(login: string, suffix: string): string {
  const id = login.trim().slice(0, 100 - suffix.length);
  return suffix && !id.toLowerCase().endsWith(suffix.toLowerCase()) ? `${id}${suffix}` : id;
}

/** The active unit with this name, created when the body allows it; null when there is none. */
export async function resolveUnit(
  trx: Kysely<DB>,
  actor: Actor,
  name: string | null,
  create: boolean,
): Promise<string | null> {
  if (!name) return null;
  const unit = await trx
    .selectFrom('units')
    .select('id')
    .where('organization_id', '=', actor.organizationId)
    .where('name', '=', name)
    .where('active', '=', 1)
    .orderBy('sort_order')
    .executeTakeFirst();
  if (unit) return unit.id;
  if (!create) return null;
  return createUnit(trx, actor, { name: name.slice(0, 200), kind: 'unit' });
}

/** The row that ties a person to their directory entry. */
async function insertAccount(trx: Kysely<DB>, organizationId: string, userId: string, p: MappedPerson) {
  await trx
    .insertInto('directory_accounts')
    .values({
      user_id: userId,
      organization_id: organizationId,
      source: p.source,
      external_id: p.externalId,
      dn: p.dn,
      directory_login: p.login,
      groups: JSON.stringify(p.groups),
      suspended_by_sync: 0,
      last_seen_at: nowIso(),
      created_at: nowIso(),
    })
    .execute();
}

/** Records which directory entry a person is, and forgets any local password (the directory decides now). */
export async function linkAccount(
  trx: Kysely<DB>,
  actor: Actor,
  userId: string,
  p: MappedPerson,
  how: 'sign_in' | 'sync',
): Promise<void> {
  await insertAccount(trx, actor.organizationId, userId, p);
  await trx.deleteFrom('passwords').where('user_id', '=', userId).execute();
  await recordAudit(
    trx,
    actor,
    'directory.account_linked',
    { type: 'user', id: userId },
    { loginId: p.loginId, source: p.source, how },
  );
}

/** Adds a person from the directory with unit and post (no local password: the directory checks it). */
export async function addFromDirectory(
  trx: Kysely<DB>,
  actor: Actor,
  p: MappedPerson,
  opts: { createUnits: boolean; how: 'sign_in' | 'sync' },
): Promise<string> {
  const unitId = await resolveUnit(trx, actor, p.unit, opts.createUnits);
  const id = await createUser(trx, actor, {
    loginId: p.loginId,
    displayName: p.displayName.slice(0, 200),
    email: p.email?.slice(0, 254) ?? null,
    unitId,
    post: p.post?.slice(0, 100) ?? null,
  });
  await insertAccount(trx, actor.organizationId, id, p);
  await recordAudit(
    trx,
    actor,
    'directory.account_created',
    { type: 'user', id },
    { loginId: p.loginId, source: p.source, how: opts.how, unit: unitId ? p.unit : null, post: p.post },
  );
  return id;
}

export type AccountOutcome =
  | { ok: true; userId: string; status: string; created: boolean }
  | { ok: false; reason: 'no_account' | 'login_id_taken' | 'local' | 'other_entry' };

/**
 * The mamori account of a person the directory just vouched for: the linked one, else an unlinked
 * account of the organization with the same login ID (linked now), else a new one when allowed.
 * An account marked local (break-glass) is never taken over by a directory.
 */
export async function accountAtSignIn(
  trx: Kysely<DB>,
  actor: Actor,
  p: MappedPerson,
  opts: { create: boolean; link: boolean; createUnits: boolean },
): Promise<AccountOutcome> {
  const org = actor.organizationId;
  const linked = await trx
    .selectFrom('directory_accounts as d')
    .innerJoin('users as u', 'u.id', 'd.user_id')
    .select(['u.id', 'u.status'])
    .where('d.organization_id', '=', org)
    .where('d.source', '=', p.source)
    .where('d.external_id', '=', p.externalId)
    .executeTakeFirst();
  if (linked) {
    await trx
      .updateTable('directory_accounts')
      .set({ dn: p.dn, directory_login: p.login, groups: JSON.stringify(p.groups), last_seen_at: nowIso() })
      .where('user_id', '=', linked.id)
      .execute();
    // Whatever put a password on a directory account, it is never used: drop it.
    await trx.deleteFrom('passwords').where('user_id', '=', linked.id).execute();
    return { ok: true, userId: linked.id, status: linked.status, created: false };
  }
  const same = await trx
    .selectFrom('users as u')
    .leftJoin('directory_accounts as d', 'd.user_id', 'u.id')
    .select(['u.id', 'u.organization_id', 'u.status', 'd.source'])
    .where('u.login_key', '=', loginKey(p.loginId))
    .executeTakeFirst();
  if (same) {
    if (same.organization_id !== org) return { ok: false, reason: 'login_id_taken' };
    if (same.source === 'local') return { ok: false, reason: 'local' };
    // Active Directory synced to Entra ID: the sync keeps the account (LDAP), the provider signs the
    // same person in. Its login ID (the UPN on both sides) is the link; the account stays the sync's.
    if (same.source === 'ldap' && p.source === 'oidc' && opts.link)
      return { ok: true, userId: same.id, status: same.status, created: false };
    if (same.source) return { ok: false, reason: 'other_entry' };
    if (!opts.link) return { ok: false, reason: 'no_account' };
    await linkAccount(trx, actor, same.id, p, 'sign_in');
    return { ok: true, userId: same.id, status: same.status, created: false };
  }
  if (!opts.create) return { ok: false, reason: 'no_account' };
  const id = await addFromDirectory(trx, actor, p, { createUnits: opts.createUnits, how: 'sign_in' });
  return { ok: true, userId: id, status: 'active', created: true };
}
