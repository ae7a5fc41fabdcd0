import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { committeeDetail, listCommittees } from './committee-queries.ts';
import { createCommittee, importMembers, recordMeeting, setMembers, updateCommittee } from './committees.ts';
import {
  committeeBody,
  committeeUpdateBody,
  idParams,
  importBody,
  meetingBody,
  membersBody,
} from './schema.ts';

const READ = access.fn('org.read', 'org.admin');
const ADMIN = access.fn('org.admin');

/** Committees (R-A8): roster from the policy's 別表, meetings and minutes. */
export function committeeRoutes(app: FastifyInstance, { db }: AppContext): void {
  const tags = ['org'];
  defineRoute(app, {
    method: 'GET',
    url: '/api/org/committees',
    summary: 'Committees',
    tags,
    access: READ,
    handler: async ({ auth }) => ({ items: await listCommittees(db, auth.organizationId) }),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/org/committees/:id',
    summary: 'A committee with members and meetings',
    tags,
    access: READ,
    params: idParams,
    handler: ({ params, auth }) => committeeDetail(db, auth.organizationId, params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/committees',
    summary: 'Create a committee',
    tags,
    access: ADMIN,
    references: { chairUserId: 'users', secretariatUnitId: 'units' },
    body: committeeBody,
    handler: async ({ body, actor }) => ({ id: await createCommittee(db, actor, body) }),
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/org/committees/:id',
    summary: 'Edit a committee',
    tags,
    access: ADMIN,
    references: { chairUserId: 'users', secretariatUnitId: 'units' },
    params: idParams,
    body: committeeUpdateBody,
    handler: ({ params, body, actor }) => updateCommittee(db, actor, params.id, body),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/org/committees/:id/members',
    summary: 'Replace the roster',
    tags,
    access: ADMIN,
    references: { 'members[].userId': 'users' },
    params: idParams,
    body: membersBody,
    handler: ({ params, body, actor }) => setMembers(db, actor, params.id, body.members),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/committees/:id/members/import',
    summary: 'Replace the roster from 別表 rows (〃 resolved)',
    tags,
    access: ADMIN,
    params: idParams,
    body: importBody,
    handler: async ({ params, body, actor }) => ({
      imported: await importMembers(db, actor, params.id, body.rows),
    }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/committees/:id/meetings',
    summary: 'Record a meeting',
    tags,
    access: ADMIN,
    params: idParams,
    body: meetingBody,
    handler: async ({ params, body, actor }) => ({ id: await recordMeeting(db, actor, params.id, body) }),
  });
}
