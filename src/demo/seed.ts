import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { oneTimePassword } from '../modules/auth/index.ts';
import { setPassword } from '../modules/auth/service.ts';
import { createOrganization, createUser } from '../modules/org/service.ts';
import { systemActor } from '../shared/actor.ts';
import { hagiNagato } from './hagi-nagato.ts';
import { hanamaki } from './hanamaki.ts';
import { type DemoUser, setUpDemoOrganization } from './setup-org.ts';

export interface SeedResult {
  admin: { loginId: string; password: string };
  demoUsers: DemoUser[];
}

/** The demo organizations, each set up from its own sample policy. */
export const demoOrganizations = [hagiNagato, hanamaki];

/**
 * On an empty database: the hosting administrators' organization with one administrator, and the demo
 * organizations set up from sample policies 001 and 003 (import → in force → role proposals accepted).
 * Every password is one-time.
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
    const demoUsers: DemoUser[] = [];
    for (const demo of demoOrganizations) {
      demoUsers.push(...(await setUpDemoOrganization(trx, sys, demo, oneTimePassword)));
    }
    return { admin, demoUsers };
  });
}
