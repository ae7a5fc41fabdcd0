/** Row types of the 情報資産管理台帳: assets, their class, storage locations, search grams and requests. */
export type AssetKind = 'information' | 'paper' | 'system' | 'device' | 'medium';
export type AssetStatus = 'draft' | 'registered' | 'disposed';

export interface AssetsTable {
  id: string;
  organization_id: string;
  /** 資産番号, unique per organization. */
  asset_no: string;
  name: string;
  kind: AssetKind;
  owner_unit_id: string;
  owner_user_id: string | null;
  /** JSON string[]: 取扱制限 (R-B2). */
  restrictions: string;
  location_id: string | null;
  backup: string | null;
  personal_info: number;
  specific_personal_info: number;
  retention: string | null;
  /** Free text until the systems module defines segments. */
  network_segment: string | null;
  status: AssetStatus;
  /** R-B5: a draft is to be deleted (or registered) by this date. */
  draft_delete_on: string | null;
  /** The container (a medium) that holds this asset (R-B7). */
  parent_id: string | null;
  /** The source of a copy (R-B3). */
  copied_from: string | null;
  note: string | null;
  /** JSON string[]: level ids of the highest class of the asset and its contents (R-B7), computed. */
  computed_class: string;
  /** The import that created it (audit target `asset_import`), or null. */
  import_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** The designation record (R-B1): one level per axis, who set it, when, and why when lowered. */
export interface AssetClassesTable {
  organization_id: string;
  asset_id: string;
  axis_id: string;
  level_id: string;
  set_by: string | null;
  set_at: string;
  source: 'designated' | 'inherited' | 'remap' | 'import';
  /** Reason recorded when the level was lowered (R-B3). */
  reason: string | null;
}

export interface AssetLocationsTable {
  id: string;
  organization_id: string;
  name: string;
  lockable: number;
  offsite: number;
  created_at: string;
}

/** Bigram index for Japanese search: one row per distinct two-character gram of an asset's text. */
export interface AssetSearchTable {
  organization_id: string;
  asset_id: string;
  gram: string;
}

/** "Please classify" requests for information received from outside (R-B6). */
export interface AssetClassifyRequestsTable {
  id: string;
  organization_id: string;
  asset_id: string | null;
  subject: string;
  received_from: string | null;
  note: string | null;
  requested_by: string;
  requested_at: string;
  status: 'open' | 'answered';
  /** JSON string[]: the level ids decided. */
  answer_levels: string | null;
  answer_note: string | null;
  answered_by: string | null;
  answered_at: string | null;
}

export interface AssetTables {
  assets: AssetsTable;
  asset_classes: AssetClassesTable;
  asset_locations: AssetLocationsTable;
  asset_search: AssetSearchTable;
  asset_classify_requests: AssetClassifyRequestsTable;
}
