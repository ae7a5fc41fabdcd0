/** The API of 「自分の点検項目」: the caller's items, saving many answers at once, attaching evidence. */
import { api } from '../../api/client.ts';
import { fileBase64 } from '../dashboard/kit.tsx';

export interface Evidence {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  createdAt: string;
}

export interface Mine {
  id: string;
  campaignId: string;
  campaignTitle: string;
  fiscalYear: number;
  dueOn: string | null;
  question: string;
  clausePath: string | null;
  area: string;
  answer: string | null;
  comment: string | null;
  answeredAt: string | null;
  lastYear: { answer: string | null; comment: string | null } | null;
  evidence: Evidence[];
}

export const ANSWERS = ['done', 'partial', 'not_done', 'na'] as const;

/** The caller's items (load with `useData`). */
export const MINE = '/api/assessment/mine';

export const saveAnswers = (answers: { responseId: string; answer: string; comment: string }[]) =>
  api.post<{ saved: number }>('/api/assessment/answers', { answers });

export async function attachEvidence(responseId: string, file: File) {
  return api.post<{ id: string; sha256: string }>(`/api/assessment/responses/${responseId}/evidence`, {
    fileName: file.name,
    contentType: file.type || 'application/octet-stream',
    dataBase64: await fileBase64(file),
  });
}
