import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../http/errors.ts';
import { access, defineRoute } from '../../http/route.ts';
import { recordAudit } from '../audit/index.ts';
import type { AppContext } from '../module.ts';
import { createOrganization, grantFounder } from '../org/index.ts';
import { switchOrgBody } from './schema.ts';

/** The caller's session, and the system administrator's organization switch. */
export function sessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  defineRoute(app, {
    method: 'GET',
    url: '/api/session',
    summary: 'The caller’s session, abilities and CSRF token',
    tags: ['auth'],
    access: access.anyStage,
    async handler({ auth }) {
      const org = await db
        .selectFrom('organizations')
        .select(['id', 'code', 'name'])
        .where('id', '=', auth.organizationId)
        .executeTakeFirstOrThrow();
      const roles = auth.roleIds.length
        ? await db
            .selectFrom('roles')
            .select(['id', 'name'])
            .where('id', 'in', auth.roleIds)
            .orderBy('tier')
            .execute()
        : [];
      const s = await db
        .selectFrom('sessions')
        .select('idle_seconds')
        .where('id', '=', auth.sessionId)
        .executeTakeFirstOrThrow();
      return {
        user: { id: auth.userId, loginId: auth.loginId, displayName: auth.displayName },
        organization: org,
        stage: auth.stage,
        csrfToken: auth.csrfToken,
        functions: [...auth.functions].sort(),
        roles,
        isSystemAdmin: auth.isSystemAdmin,
        idleSeconds: s.idle_seconds,
      };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/system/organizations',
    summary: 'Organizations hosted on this server',
    tags: ['system'],
    access: access.system,
    async handler() {
      const items = await db
        .selectFrom('organizations')
        .select(['id', 'code', 'name', 'kind', 'sample'])
        .where('removed_at', 'is', null)
        .orderBy('code')
        .execute();
      return { items: items.map((o) => ({ ...o, sample: !!o.sample })) };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/system/organizations',
    summary: 'Create an organization',
    tags: ['system'],
    access: access.system,
    body: z.strictObject({
      /** Optional: made from the time when left out (a body need not invent a code to start). */
      code: z
        .string()
        .trim()
        .regex(/^[a-z0-9][a-z0-9-]{1,39}$/)
        .optional(),
      name: z.string().trim().min(1).max(200),
      /** Switch the caller's session to the new body at once (the guided set-up does). */
      switchTo: z.boolean().default(false),
    }),
    async handler({ body, actor, auth }) {
      const code = body.code ?? `body-${Date.now().toString(36)}`;
      const id = await db.transaction().execute(async (trx) => {
        const home = { ...actor, organizationId: auth.homeOrganizationId };
        const orgId = await createOrganization(trx, home, { code, name: body.name });
        // The creator is the body's first administrator, with every set-up function (audited).
        await grantFounder(trx, { ...actor, organizationId: orgId }, auth.userId, auth.loginId);
        if (body.switchTo) {
          await trx
            .updateTable('sessions')
            .set({ acting_organization_id: orgId })
            .where('id', '=', auth.sessionId)
            .execute();
          const target = { type: 'organization', id: orgId };
          await recordAudit(trx, home, 'accounts.organization_switched', target, { to: code });
          await recordAudit(
            trx,
            { ...actor, organizationId: orgId },
            'accounts.organization_switched',
            target,
            {
              to: code,
            },
          );
        }
        return orgId;
      });
      return { id, code };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/session/organization',
    summary: 'Act in another organization (system administrators)',
    tags: ['system'],
    access: access.system,
    body: switchOrgBody,
    async handler({ body, auth, actor }) {
      const org = await db
        .selectFrom('organizations')
        .select(['id', 'code'])
        .where('id', '=', body.organizationId)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      if (!org) throw notFound('organization');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('sessions')
          .set({ acting_organization_id: org.id === auth.homeOrganizationId ? null : org.id })
          .where('id', '=', auth.sessionId)
          .execute();
        await recordAudit(
          trx,
          { ...actor, organizationId: auth.homeOrganizationId },
          'accounts.organization_switched',
          { type: 'organization', id: org.id },
          { to: org.code },
        );
        if (org.id !== auth.homeOrganizationId) {
          await recordAudit(
            trx,
            { ...actor, organizationId: org.id },
            'accounts.organization_switched',
            { type: 'organization', id: org.id },
            { to: org.code },
          );
        }
      });
    },
  });
}
