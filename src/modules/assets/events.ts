/** Audit events of the asset register (target type `asset` unless noted). */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'assets.created': {
      assetNo: string;
      name: string;
      kind: string;
      status: string;
      ownerUnitId: string;
      ownerUserId: string | null;
      copiedFrom: string | null;
      parentId: string | null;
    };
    'assets.updated': { assetNo: string; changes: Record<string, { before: unknown; after: unknown }> };
    /** R-B1: who designated which level; R-B3: a lowering carries its reason. */
    'assets.classified': {
      assetNo: string;
      levels: { axis: string; before: string | null; after: string }[];
      lowered: boolean;
      reason: string | null;
      source: 'designated' | 'inherited';
    };
    'assets.registered': { assetNo: string; label: string };
    'assets.disposed': { assetNo: string };
    'assets.draft_deleted': { assetNo: string; name: string };
    'assets.location_created': { name: string; lockable: boolean; offsite: boolean };
    /** Target `asset_import`: one event per import, listing every asset number created. */
    'assets.imported': { count: number; encoding: string; sha256: string; assetNos: string[] };
    'assets.classify_requested': { subject: string; receivedFrom: string | null; assetId: string | null };
    'assets.classify_answered': { subject: string; levels: string[]; note: string | null };
  }
}

export {};
