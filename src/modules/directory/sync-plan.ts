/** What a sync would do, worked out from the directory's people and mamori's accounts (no I/O here). */
import type { MappedPerson } from './accounts.ts';

/** A mamori account of the organization as the sync compares it. */
export interface KnownAccount {
  userId: string;
  loginId: string;
  displayName: string;
  email: string | null;
  unitName: string | null;
  post: string | null;
  status: string;
  /** null: not linked to any directory yet. */
  source: 'ldap' | 'oidc' | 'local' | null;
  externalId: string | null;
  suspendedBySync: boolean;
}

export type FieldChanges = Partial<
  Record<'displayName' | 'email' | 'unit' | 'post', { before: string | null; after: string | null }>
>;

export type SyncAction =
  | { kind: 'add'; person: MappedPerson }
  | { kind: 'link'; userId: string; person: MappedPerson; changes: FieldChanges }
  | { kind: 'update'; userId: string; loginId: string; person: MappedPerson; changes: FieldChanges }
  | {
      kind: 'suspend';
      userId: string;
      loginId: string;
      displayName: string;
      reason: 'not_found' | 'disabled';
    }
  | { kind: 'reactivate'; userId: string; loginId: string; displayName: string }
  | { kind: 'conflict'; loginId: string; displayName: string; reason: 'login_id_taken' | 'local' | 'self' };

export interface SyncPlan {
  generatedAt: string;
  /** People the directory listed for mamori. */
  directoryCount: number;
  /** mamori accounts linked to the directory before the run (the base of the mass-suspension limit). */
  linkedCount: number;
  actions: SyncAction[];
  counts: Record<SyncAction['kind'], number>;
  /** Roles proposed from directory groups (decided by a person later). */
  roleProposals: RoleProposal[];
}

/** A role a directory group suggests giving (or no longer giving) to a person. */
export interface RoleProposal {
  kind: 'role_grant' | 'role_end';
  loginId: string;
  displayName: string;
  roleId: string;
  roleName: string;
  group: string;
  unitScoped: boolean;
  /** The assignment a role_end would end. */
  assignmentId?: string;
}

function changesOf(a: KnownAccount, p: MappedPerson): FieldChanges {
  const out: FieldChanges = {};
  const cmp = (k: keyof FieldChanges, before: string | null, after: string | null) => {
    if ((before ?? null) !== (after ?? null)) out[k] = { before: before ?? null, after: after ?? null };
  };
  cmp('displayName', a.displayName, p.displayName);
  cmp('email', a.email, p.email);
  // A person without a unit or post in the directory keeps the one mamori has (set by hand).
  if (p.unit) cmp('unit', a.unitName, p.unit);
  if (p.post) cmp('post', a.post, p.post);
  return out;
}

/**
 * Compares the directory with mamori: adds, links of existing accounts with the same login ID,
 * updates of name / e-mail / unit / post, suspensions of leavers (gone from the directory or
 * disabled there) and reactivations of people a sync had suspended who are back.
 */
export function planSync(
  people: (MappedPerson & { disabled: boolean })[],
  accounts: KnownAccount[],
  opts: { suspendLeavers: boolean; takenElsewhere: Set<string>; actorUserId: string | null; now: string },
): SyncPlan {
  const actions: SyncAction[] = [];
  const byExternal = new Map(
    accounts.filter((a) => a.source === 'ldap' && a.externalId).map((a) => [a.externalId, a]),
  );
  const byLogin = new Map(accounts.map((a) => [a.loginId.toLowerCase(), a]));
  const seen = new Set<string>();
  for (const p of people) {
    const linked = byExternal.get(p.externalId);
    if (linked) {
      seen.add(linked.userId);
      if (p.disabled) {
        if (linked.status === 'active') pushSuspend(linked, 'disabled');
        continue;
      }
      if (linked.status === 'suspended' && linked.suspendedBySync) {
        actions.push({
          kind: 'reactivate',
          userId: linked.userId,
          loginId: linked.loginId,
          displayName: p.displayName,
        });
      }
      const changes = changesOf(linked, p);
      if (Object.keys(changes).length)
        actions.push({ kind: 'update', userId: linked.userId, loginId: linked.loginId, person: p, changes });
      continue;
    }
    if (p.disabled) continue;
    const same = byLogin.get(p.loginId.toLowerCase());
    if (same) {
      seen.add(same.userId);
      if (same.source === null) {
        actions.push({ kind: 'link', userId: same.userId, person: p, changes: changesOf(same, p) });
      } else {
        actions.push({
          kind: 'conflict',
          loginId: p.loginId,
          displayName: p.displayName,
          reason: same.source === 'local' ? 'local' : 'login_id_taken',
        });
      }
      continue;
    }
    if (opts.takenElsewhere.has(p.loginId.toLowerCase())) {
      actions.push({
        kind: 'conflict',
        loginId: p.loginId,
        displayName: p.displayName,
        reason: 'login_id_taken',
      });
      continue;
    }
    const { disabled: _, ...person } = p;
    actions.push({ kind: 'add', person });
  }
  function pushSuspend(a: KnownAccount, reason: 'not_found' | 'disabled') {
    if (!opts.suspendLeavers) return;
    if (a.userId === opts.actorUserId) {
      actions.push({ kind: 'conflict', loginId: a.loginId, displayName: a.displayName, reason: 'self' });
      return;
    }
    actions.push({
      kind: 'suspend',
      userId: a.userId,
      loginId: a.loginId,
      displayName: a.displayName,
      reason,
    });
  }
  for (const a of accounts) {
    if (a.source === 'ldap' && a.status === 'active' && !seen.has(a.userId)) pushSuspend(a, 'not_found');
  }
  const counts = { add: 0, link: 0, update: 0, suspend: 0, reactivate: 0, conflict: 0 };
  for (const x of actions) counts[x.kind]++;
  return {
    generatedAt: opts.now,
    directoryCount: people.length,
    linkedCount: accounts.filter((a) => a.source === 'ldap').length,
    actions,
    counts,
    roleProposals: [],
  };
}

/** True when the plan would suspend more than the body's limit of its directory accounts. */
export function exceedsSuspensionLimit(plan: SyncPlan, maxPercent: number): boolean {
  if (plan.counts.suspend === 0) return false;
  if (plan.linkedCount === 0) return true;
  return (plan.counts.suspend * 100) / plan.linkedCount > maxPercent;
}
