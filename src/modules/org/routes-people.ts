import type { FastifyInstance } from 'fastify';
import { notFound } from '../../http/errors.ts';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { loginIdUnavailable, takenLoginIds } from './login-id-guard.ts';
import { mustReference } from './lookup.ts';
import { createPerson, setPersonStatus, updatePerson } from './people.ts';
import { listPeople, personDetail } from './people-queries.ts';
import {
  idParams,
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

const READ = access.fn('org.read', 'org.admin');
const ADMIN = access.fn('org.admin');

/** Units (a tree) and people: list, create, edit, suspend. */
export function peopleRoutes(app: FastifyInstance, { db }: AppContext): void {
  const tags = ['org'];
  defineRoute(app, {
    method: 'GET',
    url: '/api/org/units',
    summary: 'Units as a tree',
    tags,
    access: READ,
    handler: async ({ auth }) => ({ items: await unitTree(db, auth.organizationId) }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/units',
    summary: 'Create a unit',
    tags,
    access: ADMIN,
    references: { parentId: 'units' },
    body: unitBody,
    handler: ({ body, actor }) => addUnit(db, actor, body),
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/org/units/:id',
    summary: 'Rename a unit',
    tags,
    access: ADMIN,
    params: idParams,
    body: unitRenameBody,
    handler: ({ params, body, actor }) => renameUnit(db, actor, params.id, body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/units/:id/move',
    summary: 'Move a unit under another',
    tags,
    access: ADMIN,
    references: { parentId: 'units' },
    params: idParams,
    body: unitMoveBody,
    handler: ({ params, body, actor }) => moveUnit(db, actor, params.id, body.parentId),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/units/:id/deactivate',
    summary: 'Abolish a unit (kept on record)',
    tags,
    access: ADMIN,
    params: idParams,
    handler: ({ params, actor }) => deactivateUnit(db, actor, params.id),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/org/people',
    summary: 'People with their roles (filter by unit, role, status, text)',
    tags,
    access: READ,
    query: peopleQuery,
    async handler({ query, auth }) {
      // Administrators set up everyone; other readers see their own part of the body.
      const units = auth.functions.has('org.admin') ? null : await visibleUnitIds(db, auth);
      return { items: await listPeople(db, auth.organizationId, query, units) };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/org/people/:id',
    summary: 'One person with assignments and transfers',
    tags,
    access: READ,
    params: idParams,
    async handler({ params, auth }) {
      const person = await personDetail(db, auth.organizationId, params.id);
      const units = auth.functions.has('org.admin') ? null : await visibleUnitIds(db, auth);
      if (units !== null && !(person.unitId && units.includes(person.unitId))) throw notFound('users');
      return person;
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/people',
    summary: 'Add a person; the one-time password is shown once',
    tags,
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
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/org/people/:id',
    summary: 'Edit a person',
    tags,
    access: ADMIN,
    references: { unitId: 'units' },
    params: idParams,
    body: personUpdateBody,
    handler: ({ params, body, actor }) => updatePerson(db, actor, params.id, body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/people/:id/status',
    summary: 'Suspend or reactivate an account',
    tags,
    access: ADMIN,
    params: idParams,
    body: statusBody,
    handler: ({ params, body, actor }) =>
      setPersonStatus(db, actor, params.id, body.status, body.reason ?? null),
  });
}
