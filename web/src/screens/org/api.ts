import { api, request } from '../../api/client.ts';

/** Calls of the organization screens (PATCH/PUT go through the shared request helper). */
export const orgApi = {
  get: api.get,
  post: api.post,
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
};

/** The notices' paths (mine, sent, receipts). */
export const NOTICES = '/api/org/notices';
export const PEOPLE = '/api/org/people';
export const SETTINGS = '/api/org/settings';
export const ROLES = '/api/org/roles';
export const UNITS = '/api/org/units';
export const FUNCTIONS = '/api/org/functions';

export interface UnitNode {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  active: boolean;
  children: UnitNode[];
}

export interface Person {
  id: string;
  loginId: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  unitId: string | null;
  unitName?: string | null;
  post: string | null;
  employmentType: string;
  status: string;
  roles?: { roleId: string; roleName: string; unitId: string | null; acting: boolean }[];
}

/** A role function as GET /api/org/functions gives it: its name and what a holder does, in both languages. */
export interface RoleFunction {
  key: string;
  ja: string;
  en: string;
  description: { ja: string; en: string };
}

export interface Role {
  id: string;
  name: string;
  tier: number;
  post: string | null;
  duties: string | null;
  clausePath: string | null;
  optional: boolean;
  designated: boolean;
  functions: { key: string; ja: string; en: string }[];
  holders: {
    assignmentId: string;
    userId: string;
    displayName: string;
    unitId: string | null;
    acting: boolean;
    validFrom: string | null;
    validUntil: string | null;
  }[];
}

/** Flattens the unit tree into options with indentation, for selects. */
export function unitOptions(tree: UnitNode[], depth = 0): { id: string; label: string; active: boolean }[] {
  return tree.flatMap((u) => [
    { id: u.id, label: `${'　'.repeat(depth)}${u.name}`, active: u.active },
    ...unitOptions(u.children, depth + 1),
  ]);
}

/** Loads the units as select options. */
export async function loadUnitOptions() {
  const r = await api.get<{ items: UnitNode[] }>('/api/org/units');
  return unitOptions(r.items);
}
