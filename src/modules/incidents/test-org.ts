import type { Kysely } from 'kysely';
import { makeOrg, makeUser, type TestUser } from '../../../test/support/factories.ts';
import type { DB } from '../../db/schema.ts';

/** An organization shaped like seed 001: 職員 → 管理者(係長) → 責任者(次長) → CISO, plus the 組合管理者. Test-only. */
export async function seed001Org(db: Kysely<DB>) {
  const org = await makeOrg(db, '萩・長門清掃一部事務組合');
  const staff = await makeUser(db, org);
  const kanrisha = await makeUser(db, org, {
    roleName: '情報セキュリティ管理者(係長)',
    tier: 3,
    functions: ['incidents.receive', 'incidents.handle'],
  });
  const sekinin = await makeUser(db, org, {
    roleName: '情報セキュリティ責任者(次長)',
    tier: 2,
    functions: [
      'incidents.escalate_to',
      'incidents.handle',
      'incidents.close',
      'failures.manage',
      'violations.manage',
      'compliance.check',
    ],
  });
  const ciso = await makeUser(db, org, {
    roleName: 'CISO',
    tier: 1,
    functions: [
      'incidents.escalate_to',
      'incidents.read_all',
      'incidents.close',
      'emergency_plan.manage',
      'violations.manage',
    ],
  });
  const head = await makeUser(db, org, {
    roleName: '組合管理者',
    tier: 1,
    functions: ['incidents.head_notice'],
  });
  return { org, staff, kanrisha, sekinin, ciso, head } as const satisfies Record<string, unknown> & {
    staff: TestUser;
  };
}
