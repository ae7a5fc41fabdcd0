/** The training API (研修): paths and answer shapes. */
import { api } from '../../api/client.ts';

export interface TrainingPlanRow {
  id: string;
  fiscalYear: number;
  title: string;
  organizer: string | null;
  audience: string;
  clausePath: string | null;
  sessions: { id: string; heldOn: string; place: string | null }[];
}

export interface Completion {
  overall: { total: number; completed: number };
  byUnit: { unitId: string | null; name: string | null; total: number; completed: number }[];
  missed: { userId: string; displayName: string; loginId: string; unitId: string | null }[];
  checks: { checkedBy: string; checkedAt: string; note: string | null; completed: number; total: number }[];
}

export interface ImportResult {
  rows: number;
  attended: number;
  absent: number;
  errors: { row: number; message: string }[];
  imported: boolean;
}

export const TRAINING = '/api/training';
export const PLANS = `${TRAINING}/plans`;
export const completionPath = (planId: string) => `${PLANS}/${planId}/completion`;

export const trainingApi = {
  createPlan: (body: Record<string, unknown>) => api.post<{ id: string }>(PLANS, body),
  remind: (planId: string) => api.post<{ reminded: number }>(`${PLANS}/${planId}/remind`),
  addSession: (planId: string, body: { heldOn: string; place?: string }) =>
    api.post(`${PLANS}/${planId}/sessions`, body),
  attendance: (sessionId: string, entries: { userId: string; attended: boolean }[]) =>
    api.post(`${TRAINING}/sessions/${sessionId}/attendance`, { entries }),
  importAttendance: (sessionId: string, body: { encoding: string; dataBase64: string; dryRun: boolean }) =>
    api.post<ImportResult>(`${TRAINING}/sessions/${sessionId}/attendance/import`, body),
  check: (planId: string, note: string) => api.post(`${PLANS}/${planId}/check`, { note }),
};
