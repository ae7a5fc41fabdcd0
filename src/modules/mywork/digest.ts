/** The daily e-mail of "my work", for bodies that turn it on: one mail per person with work waiting. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type Lang, t } from '../../i18n/index.ts';
import { systemActor } from '../../shared/actor.ts';
import { todayJst } from '../../shared/business-days.ts';
import { nowIso } from '../../shared/time.ts';
import { formatWareki } from '../../shared/wareki.ts';
import { recordAudit } from '../audit/index.ts';
import { sendMail } from '../notifications/index.ts';
import { rolesAndFunctionsOf } from '../org/index.ts';
import { myWork } from './collect.ts';
import { DEFAULT_DIGEST_HOUR } from './migrations.ts';
import './events.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import type { WorkItem } from './items.ts';

/** The mail text of a work list in one language, most urgent first. */
function digestIn(lang: Lang, items: WorkItem[]): { subject: string; body: string } {
  const lines = items.map((i) => {
    const extra = [
      i.detail,
      i.count !== null ? t(lang, 'mywork.digest.count', { count: i.count }) : null,
      i.dueOn
        ? t(lang, 'mywork.digest.due', { date: lang === 'ja' ? formatWareki(i.dueOn) : i.dueOn })
        : null,
    ].filter(Boolean);
    const line = { kind: t(lang, `mywork.kind.${i.kind}`), title: i.title };
    const text = extra.length
      ? t(lang, 'mywork.digest.item_extra', {
          ...line,
          extra: extra.join(t(lang, 'mywork.digest.separator')),
        })
      : t(lang, 'mywork.digest.item', line);
    return `${text}\n  ${i.link}`;
  });
  return {
    subject: t(lang, 'mywork.digest.subject', { count: items.length }),
    body: `${t(lang, 'mywork.digest.intro')}\n\n${lines.join('\n')}`,
  };
}

/**
 * The mail text of a work list: no one's language is known when a mail leaves, so it says the list in
 * Japanese and then in English, like every notice.
 */
export function digestText(items: WorkItem[]): { subject: string; body: string } {
  const ja = digestIn('ja', items);
  const en = digestIn('en', items);
  return { subject: `${ja.subject} / ${en.subject}`, body: `${ja.body}\n\n${en.body}\n\n/my-work` };
}

/** Sends one organization's digest for `today` unless already sent; returns how many people got one. */
export async function sendDigest(db: Kysely<DB>, organizationId: string, today: string): Promise<number> {
  const due = (s: { enabled: number; last_sent_on: string | null } | undefined) =>
    Boolean(s?.enabled) && !(s?.last_sent_on && s.last_sent_on >= today);
  const settingOf = (q: Kysely<DB>) =>
    q
      .selectFrom('my_work_digest')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();
  if (!due(await settingOf(db))) return 0;
  // Collect outside the write: reading everyone's work is long, writing the mails is short.
  const people = await db
    .selectFrom('users')
    .select(['id', 'email', 'unit_id'])
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'active')
    .where('email', 'is not', null)
    .where('email', '!=', '')
    .execute();
  const mails: { userId: string; address: string; subject: string; body: string }[] = [];
  for (const u of people) {
    const rf = await rolesAndFunctionsOf(db, organizationId, u.id, today);
    const items = await myWork(db, {
      organizationId,
      userId: u.id,
      unitId: u.unit_id,
      functions: rf.functions,
      roleIds: rf.roles.map((r) => r.id),
    });
    if (items.length) mails.push({ userId: u.id, address: u.email as string, ...digestText(items) });
  }
  return db.transaction().execute(async (trx) => {
    // Another instance may have sent it meanwhile: the day's digest goes out once.
    if (!due(await settingOf(trx))) return 0;
    for (const m of mails)
      await sendMail(trx, organizationId, { userId: m.userId, address: m.address }, m.subject, m.body);
    await trx
      .updateTable('my_work_digest')
      .set({ last_sent_on: today })
      .where('organization_id', '=', organizationId)
      .execute();
    await recordAudit(
      trx,
      systemActor(organizationId),
      'mywork.digest_sent',
      { type: 'organization', id: organizationId },
      { date: today, people: mails.length },
    );
    return mails.length;
  });
}

/** The hourly sweep: each body that wants the digest gets it once a day, from the hour it chose on. */
export async function digestSweep(db: Kysely<DB>, now = new Date()): Promise<number> {
  const hourJst = (now.getUTCHours() + 9) % 24;
  const today = todayJst(now);
  const orgs = await db
    .selectFrom('my_work_digest')
    .select('organization_id')
    .where('enabled', '=', 1)
    .where('hour', '<=', hourJst)
    .execute();
  let sent = 0;
  for (const o of orgs) sent += await sendDigest(db, o.organization_id, today);
  return sent;
}

/** The body's digest setting: off by default, at the default hour until it chooses one. */
export interface DigestSetting {
  enabled: boolean;
  /** The hour (0–23, Japan time) the mail goes out from. */
  hour: number;
}

/** Turns the body's digest on or off and sets its hour (audited, with the setting before and after). */
export async function setDigest(
  db: Kysely<DB>,
  actor: import('../../shared/actor.ts').Actor,
  change: { enabled: boolean; hour?: number },
): Promise<DigestSetting> {
  return db.transaction().execute(async (trx) => {
    const org = actor.organizationId;
    const before = await digestSetting(trx, org);
    const after = { enabled: change.enabled, hour: change.hour ?? before.hour };
    const values = {
      enabled: after.enabled ? 1 : 0,
      hour: after.hour,
      updated_by: actor.userId,
      updated_at: nowIso(),
    };
    const existing = await rowInOrg(trx, 'my_work_digest', org, {}, ['organization_id']);
    if (existing)
      await trx.updateTable('my_work_digest').set(values).where('organization_id', '=', org).execute();
    else
      await trx
        .insertInto('my_work_digest')
        .values({ organization_id: org, last_sent_on: null, ...values })
        .execute();
    await recordAudit(
      trx,
      actor,
      'mywork.digest_set',
      { type: 'organization', id: org },
      { enabled: after.enabled, hour: after.hour, before },
    );
    return after;
  });
}

/** Whether the body sends the digest, and from which hour. */
export async function digestSetting(db: Kysely<DB>, organizationId: string): Promise<DigestSetting> {
  const row = await rowInOrg(db, 'my_work_digest', organizationId, {}, ['enabled', 'hour']);
  return { enabled: Boolean(row?.enabled), hour: row?.hour ?? DEFAULT_DIGEST_HOUR };
}
