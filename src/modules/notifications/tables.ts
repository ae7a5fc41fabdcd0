/** Row types of in-app notifications and the mail outbox. */
export interface NotificationsTable {
  id: string;
  organization_id: string;
  user_id: string;
  /** The notice in Japanese when it was written (rows before 0430 hold only this). */
  title: string;
  body: string;
  /** Message key of the notice (0430): shown as `<code>.title` / `<code>.body` in the reader's language. */
  code: string | null;
  /** JSON of the messages' parameters (0430). */
  params: string | null;
  /** Path in the web app, e.g. /requests/<id>. */
  link: string | null;
  created_at: string;
  read_at: string | null;
}

/**
 * Every e-mail mamori sends or would send. Without SMTP_URL the outbox is the log: rows stay
 * `logged`; with it the delivery job sends them and marks `sent` (or `failed` after retries).
 */
export interface MailOutboxTable {
  id: string;
  organization_id: string;
  user_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  status: 'pending' | 'sent' | 'logged' | 'failed';
  created_at: string;
  sent_at: string | null;
  error: string | null;
}

export interface NotificationTables {
  notifications: NotificationsTable;
  mail_outbox: MailOutboxTable;
}
