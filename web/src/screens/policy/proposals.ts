/** Shared helpers of the proposal review: grouping order, item keys and where created records are seen. */
import type { ProposalItem } from './api.ts';

/** Groups in the order an administrator sets a body up; kinds from other providers follow. */
const ORDER = ['roles', 'classification', 'segments', 'request_types', 'incident_chain', 'check_items'];

/** The kinds present, in setup order. */
export function kindsOf(items: ProposalItem[]): string[] {
  const present = [...new Set(items.map((i) => i.kind))];
  return [...ORDER.filter((k) => present.includes(k)), ...present.filter((k) => !ORDER.includes(k))];
}

export const keyOf = (i: { kind: string; key: string }) => `${i.kind}\u0000${i.key}`;

/** Groups longer than this are folded (check items run to hundreds). */
export const LONG = 15;

/** Where a record created from a proposal is seen (by the record type the provider answered). */
export function recordHref(type: string | null, id: string | null): string | null {
  if (!type || !id) return null;
  switch (type) {
    case 'role':
      return `/organization/roles/${id}`;
    case 'committee':
      return `/organization/committees/${id}`;
    case 'classification_version':
      return '/registers/classification';
    case 'network_segment':
      return '/registers/systems';
    case 'request_type':
      return '/requests';
    case 'assessment_check_item':
      return '/inspections';
    case 'incident_settings':
      return '/incidents/settings';
    default:
      return null;
  }
}
