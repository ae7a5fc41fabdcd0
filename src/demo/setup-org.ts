/** Sets up a demo organization the way a real one is: import its policy, accept the role proposals, add people. */
import fs from 'node:fs';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { CreateAssetInput } from '../modules/assets/index.ts';
import { createAsset } from '../modules/assets/index.ts';
import { setPassword } from '../modules/auth/index.ts';
import { loadIncidentSettings, saveIncidentSettings } from '../modules/incidents/index.ts';
import {
  assignRole,
  createOrganization,
  createUnit,
  createUser,
  rolesProvider,
  setRoleFunctions,
} from '../modules/org/index.ts';
import type { PolicyAnalysis } from '../modules/policy/index.ts';
import {
  decideProposalsIn,
  importVersionIn,
  listProposals,
  prepareFromBytes,
  setInForceIn,
} from '../modules/policy/index.ts';
import { type Actor, systemActor } from '../shared/actor.ts';

export interface DemoOrganization {
  code: string;
  name: string;
  policyFile: string;
  units: { key: string; name: string; kind: string; parent: string | null }[];
  /**
   * Functions each role holds in the demo, added to what the accepted proposals grant. Keys name a role
   * like users' `role` does. Demo data only: a real organization maps functions on its roles screen.
   */
  functions?: Record<string, string[]>;
  /** Sample assets; `level` is a level label of the organization's scheme, as its policy writes it. */
  assets?: {
    assetNo: string;
    name: string;
    kind: 'information' | 'paper' | 'system' | 'device' | 'medium';
    unit: string;
    level: string;
  }[];
  /**
   * The head of the body (長) as the policy names them, when no role of the policy stands for them: the
   * demo person (by login ID) the incident chain notifies last, under the policy's own word for them.
   */
  head?: { loginId: string; label: string };
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

/** Accepts every open proposal of the version one by one, skipping any its provider refuses. */
async function acceptRemainingProposals(
  trx: Kysely<DB>,
  actor: Actor,
  orgId: string,
  versionId: string,
): Promise<void> {
  const open = (await listProposals(trx, orgId, versionId)).filter(
    (p) => !p.decision && !p.alreadyPresent && p.kind !== 'roles',
  );
  for (const p of open) {
    await sql`SAVEPOINT demo_proposal`.execute(trx);
    try {
      await decideProposalsIn(trx, actor, versionId, [{ kind: p.kind, key: p.key, accept: true }]);
      await sql`RELEASE SAVEPOINT demo_proposal`.execute(trx);
    } catch {
      await sql`ROLLBACK TO SAVEPOINT demo_proposal`.execute(trx);
    }
  }
}

/** Registers the demo's sample assets with their class (when the organization has a scheme). */
async function addSampleAssets(
  trx: Kysely<DB>,
  actor: Actor,
  demo: DemoOrganization,
  units: Map<string, string>,
): Promise<void> {
  if (!demo.assets?.length) return;
  const levels = await trx
    .selectFrom('classification_levels')
    .select(['id', 'label'])
    .where('organization_id', '=', actor.organizationId)
    .execute();
  for (const a of demo.assets) {
    const level = levels.find((l) => l.label === a.level);
    if (!level) continue;
    await createAsset.in(trx, actor, new Set(['assets.manage', 'assets.classify']), {
      assetNo: a.assetNo,
      name: a.name,
      kind: a.kind,
      ownerUnitId: units.get(a.unit) as string,
      levels: [level.id],
      status: 'registered',
    } as CreateAssetInput);
  }
}

const samplesDir = path.join(import.meta.dirname, '../../samples/policies');

/** Creates one demo organization from its sample policy inside the caller's transaction; returns its people. */
export async function setUpDemoOrganization(
  trx: Kysely<DB>,
  creator: Actor,
  demo: DemoOrganization,
  passwordFor: () => string,
): Promise<DemoUser[]> {
  const orgId = await createOrganization(trx, creator, { code: demo.code, name: demo.name, sample: true });
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
  // The rest of the set-up the policy proposes (scheme, segments, request types, check items), as an
  // administrator accepting the whole review would; a proposal that cannot be accepted is left open.
  await acceptRemainingProposals(trx, actor, orgId, versionId);
  for (const [ref, fns] of Object.entries(demo.functions ?? {})) {
    const role = findRole(ref);
    if (!role) throw new Error(`demo ${demo.code}: no role ${ref}`);
    const held = await trx
      .selectFrom('role_functions')
      .select('function_key')
      .where('role_id', '=', role.id)
      .execute();
    await setRoleFunctions(trx, actor, role.id, [...held.map((h) => h.function_key), ...fns]);
  }
  await addSampleAssets(trx, actor, demo, units);
  const people: DemoUser[] = [];
  const ids = new Map<string, string>();
  for (const u of demo.users) {
    const id = await createUser(trx, actor, {
      loginId: u.loginId,
      displayName: u.displayName,
      post: u.post,
      unitId: units.get(u.unit),
    });
    ids.set(u.loginId, id);
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
  if (demo.head) await setHead(trx, actor, demo.head, ids);
  return people;
}

/** Names the head of the body in the incident settings; the chain and clocks stay as proposed from the roles. */
async function setHead(
  trx: Kysely<DB>,
  actor: Actor,
  head: NonNullable<DemoOrganization['head']>,
  ids: Map<string, string>,
): Promise<void> {
  const ref = ids.get(head.loginId);
  if (!ref) throw new Error(`demo head ${head.loginId} is not one of the demo people`);
  const { stored: _stored, ...proposed } = await loadIncidentSettings(trx, actor.organizationId);
  await saveIncidentSettings.in(trx, actor, {
    ...proposed,
    head: { kind: 'user', ref, label: head.label, skippableWhenMinor: true },
  });
}

/**
 * What the body's top security officer holds in both sample policies: the overview, the incidents
 * escalated to them and closed by them, compliance reports, violations, the emergency plan and every request.
 */
export const OFFICER_OVERSIGHT = [
  'dashboard.read',
  'reports.read',
  'incidents.read_all',
  'incidents.close',
  'incidents.escalate_to',
  'compliance.receive',
  'violations.manage',
  'emergency_plan.manage',
  'requests.read_all',
];

/** What a 管理者 (security manager of a section) holds in both sample policies: incidents, failures and the assets. */
export const MANAGER_DUTIES = [
  'incidents.receive',
  'incidents.handle',
  'failures.manage',
  'assets.read',
  'assets.manage',
  'assets.classify',
];
