/** Sets up a demo organization the way a real one is: import its policy, accept the role proposals, add people. */
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { setPassword } from '../modules/auth/service.ts';
import {
  assignRole,
  createOrganization,
  createUnit,
  createUser,
  setRoleFunctions,
} from '../modules/org/service.ts';
import { prepareFromBytes } from '../modules/policy/import.ts';
import { decideProposalsIn } from '../modules/policy/proposals.ts';
import { rolesProvider } from '../modules/policy/proposals-roles.ts';
import { importVersionIn, setInForceIn } from '../modules/policy/service.ts';
import type { PolicyAnalysis } from '../modules/policy/types.ts';
import { type Actor, systemActor } from '../shared/actor.ts';

export interface DemoOrganization {
  code: string;
  name: string;
  policyFile: string;
  units: { key: string; name: string; kind: string; parent: string | null }[];
  /** `role` names a role of the analysis: its full name, the start of its name, or its post. */
  users: {
    loginId: string;
    displayName: string;
    post: string;
    unit: string;
    role: string | null;
    roleUnit?: string;
  }[];
}

export interface DemoUser {
  loginId: string;
  displayName: string;
  role: string | null;
  password: string;
}

/**
 * Default mapping of the core functions, which each organization edits afterwards: the top tier of its
 * own hierarchy sets mamori up and reads the audit log; every role of the policy reads the staff policy.
 * This is demo data, not a rule: production organizations map functions on the roles screen.
 */
function defaultFunctions(tier: number, topTier: number): string[] {
  return tier === topTier ? ['org.admin', 'audit.read', 'policy.manage', 'policy.read'] : ['policy.read'];
}

const samplesDir = path.join(import.meta.dirname, '../../samples/policies');

/** Creates one demo organization from its sample policy inside the caller's transaction; returns its people. */
export async function setUpDemoOrganization(
  trx: Kysely<DB>,
  creator: Actor,
  demo: DemoOrganization,
  passwordFor: () => string,
): Promise<DemoUser[]> {
  const orgId = await createOrganization(trx, creator, { code: demo.code, name: demo.name });
  const actor = systemActor(orgId, 'setup');
  const units = new Map<string, string>();
  for (const u of demo.units) {
    const parentId = u.parent ? units.get(u.parent) : null;
    units.set(u.key, await createUnit(trx, actor, { name: u.name, kind: u.kind, parentId }));
  }
  const prepared = await prepareFromBytes(fs.readFileSync(path.join(samplesDir, demo.policyFile)));
  const { versionId } = await importVersionIn(trx, actor, prepared, { fileName: demo.policyFile });
  await setInForceIn(trx, actor, versionId);
  const analysis: PolicyAnalysis = prepared.analysis;
  const proposals = await rolesProvider.propose(trx, orgId, analysis, versionId);
  const decided = await decideProposalsIn(
    trx,
    actor,
    versionId,
    proposals.map((p) => ({ kind: p.kind, key: p.key, accept: true })),
  );
  const roles = await trx
    .selectFrom('roles')
    .select(['id', 'name', 'post', 'tier'])
    .where('organization_id', '=', orgId)
    .where(
      'id',
      'in',
      decided.flatMap((d) => (d.record ? [d.record.id] : [])),
    )
    .execute();
  const topTier = Math.min(...roles.map((r) => r.tier));
  for (const r of roles) await setRoleFunctions(trx, actor, r.id, defaultFunctions(r.tier, topTier));
  const findRole = (ref: string) =>
    roles.find((r) => r.name === ref) ??
    roles.find((r) => r.post === ref) ??
    roles.find((r) => r.name.startsWith(ref));
  const people: DemoUser[] = [];
  for (const u of demo.users) {
    const id = await createUser(trx, actor, {
      loginId: u.loginId,
      displayName: u.displayName,
      post: u.post,
      unitId: units.get(u.unit),
    });
    const password = passwordFor();
    await setPassword(trx, actor, id, password, true);
    const role = u.role ? findRole(u.role) : undefined;
    if (role) {
      await assignRole(trx, actor, {
        roleId: role.id,
        userId: id,
        unitId: u.roleUnit ? units.get(u.roleUnit) : null,
      });
    }
    people.push({
      loginId: u.loginId,
      displayName: u.displayName,
      role: role ? `${role.name}（${demo.name}）` : null,
      password,
    });
  }
  return people;
}
