/** Routes of training plans, sessions, attendance (screen and CSV), completion, checks and reminders. */
import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { importAttendance } from './import.ts';
import { listPlans, planCompletion } from './queries.ts';
import { remindMissed } from './reminders.ts';
import * as s from './schema.ts';
import { addSession, checkPlan, createPlan, loadPlan, recordAttendance } from './service.ts';

const tags = ['training'];
const MANAGE = access.fn('training.manage');
const READ = access.fn('training.manage', 'training.check', 'reports.read');

/** Defines the training routes. */
export function trainingRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/training/plans',
    summary: 'Training plans with sessions',
    tags,
    access: READ,
    handler: ({ auth }) => listPlans(db, auth.organizationId),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/training/plans',
    summary: 'Create a training plan',
    tags,
    access: MANAGE,
    references: { unitIds: 'units' },
    body: s.planBody,
    async handler({ body, actor, reply }) {
      reply.code(201);
      return { id: await createPlan(db, actor, body) };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/training/plans/:id/sessions',
    summary: 'Add a session',
    tags,
    access: MANAGE,
    params: s.idParams,
    body: s.sessionBody,
    async handler({ params, body, actor, reply }) {
      reply.code(201);
      return { id: await addSession(db, actor, params.id, body.heldOn, body.place) };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/training/sessions/:id/attendance',
    summary: 'Record attendance',
    tags,
    access: MANAGE,
    references: { 'entries[].userId': 'users' },
    params: s.idParams,
    body: s.attendanceBody,
    async handler({ params, body, actor }) {
      await recordAttendance(db, actor, params.id, body.entries);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/training/sessions/:id/attendance/import',
    summary: 'Import attendance from CSV (dry run first)',
    tags,
    access: MANAGE,
    params: s.idParams,
    body: s.importBody,
    bodyLimit: 4 * 1024 * 1024,
    async handler({ params, body, actor }) {
      return importAttendance(
        db,
        actor,
        params.id,
        Buffer.from(body.dataBase64, 'base64'),
        body.encoding,
        body.dryRun,
      );
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/training/plans/:id/completion',
    summary: 'Completion by unit and who missed it',
    tags,
    access: READ,
    params: s.idParams,
    handler: ({ params, auth }) => planCompletion(db, auth.organizationId, params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/training/plans/:id/check',
    summary: 'The 責任者 records checking attendance',
    tags,
    access: access.fn('training.check'),
    params: s.idParams,
    body: s.checkBody,
    async handler({ params, body, actor, auth }) {
      await checkPlan(db, { ...actor, userId: auth.userId }, params.id, body.note);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/training/plans/:id/remind',
    summary: 'Remind those who missed it now',
    tags,
    access: MANAGE,
    params: s.idParams,
    async handler({ params, actor, auth }) {
      await loadPlan(db, auth.organizationId, params.id);
      return { reminded: await remindMissed(db, actor, params.id) };
    },
  });
}
