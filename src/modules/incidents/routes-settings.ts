import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { saveType } from './incident-types.ts';
import { activePeople, incidentTypes } from './queries.ts';
import { typeBody, typeParams } from './schema.ts';
import { incidentSettingsSchema, loadSettings, saveSettings } from './settings.ts';

/** Routes of the chain configuration, statutory clocks and incident types. */
export function incidentSettingsRoutes(app: FastifyInstance, { db }: AppContext): void {
  const tags = ['incidents'];

  defineRoute(app, {
    method: 'GET',
    url: '/api/incidents/settings',
    summary: 'Chain, head of the body, statutory clocks and log retention (proposed when unset)',
    tags,
    access: access.signedIn,
    handler: async ({ auth }) => loadSettings(db, auth.organizationId),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/incidents/settings',
    summary: 'Save the chain, head of the body, clocks and log retention',
    tags,
    access: access.fn('emergency_plan.manage'),
    body: incidentSettingsSchema,
    async handler({ body, actor }) {
      await saveSettings(db, actor, body);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/incidents/people',
    summary: 'Active people of the organization, to name an action owner or the subject of a violation',
    tags,
    access: access.fn('incidents.handle', 'violations.manage', 'emergency_plan.manage'),
    handler: async ({ auth }) => ({
      items: await activePeople(db, auth.organizationId),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/incidents/types',
    summary: 'Incident types with their steps (the organization’s, then the catalogue)',
    tags,
    access: access.signedIn,
    handler: async ({ auth }) => ({ items: await incidentTypes(db, auth.organizationId) }),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/incidents/types/:key',
    summary: 'Save an incident type and its steps',
    tags,
    access: access.fn('emergency_plan.manage'),
    params: typeParams,
    body: typeBody,
    handler: ({ params, body, actor }) => saveType(db, actor, params.key, body),
  });
}
