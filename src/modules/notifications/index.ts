import type { AppModule } from '../module.ts';
import { deliverMail } from './mailer.ts';
import { en, ja } from './messages.ts';
import { notificationMigrations } from './migrations.ts';
import { notificationRoutes } from './routes.ts';
import { DELIVER_MAIL } from './service.ts';

export type { NotificationTables } from './tables.ts';

/** In-app notifications and e-mail (SMTP, or the outbox as the log). */
export const notificationsModule: AppModule = {
  name: 'notifications',
  migrations: notificationMigrations,
  messages: { ja, en },
  jobs: [{ kind: DELIVER_MAIL, handler: deliverMail }],
  routes: notificationRoutes,
};

export { dateParam, type NoticeParam, type NoticeParams, paramsIn, renderNotice } from './render.ts';
export { type NotifyMessage, notify, notifyPeople, sendMail } from './service.ts';
