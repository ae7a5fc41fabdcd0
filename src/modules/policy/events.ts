/** Audit events of the policy module: field names are read by auditors (renaming one is breaking). */
/** What the audit log keeps of a correction added to or removed from a version's reading. */
export interface CorrectionEvent {
  correctionId: string;
  number: number;
  kind: string;
  clausePath: string | null;
  target: string;
  change: Record<string, unknown>;
}

declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'policy.imported': {
      documentId: string;
      title: string;
      number: number;
      fileName: string | null;
      format: string;
      clauses: number;
      warnings: number;
    };
    'policy.version_in_force': {
      documentId: string;
      number: number;
      effectiveOn: string;
      superseded: number | null;
    };
    'policy.proposal_accepted': {
      versionId: string;
      kind: string;
      key: string;
      title: string;
      clausePath: string | null;
      record: { type: string; id: string } | null;
    };
    'policy.proposal_rejected': {
      versionId: string;
      kind: string;
      key: string;
      title: string;
      clausePath: string | null;
    };
    'policy.acknowledged': { documentId: string; number: number };
    'policy.review_opened': {
      documentId: string;
      trigger: string;
      fiscalYear: number | null;
      reason: string;
      dueOn: string | null;
      source: { type: string; id: string } | null;
    };
    'policy.review_updated': { before: Record<string, unknown>; after: Record<string, unknown> };
    'policy.review_closed': { outcome: string; reason: string | null; newVersionId: string | null };
    'policy.visibility_changed': { title: string; before: string; after: string };
    'policy.correction_added': CorrectionEvent;
    'policy.correction_removed': CorrectionEvent;
    'policy.corrections_carried': {
      number: number;
      fromVersionId: string;
      fromNumber: number;
      applied: number;
      unmatched: { kind: string; clausePath: string | null; target: string }[];
    };
  }
}
