/** The backups API of the hosting administrators, and the card's strings (Japanese first, English second). */
import { api } from '../../api/client.ts';

export interface BackupRun {
  id: string;
  kind: 'scheduled' | 'manual' | 'before_migration';
  status: 'ok' | 'failed';
  startedAt: string;
  finishedAt: string;
  file: string | null;
  bytes: number | null;
  auditEvents: number | null;
  auditExports: number | null;
  error: string | null;
}

export interface BackupOverview {
  health: 'ok' | 'failed' | 'overdue' | 'none';
  settings: { dir: string; times: string[]; keepDaily: number; keepMonthly: number; auditExport: boolean };
  nextRunAt: string | null;
  pending: boolean;
  runs: BackupRun[];
}

export const getBackups = () => api.get<BackupOverview>('/api/system/backups');
export const backupNow = () => api.post<{ jobId: string }>('/api/system/backups', {});

/** What went wrong, in words: the system's own error text stays behind 「技術的な詳細」. */
export function failureCause(error: string | null): 'space' | 'place' | 'other' {
  if (!error) return 'other';
  if (/\bENOSPC\b|no space/i.test(error)) return 'space';
  if (/\b(?:ENOTDIR|EACCES|EPERM|EROFS|ENOENT|EEXIST)\b/.test(error)) return 'place';
  return 'other';
}
