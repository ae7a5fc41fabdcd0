/** Routes of "my work": the caller's list and count, and the body's daily digest setting. */
import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { myWork } from './collect.ts';
import { digestSetting, setDigest } from './digest.ts';
import { digestBody } from './schema.ts';

const tags = ['mywork'];

/** Defines the "my work" routes. */
export function myWorkRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/my-work',
    summary: 'Everything waiting for the caller, the most urgent first',
    tags,
    access: access.signedIn,
    async handler({ auth }) {
      const items = await myWork(db, auth);
      return { count: items.length, items };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/my-work/digest',
    summary: 'Whether the body sends the daily e-mail of everyone’s work, and from which hour (Japan time)',
    tags,
    access: access.signedIn,
    async handler({ auth }) {
      return digestSetting(db, auth.organizationId);
    },
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/my-work/digest',
    summary: 'Turn the daily e-mail of everyone’s work on or off and set its hour (Japan time)',
    tags,
    access: access.fn('org.admin'),
    body: digestBody,
    async handler({ body, actor }) {
      return setDigest(db, actor, body);
    },
  });
}
