/** Routes of training plans, sessions, attendance (screen and CSV), completion, checks and reminders. */
import type { FastifyInstance } from 'fastify';
import { access } from '../../http/route.ts';
import { routeGroup } from '../../http/route-group.ts';
import type { AppContext } from '../module.ts';
import { importAttendance } from './import.ts';
import { listPlans, planCompletion } from './queries.ts';
import { remindMissed } from './reminders.ts';
import * as s from './schema.ts';
import { addSession, checkPlan, createPlan, loadPlan, recordAttendance } from './service.ts';

const MANAGE = access.fn('training.manage');
const READ = access.fn('training.manage', 'training.check', 'reports.read');

/** Defines the training routes. */
export function trainingRoutes(app: FastifyInstance, { db }: AppContext): void {
  const { route, onId } = routeGroup(app, ['training'], s.idParams);
  route({
    method: 'GET',
    url: '/api/training/plans',
    summary: 'Training plans with sessions',
    access: READ,
    handler: ({ auth }) => listPlans(db, auth.organizationId),
  });
  route({
    method: 'POST',
    url: '/api/training/plans',
    summary: 'Create a training plan',
    access: MANAGE,
    references: { unitIds: 'units' },
    body: s.planBody,
    status: 201,
    async handler({ body, actor }) {
      return { id: await createPlan(db, actor, body) };
    },
  });
  onId({
    method: 'POST',
    url: '/api/training/plans/:id/sessions',
    summary: 'Add a session',
    access: MANAGE,
    body: s.sessionBody,
    status: 201,
    async handler({ id, body, actor }) {
      return { id: await addSession(db, actor, id, body.heldOn, body.place) };
    },
  });
  onId({
    method: 'POST',
    url: '/api/training/sessions/:id/attendance',
    summary: 'Record attendance',
    access: MANAGE,
    references: { 'entries[].userId': 'users' },
    body: s.attendanceBody,
    async handler({ id, body, actor }) {
      await recordAttendance(db, actor, id, body.entries);
    },
  });
  onId({
    method: 'POST',
    url: '/api/training/sessions/:id/attendance/import',
    summary: 'Import attendance from CSV (dry run first)',
    access: MANAGE,
    body: s.importBody,
    bodyLimit: 4 * 1024 * 1024,
    async handler({ id, body, actor, lang }) {
      return importAttendance(
        db,
        actor,
        id,
        Buffer.from(body.dataBase64, 'base64'),
        body.encoding,
        body.dryRun,
        lang,
      );
    },
  });
  onId({
    method: 'GET',
    url: '/api/training/plans/:id/completion',
    summary: 'Completion by unit and who missed it',
    access: READ,
    handler: ({ id, auth }) => planCompletion(db, auth.organizationId, id),
  });
  onId({
    method: 'POST',
    url: '/api/training/plans/:id/check',
    summary: 'The 責任者 records checking attendance',
    access: access.fn('training.check'),
    body: s.checkBody,
    async handler({ id, body, actor, auth }) {
      await checkPlan(db, { ...actor, userId: auth.userId }, id, body.note);
    },
  });
  onId({
    method: 'POST',
    url: '/api/training/plans/:id/remind',
    summary: 'Remind those who missed it now',
    access: MANAGE,
    async handler({ id, actor, auth }) {
      await loadPlan(db, auth.organizationId, id);
      return { reminded: await remindMissed(db, actor, id) };
    },
  });
}
