/** Row types of classification schemes: versions, axes, ordered levels and re-map reviews. */
export interface ClassificationVersionsTable {
  id: string;
  organization_id: string;
  /** 1, 2, 3 … per organization. */
  version: number;
  name: string;
  /** `pending` waits for its re-map review; only one `active` version per organization. */
  status: 'pending' | 'active' | 'retired';
  /** The clause the scheme comes from, or null when entered by hand (R-B14). */
  clause_path: string | null;
  created_by: string | null;
  created_at: string;
  activated_at: string | null;
}

export interface ClassificationAxesTable {
  id: string;
  organization_id: string;
  version_id: string;
  name: string;
  sort_order: number;
}

export interface ClassificationLevelsTable {
  id: string;
  organization_id: string;
  version_id: string;
  axis_id: string;
  label: string;
  /** 1 = highest, by the organization's own order (R-B7). */
  rank: number;
  definition: string | null;
  /** JSON string[]: default 取扱制限 tags (R-B2). */
  restrictions: string;
  /** R-B8: media of this level must be kept in a lockable place / backed up off-site. */
  requires_lockable: number;
  requires_offsite: number;
  /** JSON string[]: role function keys that may designate this level; empty = any classifier. */
  designators: string;
}

export interface ClassificationRemapsTable {
  id: string;
  organization_id: string;
  version_id: string;
  asset_id: string;
  old_level_id: string;
  /** Suggested by matching axis name and label; null when nothing matches. */
  proposed_level_id: string | null;
  confirmed_level_id: string | null;
  confirmed_by: string | null;
  confirmed_at: string | null;
}

export interface ClassificationTables {
  classification_versions: ClassificationVersionsTable;
  classification_axes: ClassificationAxesTable;
  classification_levels: ClassificationLevelsTable;
  classification_remaps: ClassificationRemapsTable;
}
