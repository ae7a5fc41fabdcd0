/** Audit events of self-assessment and vendor reviews. */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'assessment.campaign_created': {
      fiscalYear: number;
      kind: string;
      policyVersionId: string | null;
      itemCount: number;
    };
    'assessment.item_added': { campaignId: string; question: string; clausePath: string | null };
    'assessment.item_updated': { before: Record<string, unknown>; after: Record<string, unknown> };
    'assessment.campaign_launched': { respondents: number; responses: number };
    'assessment.campaign_closed': { unanswered: number };
    'assessment.answered': {
      itemId: string;
      clausePath: string | null;
      answer: string;
      previous: string | null;
    };
    'assessment.evidence_added': { responseId: string; fileName: string; sha256: string; size: number };
    'assessment.reminded': { campaignId: string; people: number; responses: number };
    'assessment.escalated': { campaignId: string; unanswered: number; notified: number };
    'assessment.measure_added': { campaignId: string; title: string; ownerUserId: string; dueOn: string };
    'assessment.measure_closed': { result: string };
    'assessment.results_published': { noticeId: string; rate: number | null };
    'assessment.catalogue_accepted': { key: string; clausePath: string | null; question: string };
    'vendors.reviewed': {
      vendorId: string;
      contractId: string | null;
      kind: string;
      result: string;
      issues: number;
      reportedTo: number;
    };
    'vendors.review_reminded': { contractId: string; dueOn: string; notified: number };
  }
}

export {};
