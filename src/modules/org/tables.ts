import type { Generated } from 'kysely';
import type { OrgMoreTables } from './tables-more.ts';

/** Row types of the organization module (organizations, units, people, roles). */
export interface OrganizationsTable {
  id: string;
  code: string;
  name: string;
  /** 'system' for the hosting administrators' own organization, 'body' for a public body. */
  kind: 'system' | 'body';
  /** JSON: OrgSettings (password policy, session timeouts, …). */
  settings: string;
  created_at: string;
  /** 1 for a sample organization set up from a sample policy (0141). */
  sample: Generated<number>;
  /** When the organization was removed from service; its records and audit chain stay (0141). */
  removed_at: string | null;
}

export interface UnitsTable {
  id: string;
  organization_id: string;
  parent_id: string | null;
  name: string;
  /** 部 / 課 / 係 or the body's own word. */
  kind: string;
  sort_order: number;
  created_at: string;
  /** 0 once the unit is abolished; kept because records still point at it (0120). */
  active: Generated<number>;
}

export interface UsersTable {
  id: string;
  organization_id: string;
  login_id: string;
  /** The login ID case folded and in NFKC (`shared/login-id.ts`): unique, and what sign-in looks up. */
  login_key: string;
  display_name: string;
  email: string | null;
  unit_id: string | null;
  /** The post the person holds (役職), used to fill roles by 充て職. */
  post: string | null;
  employment_type: string;
  status: 'active' | 'suspended' | 'retired';
  created_at: string;
  /** Telephone / extension for the emergency contact tree (0120). */
  phone: string | null;
  /** 職員番号: how personnel files and spreadsheets name the person (0130), unique in the body. */
  staff_no: string | null;
}

export interface RolesTable {
  id: string;
  organization_id: string;
  name: string;
  /** 1 = the top of the hierarchy; larger numbers are lower tiers. */
  tier: number;
  /** The post that fills the role (充て職), e.g. 事務局長. */
  post: string | null;
  duties: string | null;
  /** Path of the clause that establishes the role, e.g. 第2章/1./(1). */
  clause_path: string | null;
  created_at: string;
  /** 1 when the policy allows but does not require the role (R-A2 アドバイザー) (0120). */
  optional: Generated<number>;
  /** 1 when holders are designated by someone (R-A6, R-A9) rather than filled by post (0120). */
  designated: Generated<number>;
}

export interface RoleFunctionsTable {
  organization_id: string;
  role_id: string;
  /** A function key from the catalogue, e.g. approve_take_out. */
  function_key: string;
}

export interface RoleAssignmentsTable {
  id: string;
  organization_id: string;
  role_id: string;
  user_id: string;
  /** The unit the assignment covers (a 管理者 of one 課), or null for the whole body. */
  unit_id: string | null;
  /** Acting deputies hold a role for a period. */
  acting: number;
  valid_from: string | null;
  valid_until: string | null;
  created_at: string;
  /** When the assignment was ended (transfer, review, administrator); ended ones grant nothing (0120). */
  ended_at: string | null;
  end_reason: string | null;
}

export interface OrgTables extends OrgMoreTables {
  organizations: OrganizationsTable;
  units: UnitsTable;
  users: UsersTable;
  roles: RolesTable;
  role_functions: RoleFunctionsTable;
  role_assignments: RoleAssignmentsTable;
}
