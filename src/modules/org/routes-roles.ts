import type { FastifyInstance } from 'fastify';
import { conflict } from '../../http/errors.ts';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { listAppointments, recordAppointment } from './appointments.ts';
import { allFunctions } from './functions.ts';
import {
  addRole,
  assignChecked,
  checkFunctionKeys,
  endAssignment,
  listRoles,
  setFunctionsChecked,
  suggestedAssignments,
  updateRole,
} from './roles.ts';
import {
  appointmentBody,
  assignBody,
  endBody,
  functionsBody,
  idParams,
  roleCreateBody,
  roleUpdateBody,
} from './schema.ts';
import { recordingRefusal } from './self-grant.ts';

const READ = access.fn('org.read', 'org.admin');
const ADMIN = access.fn('org.admin');

/** Roles in the body's own hierarchy, their functions, assignments and appointments. */
export function roleRoutes(app: FastifyInstance, { db }: AppContext): void {
  const tags = ['org'];
  defineRoute(app, {
    method: 'GET',
    url: '/api/org/functions',
    summary: 'Every role function modules declare, with labels',
    tags,
    access: READ,
    handler: async () => ({ items: allFunctions() }),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/org/roles',
    summary: 'Roles in tier order with functions and holders',
    tags,
    access: READ,
    handler: async ({ auth }) => ({ items: await listRoles(db, auth.organizationId) }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/roles',
    summary: 'Create a role',
    tags,
    access: ADMIN,
    body: roleCreateBody,
    handler: ({ body, actor }) => addRole(db, actor, body),
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/org/roles/:id',
    summary: 'Edit a role',
    tags,
    access: ADMIN,
    params: idParams,
    body: roleUpdateBody,
    handler: async ({ params, body, actor }) => updateRole(db, actor, params.id, body),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/org/roles/:id/functions',
    summary: 'Set the functions a role holds',
    tags,
    access: ADMIN,
    params: idParams,
    body: functionsBody,
    async handler({ params, body, actor }) {
      return recordingRefusal(db, actor, params.id, 'functions', () =>
        setFunctionsChecked(db, actor, params.id, body.functions),
      );
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/roles/:id/assignments',
    summary: 'Assign a role (unit scope, acting deputy, period)',
    tags,
    access: ADMIN,
    references: { userId: 'users', unitId: 'units' },
    params: idParams,
    body: assignBody,
    async handler({ params, body, actor }) {
      return recordingRefusal(db, actor, params.id, 'assignment', async () => ({
        id: await assignChecked(db, actor, params.id, body),
      }));
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/assignments/:id/end',
    summary: 'End an assignment',
    tags,
    access: ADMIN,
    params: idParams,
    body: endBody,
    handler: async ({ params, body, actor }) =>
      endAssignment(db, actor, params.id, body.reason ?? 'ended_by_administrator'),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/org/suggested-assignments',
    summary: '充て職: people whose post fills a role they do not hold yet',
    tags,
    access: ADMIN,
    handler: async ({ auth }) => ({ items: await suggestedAssignments(db, auth.organizationId) }),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/org/appointments',
    summary: 'Appointment records (designated roles)',
    tags,
    access: READ,
    handler: async ({ auth }) => ({ items: await listAppointments(db, auth.organizationId) }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/roles/:id/appointments',
    summary: 'Record an appointment (who, by whom, when, scope)',
    tags,
    access: ADMIN,
    references: { userId: 'users', unitId: 'units', appointedBy: 'users' },
    params: idParams,
    body: appointmentBody,
    async handler({ params, body, actor }) {
      return recordingRefusal(db, actor, params.id, 'assignment', async () => ({
        id: await recordAppointment(db, actor, params.id, body),
      }));
    },
  });
}
