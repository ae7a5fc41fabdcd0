/** Messages of backups. */
export const ja: Record<string, string> = {
  'event.backups.completed': 'バックアップを作成し検証した',
  'event.backups.failed': 'バックアップに失敗した',
  'event.backups.requested': 'バックアップの即時実行を依頼した',
  'backups.already_queued': 'バックアップはすでに実行待ちです。',
  'notice.backups.failed.title': 'バックアップに失敗しました',
  'notice.backups.failed.body': '{startedAt}（UTC）に始めたバックアップが失敗しました: {error}',
};

export const en: Record<string, string> = {
  'event.backups.completed': 'Took and verified a backup',
  'event.backups.failed': 'A backup failed',
  'event.backups.requested': 'Asked for a backup now',
  'backups.already_queued': 'A backup is already waiting to run.',
  'notice.backups.failed.title': 'A backup failed',
  'notice.backups.failed.body': 'The backup started at {startedAt} (UTC) failed: {error}',
};
