/**
 * The three-tier (三層の対策) rule checker: pure, no database. It reads the rule flags each
 * organization sets on its own segments, so a body's 独立系 or renamed segments are checked alike.
 */

export interface SegmentFacts {
  id: string;
  name: string;
  isolated: boolean;
  mfaRequired: boolean;
  internetFacing: boolean;
  monitored: boolean;
  sanitizedOnly: boolean;
  dedicatedTerminals: boolean;
}

export interface SystemFacts {
  id: string;
  name: string;
  segmentId: string | null;
  mfa: boolean;
  dedicatedTerminals: boolean;
}

export type ConnectionKind = 'normal' | 'sanitized' | 'screen_transfer' | 'file_transfer';

export interface ConnectionFacts {
  id: string;
  fromSystemId: string;
  toSystemId: string;
  kind: ConnectionKind;
}

export type FindingCode =
  | 'segments.no_segment'
  | 'segments.isolated_connection'
  | 'segments.unsanitized_crossing'
  | 'segments.mfa_missing'
  | 'segments.monitoring_missing'
  | 'segments.dedicated_terminal_missing';

export interface Finding {
  code: FindingCode;
  /** Requirement the finding comes from (R-C1 … R-C4). */
  requirement: string;
  ja: string;
  en: string;
  segmentIds: string[];
  systemIds: string[];
  connectionId?: string;
}

/** Every rule finding for one organization's segments, systems and declared connections. */
export function checkSegments(
  segments: SegmentFacts[],
  systems: SystemFacts[],
  connections: ConnectionFacts[],
): Finding[] {
  const seg = new Map(segments.map((s) => [s.id, s]));
  const sys = new Map(systems.map((s) => [s.id, s]));
  const out: Finding[] = [];
  for (const s of segments) {
    if (s.internetFacing && !s.monitored) {
      out.push({
        code: 'segments.monitoring_missing',
        requirement: 'R-C2',
        ja: `「${s.name}」はインターネットに接続していますが、不正通信の監視強化が登録されていません。`,
        en: `"${s.name}" faces the Internet but has no strengthened monitoring recorded.`,
        segmentIds: [s.id],
        systemIds: systems.filter((x) => x.segmentId === s.id).map((x) => x.id),
      });
    }
  }
  for (const x of systems) {
    const s = x.segmentId ? seg.get(x.segmentId) : undefined;
    if (!s) {
      out.push({
        code: 'segments.no_segment',
        requirement: 'R-C1',
        ja: `「${x.name}」のネットワーク区分が登録されていません。`,
        en: `"${x.name}" has no network segment.`,
        segmentIds: [],
        systemIds: [x.id],
      });
      continue;
    }
    if (s.mfaRequired && !x.mfa) {
      out.push({
        code: 'segments.mfa_missing',
        requirement: 'R-C3',
        ja: `「${x.name}」は多要素認証が必要な「${s.name}」にありますが、サインインが多要素認証ではありません。`,
        en: `"${x.name}" is in "${s.name}", which requires multi-factor sign-in, but does not use it.`,
        segmentIds: [s.id],
        systemIds: [x.id],
      });
    }
    if (s.dedicatedTerminals && !x.dedicatedTerminals) {
      out.push({
        code: 'segments.dedicated_terminal_missing',
        requirement: 'R-C1',
        ja: `「${x.name}」は専用端末が必要な「${s.name}」にありますが、専用端末が登録されていません。`,
        en: `"${x.name}" is in "${s.name}", which needs dedicated terminals, but has none recorded.`,
        segmentIds: [s.id],
        systemIds: [x.id],
      });
    }
  }
  for (const c of connections) {
    const from = sys.get(c.fromSystemId);
    const to = sys.get(c.toSystemId);
    const a = from?.segmentId ? seg.get(from.segmentId) : undefined;
    const b = to?.segmentId ? seg.get(to.segmentId) : undefined;
    if (!from || !to || !a || !b || a.id === b.id) continue;
    const names = `「${from.name}」(${a.name}) → 「${to.name}」(${b.name})`;
    const ids = { segmentIds: [a.id, b.id], systemIds: [from.id, to.id], connectionId: c.id };
    if (a.isolated || b.isolated) {
      const closed = a.isolated ? a : b;
      out.push({
        code: 'segments.isolated_connection',
        requirement: 'R-C3',
        ja: `${names}: 「${closed.name}」は他の区分と通信できない区分です。`,
        en: `${from.name} (${a.name}) → ${to.name} (${b.name}): "${closed.name}" must not connect to other segments.`,
        ...ids,
      });
      continue;
    }
    const crossesSplit = (a.internetFacing && b.sanitizedOnly) || (b.internetFacing && a.sanitizedOnly);
    if (crossesSplit && c.kind !== 'sanitized') {
      out.push({
        code: 'segments.unsanitized_crossing',
        requirement: 'R-C4',
        ja: `${names}: インターネット接続系との間は無害化通信を経由しなければなりません。`,
        en: `${from.name} (${a.name}) → ${to.name} (${b.name}): traffic with the Internet segment must pass through sanitization.`,
        ...ids,
      });
    }
  }
  return out;
}
