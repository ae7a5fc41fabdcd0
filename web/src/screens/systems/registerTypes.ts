/** How a register screen describes its columns and form fields (one config per register). */
export type InputKind =
  | 'text'
  | 'textarea'
  | 'bool'
  | 'date'
  | 'int'
  | 'select'
  | 'ref'
  | 'list'
  /** a unit of the body, chosen from the org directory */
  | 'unit'
  /** one person, chosen from the org directory */
  | 'person'
  /** several people, ticked from the org directory */
  | 'people'
  /** a vendor's certifications: kind, number, expiry */
  | 'certs';

export interface RegisterField {
  key: string;
  ja: string;
  en: string;
  kind: InputKind;
  required?: boolean;
  /** select: value → [ja, en] labels */
  options?: Record<string, [string, string]>;
  /** ref: the list URL whose items fill the choices, and the item's label key */
  refUrl?: string;
  refLabel?: string;
  /** Shown as a column of the table. */
  column?: boolean;
  /** A computed key to show in the column instead of the raw value (e.g. segmentName). */
  display?: string;
  /** Computed by the server: shown in the list, never sent. */
  computed?: boolean;
}

export interface RegisterConfig {
  /** API base, e.g. /api/systems/systems */
  url: string;
  ja: string;
  en: string;
  fields: RegisterField[];
  /** Whether the current user may change it. */
  fn: string;
}

export type Item = Record<string, unknown> & { id: string };
