/**
 * The three-tier model (三層の対策) as default segment rules: what the national guideline sets for
 * each canonical segment. They are proposals the organization may change, and it may add its own.
 */
import type { SegmentRuleKind } from '../policy/index.ts';

export interface SegmentFlags {
  isolated: boolean;
  noExport: boolean;
  mfaRequired: boolean;
  internetFacing: boolean;
  sanitizedOnly: boolean;
  dedicatedTerminals: boolean;
}

const none: SegmentFlags = {
  isolated: false,
  noExport: false,
  mfaRequired: false,
  internetFacing: false,
  sanitizedOnly: false,
  dedicatedTerminals: false,
};

/**
 * The three tiers' rule flags per canonical segment name (the parser's names, see
 * policy/parse/segments.ts): the segments every organization is offered.
 */
export const THREE_TIER_SEGMENTS: Record<string, SegmentFlags> = {
  マイナンバー利用事務系: { ...none, isolated: true, noExport: true, mfaRequired: true },
  LGWAN接続系: { ...none, sanitizedOnly: true },
  インターネット接続系: { ...none, internetFacing: true },
};

/** Default rule flags per canonical segment name: the three tiers and a stand-alone segment. */
export const DEFAULT_SEGMENTS: Record<string, SegmentFlags> = {
  ...THREE_TIER_SEGMENTS,
  独立系: { ...none, isolated: true },
};

const ruleFlag: Record<SegmentRuleKind, keyof SegmentFlags> = {
  isolation: 'isolated',
  no_export: 'noExport',
  mfa: 'mfaRequired',
  split: 'sanitizedOnly',
  sanitized_transfer: 'sanitizedOnly',
  // A policy demanding monitoring of a segment marks it as one that needs it; whether monitoring
  // is actually in place is the organization's fact (`monitored`), left for it to confirm.
  monitoring: 'internetFacing',
  dedicated_terminal: 'dedicatedTerminals',
};

/** Flags for a segment: its defaults, plus every rule the policy states for it. */
export function flagsFor(name: string, rules: SegmentRuleKind[]): SegmentFlags {
  const flags = { ...(DEFAULT_SEGMENTS[name] ?? none) };
  for (const r of rules) flags[ruleFlag[r]] = true;
  return flags;
}
