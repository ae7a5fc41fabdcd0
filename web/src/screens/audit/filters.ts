/** The audit log's filters, as kept in the page address. */
export interface AuditFilters {
  actor: string;
  event: string;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
}

export const FILTER_KEYS = ['actor', 'event', 'targetType', 'targetId', 'from', 'to'] as const;

export function readFilters(search: string): AuditFilters {
  const q = new URLSearchParams(search);
  const out = {} as AuditFilters;
  for (const k of FILTER_KEYS) out[k] = q.get(k) ?? '';
  return out;
}

/** The page address for a set of filters. */
export function filtersToSearch(f: AuditFilters): string {
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k].trim()) q.set(k, f[k].trim());
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The API query: dates are JST calendar days (YYYY-MM-DD, `to` inclusive), as the server reads them. */
export function filtersToApi(f: AuditFilters): Record<string, string> {
  const q: Record<string, string> = {};
  for (const k of FILTER_KEYS) if (f[k].trim()) q[k] = f[k].trim();
  return q;
}
