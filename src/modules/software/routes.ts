/** Routes of the software module: registers, end-of-support warnings and the warning window. */
import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import { t } from '../../i18n/index.ts';
import type { AppContext } from '../module.ts';
import { rowToApi } from '../systems/index.ts';
import { SOFTWARE_READ, SOFTWARE_WRITE } from './functions.ts';
import { decorateSoftware, warnDaysOf, withSupportEnd } from './queries.ts';
import { softwareRegister } from './registers.ts';
import { settingsBody, warningsQuery } from './schema.ts';
import { setWarnDays } from './settings.ts';

/** Defines the software module's own routes (its registers' routes come with the kit's manifest). */
export function softwareRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  defineRoute(app, {
    method: 'GET',
    url: '/api/software/support-warnings',
    summary: 'Software past or near end of support, or whose support ends within the planned use (R-F19)',
    tags: ['software'],
    access: access.fn(...SOFTWARE_READ),
    query: warningsQuery,
    async handler({ query, auth, lang }) {
      const days = query.days ?? (await warnDaysOf(db, auth.organizationId));
      const rows = await withSupportEnd(db, auth.organizationId);
      const items = await decorateSoftware(
        db,
        auth.organizationId,
        rows.map((r) => rowToApi(softwareRegister.fields, r)),
        days,
      );
      const warned = items.filter((i) => (i.warnings as string[]).length > 0);
      return {
        warnDays: days,
        count: warned.length,
        items: warned.map((i) => ({
          ...i,
          messages: (i.warnings as string[]).map((w) => t(lang, `software.${w}`)),
        })),
      };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/software/settings',
    summary: 'The end-of-support warning window',
    tags: ['software'],
    access: access.fn(...SOFTWARE_READ),
    async handler({ auth }) {
      return { warnDays: await warnDaysOf(db, auth.organizationId) };
    },
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/software/settings',
    summary: 'Change the end-of-support warning window',
    tags: ['software'],
    access: access.fn(...SOFTWARE_WRITE),
    body: settingsBody,
    async handler({ body, actor }) {
      await setWarnDays(db, actor, body.warnDays);
      return { warnDays: body.warnDays };
    },
  });
}
