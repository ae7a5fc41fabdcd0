import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { access, defineRoute } from '../../http/route.ts';
import { todayJst } from '../../shared/business-days.ts';
import { activeScheme, isLowering, labelText, levelById, validateStorage } from '../classification/index.ts';
import type { AppContext } from '../module.ts';
import { seesAllUnits } from './access.ts';
import { answerClassification, createLocation, requestClassification } from './requests.ts';
import { answerBody, classifyRequestBody, idParams, labelsQuery, locationBody } from './schema.ts';

const tags = ['assets'];

const checkBody = z.strictObject({
  assetId: z.string().trim().max(64).nullish(),
  levels: z.array(z.string().trim().min(1).max(64)).max(10),
  locationId: z.string().trim().max(64).nullish(),
  status: z.enum(['draft', 'registered']).default('draft'),
});

/** Locations, rule warnings before save, labels, draft reminders and "please classify" requests. */
export function assetSupportRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/asset-locations',
    summary: 'Storage locations',
    tags,
    access: access.fn('assets.read'),
    handler: ({ auth }) =>
      db
        .selectFrom('asset_locations')
        .selectAll()
        .where('organization_id', '=', auth.organizationId)
        .orderBy('name')
        .execute(),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/asset-locations',
    summary: 'Add a storage location',
    tags,
    access: access.fn('assets.manage'),
    body: locationBody,
    async handler({ body, actor }) {
      return { id: await db.transaction().execute((trx) => createLocation(trx, actor, body)) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/assets/check',
    summary: 'Warnings the rules give for a class and location, before saving',
    tags,
    access: access.fn('assets.manage', 'assets.classify'),
    references: { assetId: 'assets', locationId: 'asset_locations' },
    body: checkBody,
    async handler({ body, auth }) {
      const org = auth.organizationId;
      const scheme = await activeScheme(db, org);
      if (!scheme) return { warnings: [{ code: 'assets.no_scheme' }], label: '' };
      const levels = body.levels.map((id) => levelById(scheme, id)).filter((l) => !!l);
      const warnings: { code: string; params?: Record<string, string> }[] = [];
      const missing = scheme.axes.filter((a) => !levels.some((l) => l.axisId === a.id));
      if (body.status === 'registered' && missing.length)
        warnings.push({
          code: 'assets.class_required',
          params: { axes: missing.map((a) => a.name).join('・') },
        });
      if (body.locationId) {
        const loc = await db
          .selectFrom('asset_locations')
          .selectAll()
          .where('organization_id', '=', org)
          .where('id', '=', body.locationId)
          .executeTakeFirst();
        if (loc) {
          for (const p of validateStorage(levels, {
            name: loc.name,
            lockable: !!Number(loc.lockable),
            offsite: !!Number(loc.offsite),
          }))
            warnings.push({
              code: 'assets.location_not_allowed',
              params: { location: loc.name, level: p.level.label, need: p.need },
            });
        }
      }
      if (body.assetId) {
        const cur = await db
          .selectFrom('asset_classes')
          .select('level_id')
          .where('organization_id', '=', org)
          .where('asset_id', '=', body.assetId)
          .execute();
        for (const c of cur) {
          const from = levelById(scheme, c.level_id);
          const to = levels.find((l) => l.axisId === from?.axisId);
          if (from && to && isLowering(from, to))
            warnings.push({
              code: 'assets.lowering_needs_reason',
              params: { from: from.label, to: to.label },
            });
        }
      }
      for (const l of levels)
        if (l.designators.length && !l.designators.some((f) => auth.functions.has(f)))
          warnings.push({
            code: 'assets.not_designator',
            params: { level: l.label, fns: l.designators.join(' / ') },
          });
      return { warnings, label: labelText(levels, scheme) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/assets/labels',
    summary: 'Label texts for stickers and document corners (R-B4)',
    tags,
    access: access.fn('assets.read'),
    query: labelsQuery,
    async handler({ query, auth }) {
      const org = auth.organizationId;
      const scheme = await activeScheme(db, org);
      const ids = query.ids
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .slice(0, 500);
      let q = db
        .selectFrom('assets')
        .select(['id', 'asset_no', 'name', 'computed_class', 'owner_unit_id'])
        .where('organization_id', '=', org)
        .where('id', 'in', ids);
      if (!seesAllUnits(auth)) q = q.where('owner_unit_id', '=', auth.unitId ?? '\u0000');
      const rows = await q.orderBy('asset_no').execute();
      return rows.map((r) => {
        const levels = scheme
          ? (JSON.parse(r.computed_class) as string[]).map((id) => levelById(scheme, id)).filter((l) => !!l)
          : [];
        const label = scheme ? labelText(levels, scheme) : '';
        return {
          id: r.id,
          assetNo: r.asset_no,
          name: r.name,
          label,
          fileNamePrefix: `【${label}】`,
          restrictions: [...new Set(levels.flatMap((l) => l.restrictions))],
        };
      });
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/assets/draft-reminders',
    summary: 'Drafts due for deletion or registration (R-B5)',
    tags,
    access: access.fn('assets.manage'),
    async handler({ auth }) {
      const today = todayJst();
      let q = db
        .selectFrom('assets')
        .select(['id', 'asset_no', 'name', 'draft_delete_on', 'owner_unit_id'])
        .where('organization_id', '=', auth.organizationId)
        .where('status', '=', 'draft')
        .where('draft_delete_on', '<=', today);
      if (!seesAllUnits(auth)) q = q.where('owner_unit_id', '=', auth.unitId ?? '\u0000');
      return q.orderBy('draft_delete_on').limit(500).execute();
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/assets/classify-requests',
    summary: 'Open and answered "please classify" requests',
    tags,
    access: access.signedIn,
    async handler({ auth }) {
      let q = db
        .selectFrom('asset_classify_requests')
        .selectAll()
        .where('organization_id', '=', auth.organizationId);
      // Classifiers see every request routed to them; others see what they asked.
      if (!auth.functions.has('assets.classify')) q = q.where('requested_by', '=', auth.userId);
      return q.orderBy('requested_at', 'desc').limit(200).execute();
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/assets/classify-requests',
    summary: 'Ask a classifier to classify received information (R-B6)',
    tags,
    access: access.fn('assets.read'),
    references: { assetId: 'assets' },
    body: classifyRequestBody,
    async handler({ body, actor }) {
      return { id: await db.transaction().execute((trx) => requestClassification(trx, actor, body)) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/assets/classify-requests/:id/answer',
    summary: 'Answer a classification request',
    tags,
    access: access.fn('assets.classify'),
    params: idParams,
    body: answerBody,
    async handler({ params, body, actor, auth }) {
      await db
        .transaction()
        .execute((trx) => answerClassification(trx, actor, auth.functions, params.id, body));
    },
  });
}
