import type { Kysely } from 'kysely';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { preparedInsert } from '../../db/prepared-insert.ts';
import type { DB } from '../../db/schema.ts';
import { hasMessage } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { enqueueAll, type Priority } from '../jobs/index.ts';
import './events.ts';
import { type NoticeParams, renderNotice } from './render.ts';

export interface NotifyMessage {
  /** Message key of the notice: `<code>.title` and `<code>.body` stand in the module's messages (ja and en). */
  code: string;
  /** Values for the messages' `{name}` placeholders. */
  params?: NoticeParams;
  /** Path in the web app the notification opens. */
  link?: string | null;
  /** Also send an e-mail to people who have an address (default true). */
  email?: boolean;
  /** Priority of the mail in the job queue (default 'normal'; an incident's chain is 'urgent'). */
  priority?: Priority;
}

export const DELIVER_MAIL = 'notifications.deliver_mail';

const insertNotes = preparedInsert(
  'notifications',
  ['id', 'organization_id', 'user_id', 'title', 'body', 'code', 'params', 'link', 'created_at', 'read_at'],
  { withNext: true },
);
const insertMails = preparedInsert(
  'mail_outbox',
  [
    'id',
    'organization_id',
    'user_id',
    'to_address',
    'subject',
    'body',
    'status',
    'created_at',
    'sent_at',
    'error',
  ],
  { withNext: true },
);

// Neither insert is read back by its caller and either failing fails the caller's transaction: on
// PostgreSQL they go with the transaction's next statement (`sendWithNext`), not in round trips of their own.

/**
 * Notifies people of an organization, in the caller's transaction: an in-app notification each (its
 * code and parameters, shown in the reader's language), and an outbox e-mail with a delivery job for
 * those with an address. No one's language is known when a mail leaves, so it says the notice in
 * Japanese and then in English. People of other organizations in `userIds` are skipped. Returns the
 * ids of the people notified.
 */
export async function notify(
  trx: Kysely<DB>,
  organizationId: string,
  userIds: string[],
  message: NotifyMessage,
): Promise<string[]> {
  checkCode(message.code);
  const ids = [...new Set(userIds)];
  if (!ids.length) return [];
  const people = await trx
    .selectFrom('users')
    .select(['id', 'email'])
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'active')
    .where('id', 'in', ids)
    .execute();
  await notifyPeople(trx, organizationId, people, message);
  return people.map((p) => p.id);
}

/**
 * `notify` for people the caller has just read as active members of the organization, with their
 * addresses (an approval step's holders): saves reading them again.
 */
export async function notifyPeople(
  trx: Kysely<DB>,
  organizationId: string,
  people: readonly { id: string; email: string | null }[],
  message: NotifyMessage,
): Promise<void> {
  checkCode(message.code);
  if (!people.length) return;
  const now = nowIso();
  const ja = renderNotice('ja', message.code, message.params);
  const en = renderNotice('en', message.code, message.params);
  const params = message.params && Object.keys(message.params).length ? JSON.stringify(message.params) : null;
  // One statement per table (compiled once per number of people), not one per person.
  const notes = people.map((p) => ({
    id: newId(),
    organization_id: organizationId,
    user_id: p.id,
    // The Japanese words are kept too, for anyone who reads the table itself.
    title: ja.title.slice(0, 200),
    body: ja.body.slice(0, 2000),
    code: message.code,
    params,
    link: message.link ?? null,
    created_at: now,
    read_at: null,
  }));
  await insertNotes(trx, notes);
  const mails =
    message.email === false
      ? []
      : people
          .filter((p) => p.email)
          .map((p) => ({
            id: newId(),
            organization_id: organizationId,
            user_id: p.id,
            to_address: p.email as string,
            subject: `[mamori] ${ja.title} / ${en.title}`.slice(0, 250),
            body: mailBody(ja, en, message.link ?? null),
            status: 'pending' as const,
            created_at: now,
            sent_at: null,
            error: null,
          }));
  await insertMails(trx, mails);
  await enqueueAll(
    trx,
    DELIVER_MAIL,
    mails.map((m) => ({ mailId: m.id })),
    undefined,
    { priority: message.priority ?? 'normal' },
  );
}

/** Refuses a notice whose code has no title or body message (in both languages: `addMessages` checks). */
function checkCode(code: string): void {
  for (const part of ['title', 'body'])
    if (!hasMessage(`${code}.${part}`)) throw new Error(`notice ${code} has no ${part} message`);
}

/** A notice's mail text: Japanese, then English, then the link. */
function mailBody(
  ja: { title: string; body: string },
  en: { title: string; body: string },
  link: string | null,
) {
  return [ja.body, `${en.title}\n${en.body}`, link].filter(Boolean).join('\n\n');
}

/** Queues one e-mail to one person of the organization (no in-app notice: a digest of what the app already shows). */
export async function sendMail(
  trx: Kysely<DB>,
  organizationId: string,
  to: { userId: string; address: string },
  subject: string,
  body: string,
): Promise<void> {
  const id = await insertInOrg(trx, 'mail_outbox', organizationId, {
    user_id: to.userId,
    to_address: to.address,
    subject: `[mamori] ${subject}`.slice(0, 250),
    body,
    status: 'pending',
    created_at: nowIso(),
    sent_at: null,
    error: null,
  });
  await enqueueAll(trx, DELIVER_MAIL, [{ mailId: id }]);
}

/** Marks the caller's notifications read (all, or the given ones); audited with the count. */
export async function markRead(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  ids: string[] | null,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let q = trx
      .updateTable('notifications')
      .set({ read_at: nowIso() })
      .where('organization_id', '=', actor.organizationId)
      .where('user_id', '=', userId)
      .where('read_at', 'is', null);
    if (ids) q = q.where('id', 'in', ids.length ? ids : ['']);
    const res = await q.executeTakeFirst();
    const count = Number(res.numUpdatedRows);
    if (count > 0)
      await recordAudit(trx, actor, 'notifications.read', { type: 'user', id: userId }, { count });
    return count;
  });
}
