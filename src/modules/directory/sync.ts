import type { Insertable, Kysely } from 'kysely';
import { insertAudited } from '../../db/insert-audited.ts';
import type { DB } from '../../db/schema.ts';
import { AppError, conflict } from '../../http/errors.ts';
import { findInOrg } from '../../http/find.ts';
import { type Actor, systemActor } from '../../shared/actor.ts';
import { todayJst } from '../../shared/business-days.ts';
import { newId } from '../../shared/ids.ts';
import { loginKey } from '../../shared/login-id.ts';
import { nowIso } from '../../shared/time.ts';
import { type AuditData, type AuditEventName, recordAudit } from '../audit/index.ts';
import {
  currentAssignments,
  endSessions,
  offboardingChecklist,
  recordTransfer,
  setPersonStatus,
  takenLoginIds,
  updatePerson,
} from '../org/index.ts';
import { addFromDirectory, linkAccount, type MappedPerson, resolveUnit } from './accounts.ts';
import { normalizeDn } from './dn.ts';
import { peopleWithDirectoryLink } from './queries.ts';
import './events.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import { DirectoryUnavailable, listDirectoryPeople } from './ldap-client.ts';
import { mapLdapPerson } from './ldap-signin.ts';
import { nextSyncAfter } from './settings-service.ts';
import { type DirectoryState, loadDirectory } from './store.ts';
import {
  exceedsSuspensionLimit,
  type FieldChanges,
  type KnownAccount,
  planSync,
  type RoleProposal,
  type SyncPlan,
} from './sync-plan.ts';

const PREVIEW_VALID_MS = 3600_000;

/** Stores a sync run and records its event about it, in one transaction. */
function storeRun<E extends AuditEventName>(
  db: Kysely<DB>,
  actor: Actor,
  run: Insertable<DB['directory_sync_runs']>,
  event: E,
  data: AuditData<E>,
): Promise<void> {
  return db.transaction().execute(async (trx) => {
    await trx.insertInto('directory_sync_runs').values(run).execute();
    await recordAudit(trx, actor, event, { type: 'directory_sync_run', id: run.id }, data);
  });
}

/** The organization's accounts as a sync compares them. */
async function knownAccounts(db: Kysely<DB>, organizationId: string): Promise<KnownAccount[]> {
  const rows = await peopleWithDirectoryLink(db, organizationId).execute();
  return rows.map((r) => ({
    userId: r.id,
    loginId: r.login_id,
    displayName: r.display_name,
    email: r.email,
    unitName: r.unit_name ?? null,
    post: r.post,
    status: r.status,
    source: (r.source ?? null) as KnownAccount['source'],
    externalId: r.external_id ?? null,
    suspendedBySync: r.suspended_by_sync === 1,
  }));
}

/** Roles the directory's groups suggest, minus what people hold and what a person already decided. */
async function roleProposals(
  db: Kysely<DB>,
  dir: DirectoryState,
  people: MappedPerson[],
  accounts: KnownAccount[],
): Promise<RoleProposal[]> {
  const maps = dir.config.ldap.groupRoles;
  if (!maps.length) return [];
  const org = dir.organizationId;
  const roles = new Map(
    (await db.selectFrom('roles').select(['id', 'name']).where('organization_id', '=', org).execute()).map(
      (r) => [r.id, r.name],
    ),
  );
  const userOf = new Map(accounts.map((a) => [a.loginId.toLowerCase(), a.userId]));
  const held = new Set((await currentAssignments(db, org).execute()).map((a) => `${a.user_id}:${a.role_id}`));
  const decided = await db
    .selectFrom('directory_reviews as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.kind', 'r.status', 'r.detail', 'u.login_id', 'r.user_id'])
    .where('r.organization_id', '=', org)
    .where('r.kind', 'in', ['role_grant', 'role_end'])
    .execute();
  const skip = new Set(
    decided
      .filter((d) => d.status !== 'approved')
      .map(
        (d) => `${d.kind}:${d.login_id.toLowerCase()}:${(JSON.parse(d.detail) as { roleId: string }).roleId}`,
      ),
  );
  const out: RoleProposal[] = [];
  const groupsOf = new Map(people.map((p) => [p.loginId.toLowerCase(), new Set(p.groups.map(normalizeDn))]));
  for (const p of people) {
    const groups = groupsOf.get(p.loginId.toLowerCase()) ?? new Set();
    const userId = userOf.get(p.loginId.toLowerCase());
    for (const m of maps) {
      if (!groups.has(normalizeDn(m.group)) || !roles.has(m.roleId)) continue;
      if (userId && held.has(`${userId}:${m.roleId}`)) continue;
      if (skip.has(`role_grant:${p.loginId.toLowerCase()}:${m.roleId}`)) continue;
      out.push({
        kind: 'role_grant',
        loginId: p.loginId,
        displayName: p.displayName,
        roleId: m.roleId,
        roleName: roles.get(m.roleId) ?? '',
        group: m.group,
        unitScoped: m.unitScoped,
      });
    }
  }
  // Roles given from a group the person has left: proposed to end (only those a directory proposal gave).
  for (const d of decided.filter((x) => x.kind === 'role_grant' && x.status === 'approved')) {
    const detail = JSON.parse(d.detail) as {
      roleId: string;
      group: string;
      assignmentId?: string;
      unitScoped?: boolean;
    };
    const login = d.login_id.toLowerCase();
    const groups = groupsOf.get(login);
    if (!detail.assignmentId || !held.has(`${d.user_id}:${detail.roleId}`)) continue;
    if (groups?.has(normalizeDn(detail.group))) continue;
    if (skip.has(`role_end:${login}:${detail.roleId}`)) continue;
    out.push({
      kind: 'role_end',
      loginId: d.login_id,
      displayName: d.login_id,
      roleId: detail.roleId,
      roleName: roles.get(detail.roleId) ?? '',
      group: detail.group,
      unitScoped: !!detail.unitScoped,
      assignmentId: detail.assignmentId,
    });
  }
  return out;
}

/** Reads the directory and works out what a sync would do. Throws DirectoryUnavailable when it cannot. */
export async function buildPlan(db: Kysely<DB>, dir: DirectoryState, actor: Actor): Promise<SyncPlan> {
  const cfg = dir.config.ldap;
  const listed = await listDirectoryPeople(cfg, dir.bindPassword());
  const people = listed.map((p) => ({ ...mapLdapPerson(p, dir.config.loginIdSuffix), disabled: p.disabled }));
  const accounts = await knownAccounts(db, dir.organizationId);
  // IDs another body has are conflicts, counted and audited like any taken ID (org's login-id-guard).
  const known = new Set(accounts.map((a) => loginKey(a.loginId)));
  const elsewhere = await takenLoginIds(
    db,
    actor,
    people.filter((p) => !p.disabled && !known.has(loginKey(p.loginId))).map((p) => p.loginId),
    'directory_sync',
  );
  const plan = planSync(people, accounts, {
    suspendLeavers: cfg.sync.suspendLeavers,
    takenElsewhere: new Set([...elsewhere].map((e) => e.toLowerCase())),
    actorUserId: actor.userId,
    now: nowIso(),
  });
  const active = people.filter((p) => !p.disabled);
  plan.roleProposals = await roleProposals(db, dir, active, accounts);
  return plan;
}

function ldapNotEnabled(dir: DirectoryState): boolean {
  return !(dir.config.ldap.enabled || dir.config.ldap.sync.enabled) || !dir.config.ldap.url;
}

/** The dry run: reads the directory, records what would change (nothing else), and returns it. */
export async function previewSync(
  db: Kysely<DB>,
  key: Buffer,
  actor: Actor,
): Promise<{ id: string; plan: SyncPlan }> {
  const dir = await loadDirectory(db, key, actor.organizationId);
  if (ldapNotEnabled(dir)) throw new AppError('directory.not_configured', 409);
  let plan: SyncPlan;
  try {
    plan = await buildPlan(db, dir, actor);
  } catch (e) {
    if (e instanceof DirectoryUnavailable) {
      await db.transaction().execute((trx) =>
        recordAudit(trx, actor, 'directory.sync_failed', null, {
          runId: null,
          kind: 'preview',
          reason: e.message,
        }),
      );
      throw new AppError('directory.unavailable', 503, { source: 'LDAP' });
    }
    throw e;
  }
  const id = newId();
  await storeRun(
    db,
    actor,
    {
      id,
      organization_id: actor.organizationId,
      kind: 'preview',
      status: 'preview',
      plan: JSON.stringify(plan),
      result: null,
      error: null,
      started_by: actor.userId,
      created_at: nowIso(),
      applied_at: null,
    },
    'directory.sync_previewed',
    { runId: id, counts: countsOf(plan) },
  );
  return { id, plan };
}

function countsOf(plan: SyncPlan): Record<string, number> {
  return {
    ...plan.counts,
    roleGrant: plan.roleProposals.filter((p) => p.kind === 'role_grant').length,
    roleEnd: plan.roleProposals.filter((p) => p.kind === 'role_end').length,
  };
}

/** What applying a plan did. */
export interface SyncResult {
  counts: Record<string, number>;
  suspended: {
    loginId: string;
    displayName: string;
    sessionsEnded: number;
    toReturn: { name: string; items: string[] }[];
  }[];
  notes: { loginId: string; note: 'unit_unknown' }[];
}

async function openReview(
  trx: Kysely<DB>,
  actor: Actor,
  userId: string,
  loginId: string,
  kind: string,
  detail: object,
  runId: string,
): Promise<void> {
  await insertAudited(
    trx,
    actor,
    'directory_reviews',
    {
      user_id: userId,
      kind,
      detail: JSON.stringify(detail),
      status: 'open',
      run_id: runId,
      created_at: nowIso(),
      decided_by: null,
      decided_at: null,
    },
    'directory.review_opened',
    'directory_review',
    { loginId, kind, detail },
  );
}

/** Brings one person's details in step; a new unit is a transfer (the org module ends unit roles and sessions). */
async function applyChanges(
  trx: Kysely<DB>,
  actor: Actor,
  dir: DirectoryState,
  userId: string,
  p: MappedPerson,
  changes: FieldChanges,
  runId: string,
  result: SyncResult,
): Promise<void> {
  const simple: { displayName?: string; email?: string | null; post?: string | null } = {};
  if (changes.displayName) simple.displayName = (changes.displayName.after ?? p.displayName).slice(0, 200);
  if (changes.email) simple.email = changes.email.after?.slice(0, 254) ?? null;
  let unitChanged = false;
  if (changes.unit) {
    const unitId = await resolveUnit(trx, actor, changes.unit.after, dir.config.ldap.createUnits);
    if (unitId) {
      await recordTransfer.in(trx, actor, {
        userId,
        kind: 'transfer',
        effectiveOn: todayJst(),
        toUnitId: unitId,
        newPost: changes.post?.after ?? null,
      });
      unitChanged = true;
    } else {
      result.notes.push({ loginId: p.loginId, note: 'unit_unknown' });
    }
  }
  if (changes.post && !unitChanged) simple.post = changes.post.after;
  if (Object.keys(simple).length) await updatePerson.in(trx, actor, userId, simple);
  if (changes.post || unitChanged) {
    await openReview(
      trx,
      actor,
      userId,
      p.loginId,
      'post_changed',
      {
        before: { unit: changes.unit?.before ?? null, post: changes.post?.before ?? null },
        after: {
          unit: unitChanged ? (changes.unit?.after ?? null) : null,
          post: changes.post?.after ?? null,
        },
      },
      runId,
    );
  }
}

/** Applies a plan in one transaction: every change audited, or none made. */
async function applyPlan(
  trx: Kysely<DB>,
  actor: Actor,
  dir: DirectoryState,
  plan: SyncPlan,
  runId: string,
): Promise<SyncResult> {
  const org = actor.organizationId;
  const result: SyncResult = { counts: countsOf(plan), suspended: [], notes: [] };
  const now = nowIso();
  for (const a of plan.actions) {
    switch (a.kind) {
      case 'add':
        await addFromDirectory(trx, actor, a.person, {
          createUnits: dir.config.ldap.createUnits,
          how: 'sync',
        });
        break;
      case 'link':
        await linkAccount(trx, actor, a.userId, a.person, 'sync');
        await applyChanges(trx, actor, dir, a.userId, a.person, a.changes, runId, result);
        break;
      case 'update':
        await applyChanges(trx, actor, dir, a.userId, a.person, a.changes, runId, result);
        break;
      case 'suspend': {
        const sessionsEnded = await endSessions(trx, a.userId);
        await setPersonStatus.in(
          trx,
          actor,
          a.userId,
          'suspended',
          a.reason === 'disabled' ? 'directory_disabled' : 'directory_missing',
        );
        await trx
          .updateTable('directory_accounts')
          .set({ suspended_by_sync: 1 })
          .where('user_id', '=', a.userId)
          .execute();
        const toReturn = await offboardingChecklist(trx, org, a.userId);
        await recordAudit(
          trx,
          actor,
          'directory.leaver_suspended',
          { type: 'user', id: a.userId },
          {
            loginId: a.loginId,
            sessionsEnded,
            toReturn: toReturn.reduce((n, s) => n + s.items.length, 0),
          },
        );
        result.suspended.push({
          loginId: a.loginId,
          displayName: a.displayName,
          sessionsEnded,
          toReturn: toReturn.map((s) => ({ name: s.name, items: s.items })),
        });
        break;
      }
      case 'reactivate':
        await setPersonStatus.in(trx, actor, a.userId, 'active', 'directory_reregistered');
        await trx
          .updateTable('directory_accounts')
          .set({ suspended_by_sync: 0 })
          .where('user_id', '=', a.userId)
          .execute();
        await recordAudit(
          trx,
          actor,
          'directory.leaver_reactivated',
          { type: 'user', id: a.userId },
          { loginId: a.loginId },
        );
        break;
      case 'conflict':
        break;
    }
    if ((a.kind === 'update' || a.kind === 'link') && a.person.dn) {
      await trx
        .updateTable('directory_accounts')
        .set({
          dn: a.person.dn,
          directory_login: a.person.login,
          groups: JSON.stringify(a.person.groups),
          last_seen_at: now,
        })
        .where('user_id', '=', a.userId)
        .execute();
    }
  }
  for (const r of plan.roleProposals) {
    const user = await rowInOrg(trx, 'users', org, { login_id: r.loginId }, ['id']);
    if (!user) continue;
    await openReview(
      trx,
      actor,
      user.id,
      r.loginId,
      r.kind,
      {
        roleId: r.roleId,
        roleName: r.roleName,
        group: r.group,
        unitScoped: r.unitScoped,
        assignmentId: r.assignmentId,
      },
      runId,
    );
  }
  await trx
    .updateTable('directory_accounts')
    .set({ last_seen_at: now })
    .where('organization_id', '=', org)
    .where('source', '=', 'ldap')
    .where('suspended_by_sync', '=', 0)
    .execute();
  return result;
}

/**
 * Applies a dry run a person reviewed: exactly the changes it listed. A run older than an hour must
 * be done again; more suspensions than the body's limit need `confirmMassSuspension`.
 */
export async function applyPreview(
  db: Kysely<DB>,
  key: Buffer,
  actor: Actor,
  runId: string,
  confirmMassSuspension: boolean,
): Promise<{ id: string; result: SyncResult }> {
  const run = await findInOrg(db, 'directory_sync_runs', actor.organizationId, runId, 'directory_sync_run');
  if (run.status !== 'preview') throw conflict('directory.run_not_preview');
  if (Date.now() - Date.parse(run.created_at) > PREVIEW_VALID_MS) throw conflict('directory.run_expired');
  const plan = JSON.parse(run.plan) as SyncPlan;
  const dir = await loadDirectory(db, key, actor.organizationId);
  const max = dir.config.ldap.sync.maxSuspendPercent;
  if (!confirmMassSuspension && exceedsSuspensionLimit(plan, max)) {
    throw new AppError('directory.mass_suspension', 409, {
      suspensions: plan.counts.suspend,
      accounts: plan.linkedCount,
      percent: plan.linkedCount ? Math.round((plan.counts.suspend * 100) / plan.linkedCount) : 100,
      max,
    });
  }
  return db.transaction().execute(async (trx) => {
    // Claim the run: a second apply of the same dry run (a double click, another administrator) finds none.
    const claimed = await trx
      .updateTable('directory_sync_runs')
      .set({ status: 'applying' })
      .where('id', '=', runId)
      .where('status', '=', 'preview')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw conflict('directory.run_not_preview');
    const result = await applyPlan(trx, actor, dir, plan, runId);
    await trx
      .updateTable('directory_sync_runs')
      .set({ status: 'applied', kind: 'manual', result: JSON.stringify(result), applied_at: nowIso() })
      .where('id', '=', runId)
      .execute();
    await recordAudit(
      trx,
      actor,
      'directory.sync_applied',
      { type: 'directory_sync_run', id: runId },
      { runId, kind: 'manual', counts: result.counts },
    );
    return { id: runId, result };
  });
}

/**
 * The scheduled sync of one organization: read, plan and apply at once, unless the plan would
 * suspend more than the limit (then it is held for a person). A directory failure changes nothing.
 */
export async function scheduledSync(
  db: Kysely<DB>,
  key: Buffer,
  organizationId: string,
): Promise<{ id: string; status: string }> {
  const actor = systemActor(organizationId, 'directory_sync');
  const dir = await loadDirectory(db, key, organizationId);
  const id = newId();
  const row = (status: string, plan: SyncPlan | null, error: string | null) => ({
    id,
    organization_id: organizationId,
    kind: 'scheduled',
    status,
    plan: JSON.stringify(plan ?? {}),
    result: null,
    error,
    started_by: null,
    created_at: nowIso(),
    applied_at: null,
  });
  if (!dir.config.ldap.sync.enabled || ldapNotEnabled(dir)) return { id, status: 'off' };
  let plan: SyncPlan;
  try {
    plan = await buildPlan(db, dir, actor);
  } catch (e) {
    if (!(e instanceof DirectoryUnavailable)) throw e;
    await storeRun(db, actor, row('failed', null, e.message), 'directory.sync_failed', {
      runId: id,
      kind: 'scheduled',
      reason: e.message,
    });
    return { id, status: 'failed' };
  }
  if (exceedsSuspensionLimit(plan, dir.config.ldap.sync.maxSuspendPercent)) {
    // Held as a dry run: a person can look at it and apply it (confirming the suspensions).
    await storeRun(db, actor, { ...row('preview', plan, null), kind: 'preview' }, 'directory.sync_held', {
      runId: id,
      suspensions: plan.counts.suspend,
      accounts: plan.linkedCount,
      maxPercent: dir.config.ldap.sync.maxSuspendPercent,
    });
    return { id, status: 'held' };
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('directory_sync_runs')
      .values(row('applying', plan, null))
      .execute();
    const result = await applyPlan(trx, actor, dir, plan, id);
    await trx
      .updateTable('directory_sync_runs')
      .set({ status: 'applied', result: JSON.stringify(result), applied_at: nowIso() })
      .where('id', '=', id)
      .execute();
    await recordAudit(
      trx,
      actor,
      'directory.sync_applied',
      { type: 'directory_sync_run', id },
      { runId: id, kind: 'scheduled', counts: result.counts },
    );
  });
  return { id, status: 'applied' };
}

/** Organizations whose scheduled sync is due, each claimed once (several instances may sweep at once). */
export async function claimDueSyncs(db: Kysely<DB>, now = nowIso()): Promise<string[]> {
  const due = await db
    .selectFrom('directory_settings')
    .select(['organization_id', 'config', 'next_sync_at'])
    .where('next_sync_at', 'is not', null)
    .where('next_sync_at', '<=', now)
    .execute();
  const out: string[] = [];
  for (const d of due) {
    const interval =
      (JSON.parse(d.config) as { ldap?: { sync?: { intervalMinutes?: number } } }).ldap?.sync
        ?.intervalMinutes ?? 60;
    const moved = await db
      .updateTable('directory_settings')
      .set({ next_sync_at: nextSyncAfter(now, interval) })
      .where('organization_id', '=', d.organization_id)
      .where('next_sync_at', '=', d.next_sync_at)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 1) out.push(d.organization_id);
  }
  return out;
}
