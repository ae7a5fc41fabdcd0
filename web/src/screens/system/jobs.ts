/** The job queue's status for the hosting administrators, and the card's strings (Japanese first). */
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';

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

const ja = {
  title: '処理待ちの仕事（ジョブ）',
  kind: '種類',
  due: '実行待ち',
  later: '予定',
  running: '実行中',
  failed: '失敗',
  done: '完了',
  waited: '最も古い実行待ちは {m} 分前から待っています。',
  idle: '実行待ちはありません。',
  settings: '同時に {n} 件まで実行・完了した記録は {d} 日間保存',
  failures: '最近の失敗',
  retrying: '再試行予定',
  final: '中止',
  attempts: '{n} 回目',
  urgent: '最優先',
  kinds: {
    'notifications.deliver_mail': 'メール送信',
    'incidents.escalate_overdue': 'インシデントの上位報告（エスカレーション）',
    'requests.sweep': '申請の催促・返却期限の確認',
    'training.sweep': '研修の催促',
    'assessment.sweep': '自己点検の催促',
    'vendors.review_sweep': '委託先評価の催促',
    'audit.checkpoint': '監査ログの署名付きチェックポイント',
    'backups.run': 'バックアップ',
    'directory.sync_sweep': 'ディレクトリとの同期',
  } as Record<string, string>,
  other: 'その他の処理',
};
const en: typeof ja = {
  title: 'Background jobs',
  kind: 'Kind',
  due: 'Due',
  later: 'Scheduled',
  running: 'Running',
  failed: 'Failed',
  done: 'Done',
  waited: 'The oldest due job has waited {m} min.',
  idle: 'Nothing is waiting.',
  settings: 'Up to {n} at once; finished jobs kept {d} days',
  failures: 'Recent failures',
  retrying: 'will retry',
  final: 'gave up',
  attempts: 'attempt {n}',
  urgent: 'first',
  kinds: {
    'notifications.deliver_mail': 'E-mail delivery',
    'incidents.escalate_overdue': 'Incident escalation',
    'requests.sweep': 'Request reminders and return dates',
    'training.sweep': 'Training reminders',
    'assessment.sweep': 'Self-assessment reminders',
    'vendors.review_sweep': 'Vendor review reminders',
    'audit.checkpoint': 'Signed audit checkpoints',
    'backups.run': 'Backup',
    'directory.sync_sweep': 'Directory sync',
  },
  other: 'Other',
};

export function useJobsText(): typeof ja {
  const { lang } = useI18n();
  return lang === 'en' ? en : ja;
}
