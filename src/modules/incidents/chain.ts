/** The escalation chain: pure rules, no database. Role names never matter; tiers and function keys do. */

/** One configured step of an organization's chain. */
export interface ChainStepConfig {
  /** The role function whose holders take this step (e.g. incidents.receive, incidents.escalate_to). */
  function: string;
  /** Only holders whose role has this tier (1 = top); null: any tier holding the function. */
  tier: number | null;
  /** Only holders of this role (its id): the chain the body's policy names role by role. */
  role?: string | null;
  label: string;
  skippableWhenMinor: boolean;
  timeoutHours: number;
}

/** Who is told as head of the body (組合管理者, 市長): a named person, a role, or a function. */
export interface HeadRecipient {
  kind: 'user' | 'role' | 'function';
  ref: string;
  label: string;
  skippableWhenMinor: boolean;
}

export interface RoleInfo {
  id: string;
  name: string;
  tier: number;
  functions: string[];
}

export const RECEIVE = 'incidents.receive';
export const ESCALATE_TO = 'incidents.escalate_to';
export const HEAD_NOTICE = 'incidents.head_notice';

/**
 * Proposes a chain from the role table: the lowest tier holding `incidents.receive` first, then each
 * higher tier holding `incidents.escalate_to`, up to tier 1. Steps above the receiver are skippable
 * when the receiver judges the case minor (seed 001 第2章5.(3)②: 軽微な事案を除き).
 */
export function proposeChain(roles: RoleInfo[], timeoutHours = 24): ChainStepConfig[] {
  const receivers = roles.filter((r) => r.functions.includes(RECEIVE));
  if (!receivers.length) return [];
  const startTier = Math.max(...receivers.map((r) => r.tier));
  const steps: ChainStepConfig[] = [
    {
      function: RECEIVE,
      tier: startTier,
      label: labelOf(receivers.filter((r) => r.tier === startTier)),
      skippableWhenMinor: false,
      timeoutHours,
    },
  ];
  const above = roles.filter((r) => r.functions.includes(ESCALATE_TO) && r.tier < startTier);
  const tiers = [...new Set(above.map((r) => r.tier))].sort((a, b) => b - a);
  for (const tier of tiers) {
    steps.push({
      function: ESCALATE_TO,
      tier,
      label: labelOf(above.filter((r) => r.tier === tier)),
      skippableWhenMinor: true,
      timeoutHours,
    });
  }
  return steps;
}

/** Proposes the head-of-body recipient: the roles holding `incidents.head_notice`, if any. */
export function proposeHead(roles: RoleInfo[]): HeadRecipient | null {
  const holders = roles.filter((r) => r.functions.includes(HEAD_NOTICE));
  if (!holders.length) return null;
  return { kind: 'function', ref: HEAD_NOTICE, label: labelOf(holders), skippableWhenMinor: true };
}

function labelOf(roles: RoleInfo[]): string {
  return roles.map((r) => r.name).join('・');
}

export interface StepState {
  position: number;
  status: string;
  skippable: boolean;
}

/** The step to activate after `position`: the next one not skipped, or null at the end of the chain. */
export function nextActive<S extends StepState>(steps: S[], position: number): S | null {
  return (
    steps
      .filter((s) => s.position > position && s.status === 'pending')
      .sort((a, b) => a.position - b.position)[0] ?? null
  );
}

/** Steps a minor judgement skips: skippable ones that have not been reached yet or are waiting. */
export function skippedByMinor<S extends StepState>(steps: S[]): S[] {
  return steps.filter((s) => s.skippable && (s.status === 'pending' || s.status === 'waiting'));
}
