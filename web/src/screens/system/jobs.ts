/** The job queue's status for the hosting administrators, and the card's strings (Japanese first). */
import { api } from '../../api/client.ts';

export interface QueueKind {
  kind: string;
  priority: number;
  due: number;
  later: number;
  running: number;
  failed: number;
  done: number;
}

export interface QueueStatus {
  settings: { concurrency: number; keepDays: number };
  oldestDueAt: string | null;
  waitedSeconds: number;
  kinds: QueueKind[];
  failures: {
    id: string;
    kind: string;
    attempts: number;
    error: string | null;
    final: boolean;
    at: string;
  }[];
}

export const getQueue = () => api.get<QueueStatus>('/api/system/jobs');
