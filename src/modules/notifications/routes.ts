import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { noticeText } from './render.ts';
import { listQuery, readBody } from './schema.ts';
import { markRead } from './service.ts';

/** The caller's own notifications: list, unread count, mark read. */
export function notificationRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/notifications',
    summary: 'My notifications, newest first',
    tags: ['notifications'],
    access: access.signedIn,
    query: listQuery,
    async handler({ auth, query, lang }) {
      let q = db
        .selectFrom('notifications')
        .select([
          'id',
          'title',
          'body',
          'code',
          'params',
          'link',
          'created_at as createdAt',
          'read_at as readAt',
        ])
        .where('organization_id', '=', auth.organizationId)
        .where('user_id', '=', auth.userId);
      if (query.unread === '1') q = q.where('read_at', 'is', null);
      const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
      const items = rows.map(({ code, params, ...row }) => ({
        ...row,
        ...noticeText(lang, { title: row.title, body: row.body, code, params }),
      }));
      return { items };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/notifications/unread-count',
    summary: 'How many of my notifications are unread',
    tags: ['notifications'],
    access: access.signedIn,
    async handler({ auth }) {
      const row = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('organization_id', '=', auth.organizationId)
        .where('user_id', '=', auth.userId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return { unread: Number(row.n) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/notifications/read',
    summary: 'Mark my notifications read (all, or the listed ones)',
    tags: ['notifications'],
    access: access.signedIn,
    body: readBody,
    async handler({ auth, actor, body }) {
      const marked = await markRead(db, actor, auth.userId, body.ids ?? null);
      return { marked };
    },
  });
}
