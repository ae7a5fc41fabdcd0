import type { FastifyInstance } from 'fastify';
import { notFound } from '../../http/errors.ts';
import type { AppContext } from '../module.ts';
import { loginIdUnavailable, takenLoginIds } from './login-id-guard.ts';
import { createPerson, setPersonStatus, updatePerson } from './people.ts';
import { listPeople, personDetail } from './people-queries.ts';
import { ADMIN, orgRouteGroup, READ } from './route-kit.ts';
import {
  peopleQuery,
  personCreateBody,
  personUpdateBody,
  statusBody,
  unitBody,
  unitMoveBody,
  unitRenameBody,
} from './schema.ts';
import { visibleUnitIds } from './scope.ts';
import { addUnit, deactivateUnit, moveUnit, renameUnit, unitTree } from './units.ts';

/** Units (a tree) and people: list, create, edit, suspend. */
export function peopleRoutes(app: FastifyInstance, { db }: AppContext): void {
  const { route, onId } = orgRouteGroup(app);
  route({
    method: 'GET',
    url: '/api/org/units',
    summary: 'Units as a tree',
    access: READ,
    handler: async ({ auth }) => ({ items: await unitTree(db, auth.organizationId) }),
  });
  route({
    method: 'POST',
    url: '/api/org/units',
    summary: 'Create a unit',
    access: ADMIN,
    references: { parentId: 'units' },
    body: unitBody,
    handler: ({ body, actor }) => addUnit(db, actor, body),
  });
  onId({
    method: 'PATCH',
    url: '/api/org/units/:id',
    summary: 'Rename a unit',
    access: ADMIN,
    body: unitRenameBody,
    handler: ({ id, body, actor }) => renameUnit(db, actor, id, body),
  });
  onId({
    method: 'POST',
    url: '/api/org/units/:id/move',
    summary: 'Move a unit under another',
    access: ADMIN,
    references: { parentId: 'units' },
    body: unitMoveBody,
    handler: ({ id, body, actor }) => moveUnit(db, actor, id, body.parentId),
  });
  onId({
    method: 'POST',
    url: '/api/org/units/:id/deactivate',
    summary: 'Abolish a unit (kept on record)',
    access: ADMIN,
    handler: ({ id, actor }) => deactivateUnit(db, actor, id),
  });

  route({
    method: 'GET',
    url: '/api/org/people',
    summary: 'People with their roles (filter by unit, role, status, text)',
    access: READ,
    query: peopleQuery,
    async handler({ query, auth }) {
      // Administrators set up everyone; other readers see their own part of the body.
      const units = auth.functions.has('org.admin') ? null : await visibleUnitIds(db, auth);
      return { items: await listPeople(db, auth.organizationId, query, units) };
    },
  });
  onId({
    method: 'GET',
    url: '/api/org/people/:id',
    summary: 'One person with assignments and transfers',
    access: READ,
    async handler({ id, auth }) {
      const person = await personDetail(db, auth.organizationId, id);
      const units = auth.functions.has('org.admin') ? null : await visibleUnitIds(db, auth);
      if (units !== null && !(person.unitId && units.includes(person.unitId))) throw notFound('users');
      return person;
    },
  });
  route({
    method: 'POST',
    url: '/api/org/people',
    summary: 'Add a person; the one-time password is shown once',
    access: ADMIN,
    references: { unitId: 'units' },
    body: personCreateBody,
    async handler({ body, actor }) {
      // Checked first and on its own, so a refused ID is counted and audited (login-id-guard.ts).
      if ((await takenLoginIds(db, actor, [body.loginId], 'person')).size)
        throw loginIdUnavailable(body.loginId);
      return createPerson(db, actor, body);
    },
  });
  onId({
    method: 'PATCH',
    url: '/api/org/people/:id',
    summary: 'Edit a person',
    access: ADMIN,
    references: { unitId: 'units' },
    body: personUpdateBody,
    handler: ({ id, body, actor }) => updatePerson(db, actor, id, body),
  });
  onId({
    method: 'POST',
    url: '/api/org/people/:id/status',
    summary: 'Suspend or reactivate an account',
    access: ADMIN,
    body: statusBody,
    handler: ({ id, body, actor }) => setPersonStatus(db, actor, id, body.status, body.reason ?? null),
  });
}
