import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { rowWhere, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { loginKey } from '../../shared/login-id.ts';
import { recordAudit } from '../audit/index.ts';
import type { ExternalSignIn, ExternalVerdict } from '../auth/index.ts';
import { takenLoginIds } from '../org/index.ts';
import { accountAtSignIn, type MappedPerson, mamoriLoginId } from './accounts.ts';
import { checkLdapSignIn, type DirectoryPerson, DirectoryUnavailable } from './ldap-client.ts';
import { loadDirectory } from './store.ts';

const LOCAL: ExternalVerdict = { kind: 'local' };
const REJECTED: ExternalVerdict = { kind: 'rejected' };

function actorFor(req: FastifyRequest, organizationId: string, label: string): Actor {
  return { organizationId, userId: null, label, requestId: String(req.id), clientIp: req.ip ?? null };
}

/** Maps a directory entry to mamori's fields. */
export function mapLdapPerson(p: DirectoryPerson, suffix: string): MappedPerson {
  return {
    source: 'ldap',
    externalId: p.externalId,
    login: p.login,
    loginId: mamoriLoginId(p.login, suffix),
    displayName: p.displayName,
    email: p.email,
    unit: p.unit,
    post: p.post,
    dn: p.dn,
    groups: p.groups,
  };
}

/**
 * Password sign-in of directory accounts. Which accounts are the directory's: one linked to LDAP,
 * or, on an organization's own sign-in page (its code sent along), anyone its directory knows.
 * Accounts without a link and accounts marked local (break-glass) keep mamori's own password, so
 * they can sign in while the directory is down; a directory account never can.
 */
export function ldapSignIn(key: Buffer, log: { warn(o: object, m: string): void }): ExternalSignIn {
  return async (db: Kysely<DB>, req, { loginId, password, organization }) => {
    let q = db
      .selectFrom('users as u')
      .innerJoin('organizations as o', 'o.id', 'u.organization_id')
      .leftJoin('directory_accounts as d', 'd.user_id', 'u.id')
      .select(['u.id', 'u.organization_id', 'd.source', 'd.external_id', 'd.directory_login'])
      .where('u.login_key', '=', loginKey(loginId));
    if (organization) q = q.where('o.code', '=', organization);
    const row = await q.executeTakeFirst();
    let orgId: string;
    if (row) {
      if (!row.source || row.source === 'local') return LOCAL;
      // An account of the OpenID provider has no password here at all.
      if (row.source !== 'ldap') return REJECTED;
      orgId = row.organization_id;
    } else if (organization) {
      const org = await rowWhere(db, 'organizations', { code: organization }, ['id']);
      if (!org) return LOCAL;
      orgId = org.id;
    } else {
      return LOCAL;
    }
    const dir = await loadDirectory(db, key, orgId);
    const cfg = dir.config.ldap;
    const audit = (reason: string) =>
      db.transaction().execute((trx) =>
        recordAudit(
          trx,
          actorFor(req, orgId, 'LDAP'),
          'directory.sign_in_failed',
          row ? { type: 'user', id: row.id } : null,
          {
            loginId,
            source: 'ldap',
            reason,
          },
        ),
      );
    if (!cfg.enabled) {
      if (!row) return LOCAL;
      await audit('ldap_disabled');
      return REJECTED;
    }
    let check: Awaited<ReturnType<typeof checkLdapSignIn>>;
    try {
      check = await checkLdapSignIn(cfg, dir.bindPassword(), row?.directory_login ?? loginId, password);
    } catch (e) {
      if (!(e instanceof DirectoryUnavailable)) throw e;
      log.warn({ organizationId: orgId, reason: e.message }, 'directory unavailable at sign-in');
      await audit('directory_unavailable');
      throw new AppError('directory.unavailable', 503, { source: 'LDAP' });
    }
    if (!check.ok) {
      await audit(check.reason);
      return REJECTED;
    }
    // The entry found must be the one this account was linked to.
    if (row?.external_id && row.external_id !== check.person.externalId) {
      await audit('other_entry');
      return REJECTED;
    }
    const person = mapLdapPerson(check.person, dir.config.loginIdSuffix);
    const outcome = await db.transaction().execute((trx) =>
      accountAtSignIn(trx, actorFor(req, orgId, 'LDAP'), person, {
        create: cfg.createOnSignIn,
        link: true,
        createUnits: cfg.createUnits,
      }),
    );
    if (!outcome.ok) {
      await audit(outcome.reason);
      if (outcome.reason === 'login_id_taken') {
        // Counted and audited like any taken ID the body meets (org's login-id-guard); 429 over the allowance.
        await takenLoginIds(db, actorFor(req, orgId, 'LDAP'), [person.loginId], 'directory_sign_in');
        throw new AppError('directory.login_id_taken', 409, { loginId: person.loginId });
      }
      if (outcome.reason === 'no_account') throw new AppError('directory.no_account', 403);
      return REJECTED;
    }
    if (outcome.status !== 'active') {
      await audit('suspended');
      return REJECTED;
    }
    const user = await rowWhereOrThrow(db, 'users', { id: outcome.userId }, [
      'id',
      'organization_id',
      'login_id',
      'display_name',
    ]);
    return { kind: 'verified', user, method: 'ldap' };
  };
}
