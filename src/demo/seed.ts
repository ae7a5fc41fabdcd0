import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { setPassword } from '../modules/auth/service.ts';
import {
  assignRole,
  createOrganization,
  createRole,
  createUnit,
  createUser,
} from '../modules/org/service.ts';
import { systemActor } from '../shared/actor.ts';
import { hagiNagato } from './hagi-nagato.ts';

/** A one-time password that meets the default policy (upper, lower, digit, symbol; 16 characters). */
export function oneTimePassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!#%+-=?@'];
  const all = sets.join('');
  const chars = sets.map((s) => s[randomInt(s.length)]);
  while (chars.length < 16) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

export interface SeedResult {
  admin: { loginId: string; password: string };
  demoUsers: { loginId: string; displayName: string; role: string | null; password: string }[];
}

/**
 * On an empty database: the hosting administrators' organization with one administrator, and
 * the demo organization from sample policy 001. Every password is one-time.
 */
export async function seedIfEmpty(db: Kysely<DB>): Promise<SeedResult | null> {
  const any = await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  return db.transaction().execute(async (trx) => {
    const sysId = await createOrganization(trx, systemActor(''), {
      code: 'system',
      name: 'mamori 運用管理',
      kind: 'system',
    });
    const sys = systemActor(sysId, 'setup');
    const adminId = await createUser(trx, sys, { loginId: 'admin', displayName: 'システム管理者' });
    const admin = { loginId: 'admin', password: oneTimePassword() };
    await setPassword(trx, sys, adminId, admin.password, true);

    const demo = hagiNagato;
    const orgId = await createOrganization(trx, sys, { code: demo.code, name: demo.name });
    const actor = systemActor(orgId, 'setup');
    const units = new Map<string, string>();
    for (const u of demo.units) {
      units.set(
        u.key,
        await createUnit(trx, actor, {
          name: u.name,
          kind: u.kind,
          parentId: u.parent ? units.get(u.parent) : null,
        }),
      );
    }
    const roles = new Map<string, string>();
    for (const r of demo.roles) {
      roles.set(
        r.key,
        await createRole(trx, actor, {
          name: r.name,
          tier: r.tier,
          post: r.post,
          clausePath: r.clausePath,
          functions: [...r.functions],
        }),
      );
    }
    const demoUsers: SeedResult['demoUsers'] = [];
    for (const u of demo.users) {
      const id = await createUser(trx, actor, {
        loginId: u.loginId,
        displayName: u.displayName,
        post: u.post,
        unitId: units.get(u.unit),
      });
      const password = oneTimePassword();
      await setPassword(trx, actor, id, password, true);
      if (u.role) await assignRole(trx, actor, { roleId: roles.get(u.role) as string, userId: id });
      demoUsers.push({ loginId: u.loginId, displayName: u.displayName, role: u.role, password });
    }
    return { admin, demoUsers };
  });
}
