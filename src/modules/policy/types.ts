/**
 * Types of the policy-text analysis. Everything in `PolicyAnalysis` is plain JSON so it can be
 * stored, sent to the UI and compared in fixtures.
 */
import type { DateKind, PolicyKind } from './policy-patterns.ts';

/** Which numbering style a clause uses (see parse/styles.ts); the hierarchy comes from the document. */
export type MarkerStyle =
  | 'part' // 第N部 (a part of a policy in parts: 基本方針 / 対策基準)
  | 'hen' // 第N編
  | 'chapter' // 第N章
  | 'section' // 第N節
  | 'subsection' // 第N款
  | 'article' // 第N条 (第N条の2)
  | 'article-bare' // 第N (花巻市 style)
  | 'arabic' // 1 / １ (a 項 number inside an article)
  | 'arabic-dot' // 1.
  | 'arabic-paren' // (1) / （１）
  | 'dash' // 1-1, 2―4―1 (guideline numbering, any dash)
  | 'dotted' // 1.1, 1.1.1, 1.1.(1)
  | 'kanji' // 一, 十一 (law-style 号)
  | 'circled' // ①
  | 'kana' // ア (and イロハ)
  | 'kana-paren' // (ア)
  | 'latin' // a
  | 'latin-paren' // (a)
  | 'bullet' // ・ or a markdown "- " item
  | 'supplementary' // 附則
  | 'appendix'; // 別表 / 別記 / 様式

/** One node of the clause tree. `path` is stable, e.g. `第2章/2./(2)/⑦`. */
export interface ClauseNode {
  path: string;
  /** numbering as printed (normalized), e.g. `第3`, `(1)`, `①`, `附則` */
  label: string;
  style: MarkerStyle;
  /** ordinal within its style (1 for ア, 2 for イ …); 0 when not numbered */
  number: number;
  depth: number;
  /** heading text, when the clause is a heading (or a caption line like `(目的)` before an article) */
  title?: string;
  /** the clause's own text (not its children), normalized for analysis */
  text: string;
  /** the clause's own text as it stands in the original document */
  original: string;
  /** [start, end) offsets in the original text, covering the clause's own lines */
  span: [number, number];
  /** line (1-based) of the numbered line in the original text */
  line: number;
  /** why the clause sits where it does in the tree (Japanese; shown by `policy explain` and the review screen) */
  why: string;
  /** tables attached to this clause: rows of cells, 〃 left as printed */
  tables?: string[][][];
  /** when every child is a plain list item (no heading, no modality): their texts in order */
  list?: string[];
  children: ClauseNode[];
}

/** Entry of the clause list (document order). */
export interface ClauseSummary {
  path: string;
  depth: number;
  label: string;
  title?: string;
}

export type { DateKind, PolicyKind };

export interface PolicyDate {
  kind: DateKind;
  iso: string;
  /** the date as printed */
  text: string;
  path: string;
}

export interface Role {
  /** the name the document uses afterwards (e.g. `CISO` for 最高情報セキュリティ責任者) */
  name: string;
  aliases?: string[];
  /** post that fills it (充て職), e.g. `事務局長`; absent when the text names none */
  post?: string;
  /** clause that defines or appoints it */
  path: string;
  /** 1 = top; derived from reporting, assisting, appointing and post rank where the text allows */
  tier?: number;
  /** which relation of the text put the role at its tier (shown to the reviewer) */
  tierReason?: string;
  /** roles directly above this one, where derivable */
  reportsTo?: string[];
  /** who designates/appoints the holder (R-A6, R-A9) */
  appointedBy?: string;
  /** set when the text makes the role optional (必要に応じ…置き) */
  optional?: boolean;
  /** the role acts in the text but no sentence appoints it (the reviewer is told) */
  unappointed?: boolean;
  /** per-unit role (each 課/部 has one) */
  perUnit?: string;
  duties?: string[];
}

export interface CommitteeMemberTable {
  path: string;
  columns: string[];
  /** rows with 〃 resolved to the value above */
  rows: string[][];
}

export interface Committee {
  name: string;
  /** short name the text uses (以下「委員会」という) */
  alias?: string;
  path: string;
  purpose?: string;
  duties: string[];
  chair?: { title: string; post?: string };
  viceChair?: { title: string; post?: string };
  secretariat?: string;
  /** members named in the text (roles or posts), chair and vice-chair excluded */
  memberNames?: string[];
  members?: CommitteeMemberTable;
}

export interface ClassificationLevel {
  axis: string;
  label: string;
  /** 1 = highest */
  rank: number;
  definition?: string;
}

export interface Classification {
  axes: string[];
  levels: ClassificationLevel[];
  /** roles that may designate a level (e.g. 重要性II by 管理者 or 責任者) */
  designators?: string[];
  path: string;
}

export interface Definition {
  term: string;
  definition: string;
  path: string;
}

export type SegmentRuleKind =
  | 'isolation'
  | 'no_export'
  | 'mfa'
  | 'split'
  | 'sanitized_transfer'
  | 'monitoring'
  | 'dedicated_terminal';

export interface SegmentRule {
  kind: SegmentRuleKind;
  segment: string;
  path: string;
  text: string;
}

export type Modality = 'must' | 'must_not' | 'shall' | 'endeavor' | 'may';

export type ObligationTopic =
  | 'take_out'
  | 'transport'
  | 'external_provision'
  | 'external_email'
  | 'disposal'
  | 'software_install'
  | 'device_modification'
  | 'network_connection'
  | 'cloud_use'
  | 'private_device'
  | 'security_setting'
  | 'system_introduction'
  | 'wireless_lan'
  | 'outsourcing'
  | 'information_viewing'
  | 'exception';

/**
 * Where the actors of an obligation come from: its own subject, the previous sentence of the same
 * clause, the sentence that introduces the list it is an item of, a heading above it, or nowhere
 * (`unknown`: the reviewer is asked).
 */
export type ActorSource = 'subject' | 'previous' | 'list' | 'heading' | 'unknown' | 'corrected';

/** The approvers of one act of a sentence that covers several (see `Obligation.approvalsByAct`). */
export interface ActApproval {
  /** the act as the table heads its column (持出し, 複製) */
  act: string;
  /** the kind of act, where it is one the engine knows */
  topic?: ObligationTopic;
  approver: string[];
  approverByLevel: Record<string, string[]>;
}

export interface Obligation {
  path: string;
  /** the sentence, normalized */
  text: string;
  modality: Modality;
  /** roles of the document, or the staff term (職員 / 職員等); empty when nobody could be found */
  actors: string[];
  actorFrom?: ActorSource;
  /** roles whose permission or approval the sentence requires */
  approver?: string[];
  /** when the approver depends on the asset's level: level (e.g. `機密性3`) → roles */
  approverByLevel?: Record<string, string[]>;
  /**
   * where one sentence covers several acts and a table gives each act its own approvers
   * (区分 | 持出し | 外部提供 | 廃棄 | 複製): one entry per act, in the table's order
   */
  approvalsByAct?: ActApproval[];
  /** what the actor does or under which condition (the modifier of the actor, or the 場合 clause) */
  condition?: string;
  /** classification levels the sentence names, e.g. ['重要性I', '重要性II'] */
  levels?: string[];
  topic?: ObligationTopic;
  /** items of a list the sentence introduces (次の…, 以下の…) */
  list?: string[];
}

export interface TocEntry {
  label: string;
  title: string;
  page?: string;
  /** line (1-based) in the original text */
  line?: number;
}

export interface PolicyWarning {
  code: string;
  /** Message key of its words (`warning-messages.ts`) and their parameters; absent in analyses stored before. */
  key?: string;
  params?: Record<string, string | number>;
  /** In Japanese */
  message: string;
  path?: string;
}

export interface PolicyAnalysis {
  title: string;
  issuer: string | null;
  kinds: PolicyKind[];
  dates: PolicyDate[];
  roles: Role[];
  committees: Committee[];
  classification: Classification | null;
  /** canonical segment names: マイナンバー利用事務系, LGWAN接続系, インターネット接続系, 独立系 */
  segments: string[];
  segmentRules: SegmentRule[];
  definitions: Definition[];
  /** flat list in document order */
  clauses: ClauseSummary[];
  tree: ClauseNode[];
  toc: TocEntry[];
  obligations: Obligation[];
  /** human-readable warnings (Japanese) */
  warnings: string[];
  /** the same warnings with a stable code and the clause they concern */
  warningDetails: PolicyWarning[];
  /** how many of the given corrections were applied (absent when none were given) */
  correctionsApplied?: number;
  /** positions (in the given list) of the corrections that did not apply (absent when none were given) */
  correctionsUnmatched?: number[];
}

/**
 * A reviewer's correction of what the engine read. Clause-bound corrections carry the clause's
 * `anchor` (corrections.ts `anchorOf`: a fingerprint of its own text) and its path when made, so
 * that they apply again to the next version wherever that text is unchanged.
 */
export type PolicyCorrection =
  | {
      kind: 'clause';
      anchor: string;
      path: string;
      /** the new parent (`null`: the top level); the clause's level follows from it */
      parent?: { anchor: string; path: string } | null;
      /** the heading's title; `null`: the clause is not a heading */
      title?: string | null;
    }
  | { kind: 'role'; name: string; post?: string | null; tier?: number; aliases?: string[] }
  | {
      kind: 'actor';
      anchor: string;
      path: string;
      sentence: string;
      /** who must act; absent: unchanged */
      actors?: string[];
      /** must / must_not / …; absent: unchanged */
      modality?: Modality;
      /** whose permission the sentence requires (replaces any approver by level); absent: unchanged */
      approver?: string[];
    }
  | { kind: 'level'; axis: string; label: string; rank?: number; definition?: string; remove?: boolean }
  /** A classification axis renamed (機密性分類 → 機密性): its levels, and the obligations' level names, follow. */
  | { kind: 'axis'; axis: string; name: string };

export interface AnalyzeOptions {
  /** skip building `original` texts (smaller output) */
  omitOriginal?: boolean;
  /** the reviewer's corrections, applied where the text they concern is unchanged */
  corrections?: PolicyCorrection[];
}
