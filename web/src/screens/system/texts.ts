/** Texts of the system administrator's cards (jobs and backups). */
import { defineTexts } from '../../i18n/define.ts';

const jobJa = {
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
    'org.apply_due_transfers': '予定日を迎えた異動の反映',
    'mywork.digest': '「わたしの仕事」のまとめ通知',
  } as Record<string, string>,
  other: 'その他の処理',
};
const jobEn: typeof jobJa = {
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
    'org.apply_due_transfers': 'Transfers that fall due',
    'mywork.digest': 'My-work digest',
  },
  other: 'Other',
};

export const jobTexts = defineTexts(jobJa, jobEn);

const backupJa = {
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
const backupEn: typeof backupJa = {
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

export const backupTexts = defineTexts(backupJa, backupEn);
