import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../module.ts';
import { committeeDetail, listCommittees } from './committee-queries.ts';
import { createCommittee, importMembers, recordMeeting, setMembers, updateCommittee } from './committees.ts';
import { ADMIN, orgRouteGroup, READ } from './route-kit.ts';
import { committeeBody, committeeUpdateBody, importBody, meetingBody, membersBody } from './schema.ts';

/** Committees (R-A8): roster from the policy's 別表, meetings and minutes. */
export function committeeRoutes(app: FastifyInstance, { db }: AppContext): void {
  const { route, onId } = orgRouteGroup(app);
  route({
    method: 'GET',
    url: '/api/org/committees',
    summary: 'Committees',
    access: READ,
    handler: async ({ auth }) => ({ items: await listCommittees(db, auth.organizationId) }),
  });
  onId({
    method: 'GET',
    url: '/api/org/committees/:id',
    summary: 'A committee with members and meetings',
    access: READ,
    handler: ({ id, auth }) => committeeDetail(db, auth.organizationId, id),
  });
  route({
    method: 'POST',
    url: '/api/org/committees',
    summary: 'Create a committee',
    access: ADMIN,
    references: { chairUserId: 'users', secretariatUnitId: 'units' },
    body: committeeBody,
    handler: async ({ body, actor }) => ({ id: await createCommittee(db, actor, body) }),
  });
  onId({
    method: 'PATCH',
    url: '/api/org/committees/:id',
    summary: 'Edit a committee',
    access: ADMIN,
    references: { chairUserId: 'users', secretariatUnitId: 'units' },
    body: committeeUpdateBody,
    handler: ({ id, body, actor }) => updateCommittee(db, actor, id, body),
  });
  onId({
    method: 'PUT',
    url: '/api/org/committees/:id/members',
    summary: 'Replace the roster',
    access: ADMIN,
    references: { 'members[].userId': 'users' },
    body: membersBody,
    handler: ({ id, body, actor }) => setMembers(db, actor, id, body.members),
  });
  onId({
    method: 'POST',
    url: '/api/org/committees/:id/members/import',
    summary: 'Replace the roster from 別表 rows (〃 resolved)',
    access: ADMIN,
    body: importBody,
    handler: async ({ id, body, actor }) => ({
      imported: await importMembers(db, actor, id, body.rows),
    }),
  });
  onId({
    method: 'POST',
    url: '/api/org/committees/:id/meetings',
    summary: 'Record a meeting',
    access: ADMIN,
    body: meetingBody,
    handler: async ({ id, body, actor }) => ({ id: await recordMeeting(db, actor, id, body) }),
  });
}
