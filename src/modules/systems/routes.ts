/** Routes of the systems module: the registers, rule findings, history and default segments. */
import type { FastifyInstance } from 'fastify';
import { findInOrg } from '../../http/find.ts';
import { access, defineRoute } from '../../http/route.ts';
import { t } from '../../i18n/index.ts';
import type { AppContext } from '../module.ts';
import { segmentFindings } from './findings.ts';
import { SYSTEMS_READ, SYSTEMS_WRITE } from './functions.ts';
import { idParams } from './kit/routes.ts';
import { systemHistory } from './queries.ts';
import { addDefaultSegments } from './segments.ts';

/** Defines the systems module's own routes (its registers' routes come with the kit's manifest). */
export function systemsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  defineRoute(app, {
    method: 'GET',
    url: '/api/systems/findings',
    summary: 'Segment rule findings (R-C1…R-C4), for the registers screen and the dashboard count',
    tags: ['systems'],
    access: access.fn(...SYSTEMS_READ),
    async handler({ auth, lang }) {
      const findings = await segmentFindings(db, auth.organizationId);
      return { count: findings.length, findings: findings.map((f) => ({ ...f, message: f[lang] })) };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/systems/segments/defaults',
    summary: 'Add the three-tier default segments the organization does not have yet',
    tags: ['systems'],
    access: access.fn(...SYSTEMS_WRITE),
    handler: ({ actor }) => addDefaultSegments(db, actor),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/systems/systems/:id/history',
    summary: 'A system’s change history: audited changes and the manual change log (R-F18)',
    tags: ['systems'],
    access: access.fn(...SYSTEMS_READ),
    params: idParams,
    async handler({ params, auth, lang }) {
      await findInOrg(db, 'information_systems', auth.organizationId, params.id);
      const h = await systemHistory(db, auth.organizationId, params.id);
      return { ...h, events: h.events.map((e) => ({ ...e, eventLabel: t(lang, `event.${e.event}`) })) };
    },
  });
}
