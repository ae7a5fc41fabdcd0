/** Types and calls of the policy API used by the screens. */
import { ApiError, api, request } from '../../api/client.ts';
import type { CorrectionKind } from './corrections/api.ts';

export interface VersionSummary {
  id: string;
  documentId: string;
  number: number;
  status: 'draft' | 'in_force' | 'superseded';
  sourceFileName: string | null;
  enactedOn: string | null;
  effectiveOn: string | null;
  amendedOn: { date: string; wareki: string }[];
  warningCount: number;
  importedAt: string;
}
export interface DocumentItem {
  id: string;
  title: string;
  kinds: string[];
  visibility: string;
  versionCount: number;
  inForce: VersionSummary | null;
  latest: VersionSummary | null;
}
export interface ClauseNode {
  path: string;
  label: string;
  depth: number;
  title?: string;
  text: string;
  children: ClauseNode[];
}
export interface VersionDetail extends VersionSummary {
  title: string;
  kinds: string[];
  visibility: string;
  tree: ClauseNode[];
  warnings: { code: string; message: string; path?: string }[];
  links: Record<string, Record<string, number>>;
}
export interface Pending {
  versionId: string;
  documentId: string;
  title: string;
  number: number;
}
export interface ProposalItem {
  kind: string;
  key: string;
  title: string;
  detail: string;
  clausePath: string | null;
  alreadyPresent?: boolean;
  /** the reviewer's corrections this proposal follows (shown as 訂正済み with what was changed) */
  corrections: { id: string; kind: CorrectionKind; target: string; change: Record<string, unknown> }[];
  decision: {
    decision: 'accepted' | 'rejected';
    recordType: string | null;
    recordId: string | null;
    at: string;
  } | null;
}

export interface DocumentDetail {
  id: string;
  title: string;
  kinds: string[];
  visibility: string;
  versions: VersionSummary[];
}
export interface Review {
  id: string;
  documentId: string;
  documentTitle: string;
  trigger: string;
  fiscalYear: number | null;
  reason: string;
  inputs: string;
  dueOn: string | null;
  status: 'open' | 'closed';
  outcome: string | null;
  outcomeReason: string | null;
  openedAt: string;
}
export interface AckPerson {
  userId: string;
  loginId: string;
  displayName: string;
  post: string | null;
  unit: string | null;
  acknowledgedAt?: string;
}
export interface AreaResult {
  id: string;
  title: string;
  description: string;
  scope: 'basic' | 'both' | 'standard';
  parent?: string;
  status: 'covered' | 'thin' | 'missing';
  paths: string[];
}

/** The policy API's paths, for `useData` and for invalidating after a change. */
export const policyPaths = {
  documents: '/api/policy/documents',
  publicDocuments: '/api/policy/public',
  document: (id: string) => `/api/policy/documents/${id}`,
  version: (id: string) => `/api/policy/versions/${id}`,
  versions: '/api/policy/versions',
  search: (id: string, q: string) => `/api/policy/versions/${id}/search?q=${encodeURIComponent(q)}`,
  gap: (id: string) => `/api/policy/versions/${id}/gap`,
  proposals: (id: string) => `/api/policy/versions/${id}/proposals`,
  acknowledgements: (id: string) => `/api/policy/versions/${id}/acknowledgements`,
  pending: '/api/policy/acknowledgements/pending',
  reviews: '/api/policy/reviews',
};

/** PUT/PATCH helpers (the shell's client has get/post/delete). */
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body);
export const patch = <T>(path: string, body: unknown) => request<T>('PATCH', path, body);
export { api };

/** The policy API's changes. */
export const policyApi = {
  acknowledge: (versionId: string) => api.post(`/api/policy/versions/${versionId}/acknowledge`),
  setInForce: (versionId: string) => api.post(`/api/policy/versions/${versionId}/in-force`, {}),
  setVisibility: (documentId: string, visibility: string) =>
    put(`/api/policy/documents/${documentId}/visibility`, { visibility }),
  openReview: (body: Record<string, unknown>) => api.post(policyPaths.reviews, body),
  closeReview: (reviewId: string, body: Record<string, unknown>) =>
    api.post(`/api/policy/reviews/${reviewId}/close`, body),
  decide: (versionId: string, decisions: { kind: string; key: string; accept: boolean }[]) =>
    api.post(`/api/policy/versions/${versionId}/proposals/decide`, { decisions }),
};

/**
 * Uploads a file's bytes with progress (fetch cannot report upload progress), with the session's CSRF token.
 * Rejects with an ApiError in the server's error shape.
 */
export async function uploadPolicy(
  file: File,
  kind: string,
  onProgress: (pct: number) => void,
  documentId?: string,
): Promise<{
  documentId: string;
  versionId: string;
  warnings: string[];
  corrections: { applied: number; unmatched: number } | null;
}> {
  const { csrfToken } = await api.get<{ csrfToken: string }>('/api/session');
  const query = new URLSearchParams();
  if (kind) query.set('kind', kind);
  if (documentId) query.set('documentId', documentId);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/policy/import${query.size ? `?${query}` : ''}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let data: {
        error?: { code: string; message: string; messages?: Record<'ja' | 'en', string>; fields?: [] };
      } | null = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as never);
      else
        reject(
          new ApiError(
            xhr.status,
            data?.error?.code ?? `http.${xhr.status}`,
            data?.error?.message ?? '',
            data?.error?.fields ?? [],
            data?.error?.messages,
          ),
        );
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', ''));
    xhr.send(file);
  });
}
