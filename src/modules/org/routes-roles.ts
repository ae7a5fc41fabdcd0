import type { FastifyInstance } from 'fastify';
import { access } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { listAppointments, recordAppointment } from './appointments.ts';
import { functionHolders } from './function-holders.ts';
import { allFunctions } from './functions.ts';
import {
  addRole,
  assignChecked,
  endAssignment,
  listRoles,
  setFunctionsChecked,
  suggestedAssignments,
  updateRole,
} from './roles.ts';
import { ADMIN, orgRouteGroup, READ } from './route-kit.ts';
import {
  appointmentBody,
  assignBody,
  endBody,
  functionKeyParams,
  functionsBody,
  roleCreateBody,
  roleUpdateBody,
} from './schema.ts';
import { recordingRefusal } from './self-grant.ts';

/** Roles in the body's own hierarchy, their functions, assignments and appointments. */
export function roleRoutes(app: FastifyInstance, { db }: AppContext): void {
  const { route, onId } = orgRouteGroup(app);
  route({
    method: 'GET',
    url: '/api/org/functions',
    summary: 'Every role function modules declare, with labels',
    access: READ,
    handler: async () => ({ items: allFunctions() }),
  });
  route({
    method: 'GET',
    url: '/api/org/functions/:key/holders',
    summary: 'Who holds a function here: the roles carrying it and their holders (for a refused screen)',
    access: access.signedIn,
    params: functionKeyParams,
    handler: ({ auth, params }) => functionHolders(db, auth.organizationId, params.key),
  });
  route({
    method: 'GET',
    url: '/api/org/roles',
    summary: 'Roles in tier order with functions and holders',
    access: READ,
    handler: async ({ auth }) => ({ items: await listRoles(db, auth.organizationId) }),
  });
  route({
    method: 'POST',
    url: '/api/org/roles',
    summary: 'Create a role',
    access: ADMIN,
    body: roleCreateBody,
    handler: ({ body, actor }) => addRole(db, actor, body),
  });
  onId({
    method: 'PATCH',
    url: '/api/org/roles/:id',
    summary: 'Edit a role',
    access: ADMIN,
    body: roleUpdateBody,
    handler: async ({ id, body, actor }) => updateRole(db, actor, id, body),
  });
  onId({
    method: 'PUT',
    url: '/api/org/roles/:id/functions',
    summary: 'Set the functions a role holds',
    access: ADMIN,
    body: functionsBody,
    async handler({ id, body, actor }) {
      return recordingRefusal(db, actor, id, 'functions', () =>
        setFunctionsChecked(db, actor, id, body.functions),
      );
    },
  });
  onId({
    method: 'POST',
    url: '/api/org/roles/:id/assignments',
    summary: 'Assign a role (unit scope, acting deputy, period)',
    access: ADMIN,
    references: { userId: 'users', unitId: 'units' },
    body: assignBody,
    async handler({ id, body, actor }) {
      return recordingRefusal(db, actor, id, 'assignment', async () => ({
        id: await assignChecked(db, actor, id, body),
      }));
    },
  });
  onId({
    method: 'POST',
    url: '/api/org/assignments/:id/end',
    summary: 'End an assignment',
    access: ADMIN,
    body: endBody,
    handler: async ({ id, body, actor }) =>
      endAssignment(db, actor, id, body.reason ?? 'ended_by_administrator'),
  });
  route({
    method: 'GET',
    url: '/api/org/suggested-assignments',
    summary: '充て職: people whose post fills a role they do not hold yet',
    access: ADMIN,
    handler: async ({ auth }) => ({ items: await suggestedAssignments(db, auth.organizationId) }),
  });
  route({
    method: 'GET',
    url: '/api/org/appointments',
    summary: 'Appointment records (designated roles)',
    access: READ,
    handler: async ({ auth }) => ({ items: await listAppointments(db, auth.organizationId) }),
  });
  onId({
    method: 'POST',
    url: '/api/org/roles/:id/appointments',
    summary: 'Record an appointment (who, by whom, when, scope)',
    access: ADMIN,
    references: { userId: 'users', unitId: 'units', appointedBy: 'users' },
    body: appointmentBody,
    async handler({ id, body, actor }) {
      return recordingRefusal(db, actor, id, 'assignment', async () => ({
        id: await recordAppointment(db, actor, id, body),
      }));
    },
  });
}
