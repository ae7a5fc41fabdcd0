/** Row types of the import module: the column mapping remembered per organization and register. */
export interface ImportMappingsTable {
  organization_id: string;
  /** The import target's key, e.g. `systems.equipment`. */
  register: string;
  /** JSON: field key → the heading text of its column, so a re-ordered sheet still maps. */
  mapping: string;
  heading_row: number;
  sheet: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface ImportsTables {
  import_mappings: ImportMappingsTable;
}
