/** The backups API of the hosting administrators, and the card's strings (Japanese first, English second). */
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';

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

const ja = {
  title: 'バックアップ',
  health: { ok: '正常', failed: '失敗', overdue: '遅れています', none: 'まだありません' },
  last: '最新',
  lastOk: '最後に成功したバックアップ',
  failedAt: '失敗した日時',
  next: '次回の予定',
  off: '定期バックアップは停止しています（BACKUP_TIME=off）',
  where: '保存先',
  keep: '保存期間：日次 {d} 日分・月次 {m} か月分',
  verified: '監査ログ {n} 件の連鎖を検証済み・{size}',
  now: '今すぐバックアップ',
  queued: 'バックアップを実行待ちにしました。数分後に更新してください。',
  pending: '実行待ちのバックアップがあります。',
  cause: {
    place:
      '保存先のフォルダーを作成できないか、書き込めません。保存先（BACKUP_DIR）の場所と権限を確認してください。',
    space: '保存先の空き容量が足りません。',
    other: 'バックアップを作成できませんでした。',
  },
  detail: '技術的な詳細',
};
const en: typeof ja = {
  title: 'Backups',
  health: { ok: 'OK', failed: 'Failed', overdue: 'Overdue', none: 'None yet' },
  last: 'Latest',
  lastOk: 'Last good backup',
  failedAt: 'Failed at',
  next: 'Next scheduled',
  off: 'Scheduled backups are off (BACKUP_TIME=off)',
  where: 'Stored in',
  keep: 'Kept: {d} daily, {m} monthly',
  verified: '{n} audit events verified · {size}',
  now: 'Back up now',
  queued: 'The backup is queued. Refresh in a few minutes.',
  pending: 'A backup is waiting to run.',
  cause: {
    place:
      'The backup folder cannot be created or written to. Check where BACKUP_DIR points and its permissions.',
    space: 'There is not enough space where backups are stored.',
    other: 'The backup could not be taken.',
  },
  detail: 'Technical details',
};

/** What went wrong, in words: the system's own error text stays behind 「技術的な詳細」. */
export function failureCause(error: string | null): keyof typeof ja.cause {
  if (!error) return 'other';
  if (/\bENOSPC\b|no space/i.test(error)) return 'space';
  if (/\b(?:ENOTDIR|EACCES|EPERM|EROFS|ENOENT|EEXIST)\b/.test(error)) return 'place';
  return 'other';
}

export function useBackupText(): typeof ja {
  const { lang } = useI18n();
  return lang === 'en' ? en : ja;
}
