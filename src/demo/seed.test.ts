import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../test/support/db.ts';
import type { Database } from '../db/connect.ts';
import { seedIfEmpty } from './seed.ts';

let database: Database;
before(async () => {
  database = await testDatabase();
});
after(() => database.close());

describe('demo seed', () => {
  test('[R-P1] the demo organizations are set up by importing their policies, with roles from accepted proposals', async () => {
    const db = database.db;
    const seeded = await seedIfEmpty(db, { demo: true });
    assert.ok(seeded);
    assert.equal(await seedIfEmpty(db, { demo: true }), null, 'seeding runs once');
    const orgs = await db.selectFrom('organizations').select(['id', 'code']).execute();
    for (const code of ['hagi-nagato', 'hanamaki']) {
      const org = orgs.find((o) => o.code === code);
      assert.ok(org, code);
      const versions = await db
        .selectFrom('policy_versions')
        .select(['id', 'status'])
        .where('organization_id', '=', org.id)
        .execute();
      assert.deepEqual(
        versions.map((v) => v.status),
        ['in_force'],
      );
      const roles = await db.selectFrom('roles').selectAll().where('organization_id', '=', org.id).execute();
      const decisions = await db
        .selectFrom('policy_proposal_decisions')
        .selectAll()
        .where('organization_id', '=', org.id)
        .execute();
      assert.ok(roles.length >= 4);
      for (const r of roles) {
        assert.ok(r.clause_path, `${r.name} is linked to its clause`);
        assert.ok(
          decisions.some((d) => d.record_id === r.id && d.decision === 'accepted'),
          `${r.name} came from a proposal`,
        );
      }
    }
    const hanamaki = orgs.find((o) => o.code === 'hanamaki')?.id as string;
    const admins = await db
      .selectFrom('role_functions as f')
      .innerJoin('roles as r', 'r.id', 'f.role_id')
      .select(['r.name', 'r.post'])
      .where('f.organization_id', '=', hanamaki)
      .where('f.function_key', '=', 'org.admin')
      .execute();
    assert.deepEqual(
      admins.map((a) => [a.name, a.post]),
      [['情報セキュリティ責任者', '政策推進部長']],
    );
    const assigned = await db
      .selectFrom('role_assignments as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .innerJoin('roles as r', 'r.id', 'a.role_id')
      .select(['u.login_id', 'r.name'])
      .where('a.organization_id', '=', hanamaki)
      .execute();
    assert.ok(assigned.some((a) => a.login_id === 'hanamaki-sekinin' && a.name === '情報セキュリティ責任者'));
    assert.ok(assigned.some((a) => a.login_id === 'hanamaki-network' && a.name === 'ネットワーク管理者'));
    const hagiCiso = seeded.demoUsers.find((u) => u.loginId === 'hagi-ciso');
    assert.match(hagiCiso?.role ?? '', /CISO/);
    // The CISO's final authority over every measure (001 第2章 1.(1)) covers the yearly self-assessment.
    const cisoFunctions = await db
      .selectFrom('role_functions as f')
      .innerJoin('role_assignments as a', 'a.role_id', 'f.role_id')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select('f.function_key')
      .where('u.login_id', '=', 'hagi-ciso')
      .execute();
    assert.ok(cisoFunctions.some((f) => f.function_key === 'assessment.manage'));
    assert.equal(
      new Set(seeded.demoUsers.map((u) => u.password)).size,
      seeded.demoUsers.length,
      'one-time passwords differ',
    );
  });

  test('[R-E10] hagi-nagato names its head of the body as the policy does, and its 管理者 answers audit findings', async () => {
    const db = database.db;
    const hagi = (
      await db
        .selectFrom('organizations')
        .select('id')
        .where('code', '=', 'hagi-nagato')
        .executeTakeFirstOrThrow()
    ).id;
    const settings = await db
      .selectFrom('incident_settings')
      .selectAll()
      .where('organization_id', '=', hagi)
      .executeTakeFirstOrThrow();
    const head = JSON.parse(settings.head) as { kind: string; ref: string; label: string };
    const kumiai = await db
      .selectFrom('users')
      .select(['id', 'post'])
      .where('login_id', '=', 'hagi-kumiai')
      .executeTakeFirstOrThrow();
    assert.deepEqual([head.kind, head.ref, head.label], ['user', kumiai.id, '組合管理者']);
    assert.equal(kumiai.post, '組合管理者');
    const chain = JSON.parse(settings.chain) as { label: string }[];
    assert.deepEqual(
      chain.map((c) => c.label),
      ['情報セキュリティ管理者(係長)', '情報セキュリティ責任者(次長)', 'CISO'],
      'the chain stays the one proposed from the policy’s roles',
    );
    const responders = await db
      .selectFrom('role_functions as f')
      .innerJoin('role_assignments as a', 'a.role_id', 'f.role_id')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select('u.login_id')
      .where('f.organization_id', '=', hagi)
      .where('f.function_key', '=', 'audits.respond')
      .execute();
    assert.deepEqual(
      responders.map((r) => r.login_id),
      ['hagi-kanri'],
    );
  });
});
