import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import type { AppContext } from '../module.ts';
import { INCIDENT_CATALOGUE } from './catalogue.ts';
import './events.ts';
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
      await db.transaction().execute((trx) => saveSettings(trx, actor, body));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/incidents/people',
    summary: 'Active people of the organization, to name an action owner or the subject of a violation',
    tags,
    access: access.fn('incidents.handle', 'violations.manage', 'emergency_plan.manage'),
    handler: async ({ auth }) => ({
      items: await db
        .selectFrom('users')
        .select(['id', 'display_name as displayName', 'login_id as loginId'])
        .where('organization_id', '=', auth.organizationId)
        .where('status', '=', 'active')
        .orderBy('display_name')
        .limit(2000)
        .execute(),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/incidents/types',
    summary: 'Incident types with their steps (the organization’s, then the catalogue)',
    tags,
    access: access.signedIn,
    async handler({ auth }) {
      const own = await db
        .selectFrom('incident_types')
        .selectAll()
        .where('organization_id', '=', auth.organizationId)
        .orderBy('created_at')
        .execute();
      const have = new Set(own.map((t) => t.key));
      return {
        items: [
          ...own.map((t) => ({
            key: t.key,
            nameJa: t.name_ja,
            nameEn: t.name_en,
            steps: JSON.parse(t.steps),
            clausePath: t.clause_path,
            unauthorizedAccess: !!t.unauthorized_access,
            planSection: t.plan_section,
            custom: true,
          })),
          ...INCIDENT_CATALOGUE.filter((c) => !have.has(c.key)).map((c) => ({
            key: c.key,
            nameJa: c.ja,
            nameEn: c.en,
            steps: c.steps,
            clausePath: c.clausePath,
            unauthorizedAccess: c.unauthorizedAccess,
            planSection: c.planSection,
            custom: false,
          })),
        ],
      };
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/incidents/types/:key',
    summary: 'Save an incident type and its steps',
    tags,
    access: access.fn('emergency_plan.manage'),
    params: typeParams,
    body: typeBody,
    async handler({ params, body, auth, actor }) {
      const org = auth.organizationId;
      await db.transaction().execute(async (trx) => {
        const row = {
          name_ja: body.nameJa,
          name_en: body.nameEn,
          steps: JSON.stringify(body.steps),
          clause_path: body.clausePath ?? null,
          unauthorized_access: body.unauthorizedAccess ? 1 : 0,
          plan_section: body.planSection ?? null,
        };
        const existing = await trx
          .selectFrom('incident_types')
          .select('id')
          .where('organization_id', '=', org)
          .where('key', '=', params.key)
          .executeTakeFirst();
        const id = existing?.id ?? newId();
        if (existing) await trx.updateTable('incident_types').set(row).where('id', '=', id).execute();
        else
          await trx
            .insertInto('incident_types')
            .values({ id, organization_id: org, key: params.key, created_at: nowIso(), ...row })
            .execute();
        await recordAudit(
          trx,
          actor,
          'incidents.type_saved',
          { type: 'incident_type', id },
          { key: params.key, name: body.nameJa, steps: body.steps.length },
        );
      });
    },
  });
}
