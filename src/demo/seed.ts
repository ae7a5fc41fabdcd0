import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { oneTimePassword, setPassword } from '../modules/auth/index.ts';
import { createOrganization, createUser } from '../modules/org/index.ts';
import { type Actor, systemActor } from '../shared/actor.ts';
import { hagiNagato, hanamaki, operators } from './organizations.ts';
import { type DemoUser, setUpDemoOrganization } from './setup-org.ts';

export interface SeedResult {
  admin: { loginId: string; password: string };
  demoUsers: DemoUser[];
}

/** The sample organizations, each set up from its own sample policy and labelled （サンプル）. */
export const demoOrganizations = [hagiNagato, hanamaki];

/**
 * On an empty database: the hosting administrators' organization with one administrator and, when
 * `demo` is set (MAMORI_DEMO=1), the sample organizations. A real body starts without them; the system
 * administrator can still add them from the home screen. Every password is one-time.
 */
export async function seedIfEmpty(db: Kysely<DB>, opts: { demo: boolean }): Promise<SeedResult | null> {
  const any = await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  return db.transaction().execute(async (trx) => {
    const sysId = await createOrganization(trx, systemActor(''), {
      code: 'system',
      name: operators.organizationName,
      kind: 'system',
    });
    const sys = systemActor(sysId, 'setup');
    const adminId = await createUser(trx, sys, { loginId: 'admin', displayName: operators.adminDisplayName });
    const admin = { loginId: 'admin', password: oneTimePassword() };
    await setPassword(trx, sys, adminId, admin.password, true);
    const demoUsers = opts.demo ? (await setUpSamplesIn(trx, sys)).people : [];
    return { admin, demoUsers };
  });
}

/**
 * Sets up every sample organization not yet present (import → in force → proposals accepted → people)
 * inside the caller's transaction; `creator` is the acting administrator. Returns the new people.
 */
export async function setUpSamplesIn(
  trx: Kysely<DB>,
  creator: Actor,
): Promise<{ codes: string[]; people: DemoUser[] }> {
  const present = await trx
    .selectFrom('organizations')
    .select('code')
    .where(
      'code',
      'in',
      demoOrganizations.map((d) => d.code),
    )
    .execute();
  const people: DemoUser[] = [];
  const codes: string[] = [];
  for (const demo of demoOrganizations) {
    if (present.some((p) => p.code === demo.code)) continue;
    codes.push(demo.code);
    people.push(...(await setUpDemoOrganization(trx, creator, demo, oneTimePassword)));
  }
  return { codes, people };
}
