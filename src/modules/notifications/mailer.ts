import { rowWhere } from '../../db/rows-in-org.ts';
import { nowIso } from '../../shared/time.ts';
import type { JobContext } from '../jobs/index.ts';

/**
 * Delivers one outbox e-mail. Without SMTP_URL nothing leaves the machine: the row becomes
 * `logged` and the outbox is the record. A failing SMTP server throws, so the job retries.
 */
export async function deliverMail(payload: { mailId: string }, ctx: JobContext): Promise<void> {
  const mail = await rowWhere(ctx.db, 'mail_outbox', { id: payload.mailId, status: 'pending' });
  if (!mail) return;
  if (!ctx.smtpUrl) {
    await ctx.db.updateTable('mail_outbox').set({ status: 'logged' }).where('id', '=', mail.id).execute();
    return;
  }
  // Loaded on first use (~20 MB resident): servers without SMTP never need it.
  const nodemailer = (await import('nodemailer')).default;
  const transport = nodemailer.createTransport(ctx.smtpUrl);
  try {
    await transport.sendMail({
      from: process.env.MAIL_FROM ?? 'mamori@localhost',
      to: mail.to_address,
      subject: mail.subject,
      text: mail.body,
    });
    await ctx.db
      .updateTable('mail_outbox')
      .set({ status: 'sent', sent_at: nowIso(), error: null })
      .where('id', '=', mail.id)
      .execute();
  } catch (e) {
    await ctx.db
      .updateTable('mail_outbox')
      .set({ error: String((e as Error).message).slice(0, 500) })
      .where('id', '=', mail.id)
      .execute();
    throw e;
  } finally {
    transport.close();
  }
}
