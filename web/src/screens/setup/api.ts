/** Paths and answers of the guided set-up (its writes use the owning areas' own routes). */
export const SETUP_STATUS = '/api/setup/status';

export const STEP_KEYS = ['body', 'policy', 'proposals', 'people', 'roles', 'asset', 'handover'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export interface SetupStatus {
  body: { name: string; kind: string | null };
  policy: { documentId: string; versionId: string; inForce: boolean } | null;
  undecided: number;
  scheme: boolean;
  takeOut: boolean;
  people: number;
  units: number;
  /** `empty`: the roles nobody holds yet, named on the checklist. */
  roles: { total: number; filled: number; empty: { id: string; name: string }[] };
  assets: number;
  handedOver: boolean;
  founderRoleId: string | null;
  steps: { key: StepKey; done: boolean }[];
  next: StepKey | null;
}

/** Everything a step changes that other steps and the checklist read again. */
export const SETUP_READS = [SETUP_STATUS, '/api/org', '/api/policy', '/api/classification', '/api/requests'];
