/** Row types of the vendors module: vendors, contracts, the clause list, cloud services, social media, laws. */

interface Stamped {
  id: string;
  organization_id: string;
  created_at: string;
  updated_at: string;
}

export interface VendorsTable extends Stamped {
  name: string;
  address: string | null;
  contact: string | null;
  /** JSON: { kind: isms|pmark|ismap|other, number, expiresOn }[] (R-H1). */
  certifications: string;
  /** not_audited | audited_ok | audited_issues | unknown */
  audit_status: string;
  last_audited_on: string | null;
  notes: string | null;
}

export interface VendorContractsTable extends Stamped {
  vendor_id: string;
  title: string;
  signed_on: string | null;
  ends_on: string | null;
  /** 再委託 allowed/used under this contract. */
  subcontracting: number;
  next_review_on: string | null;
  /** JSON: { text, present }[]: the policy's required clauses checked against this contract (R-H2). */
  clauses: string;
  clause_path: string | null;
  notes: string | null;
}

export interface ContractClauseListsTable {
  organization_id: string;
  /** JSON string[]. */
  clauses: string;
  clause_path: string | null;
  /** policy | manual */
  source: string;
  updated_at: string;
}

export interface CloudServicesTable extends Stamped {
  service: string;
  provider: string | null;
  vendor_id: string | null;
  /** JSON string[]: classes of information handled. */
  info_classes: string;
  ismap: number;
  certifications: string | null;
  evaluation: string | null;
  evaluated_on: string | null;
  approved_by: string | null;
  approval_ref: string | null;
  notes: string | null;
}

export interface SocialAccountsTable extends Stamped {
  service: string;
  account: string;
  /** The one responsible person (R-H6). */
  responsible_user_id: string;
  publishable: string | null;
  procedure_ref: string | null;
  notes: string | null;
}

export interface LawsTable extends Stamped {
  name: string;
  number: string | null;
  /** 法律 | 政令 | 条例 | 規則 | その他 */
  kind: string;
  clause_path: string | null;
  notes: string | null;
}

export interface VendorTables {
  vendors: VendorsTable;
  vendor_contracts: VendorContractsTable;
  contract_clause_lists: ContractClauseListsTable;
  cloud_services: CloudServicesTable;
  social_accounts: SocialAccountsTable;
  laws: LawsTable;
}
