/** Routes of the reviewer's corrections of a version's reading: list, add, undo (policy.manage). */
import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { correctionBody, correctionParams } from './corrections-schema.ts';
import { addCorrection, listCorrections, removeCorrection } from './corrections-service.ts';
import { idParams } from './schema.ts';

export function correctionRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/policy/versions/:id/corrections',
    summary: "The reviewer's corrections of a version's reading, each with whether it applies to this text",
    tags: ['policy'],
    access: access.fn('policy.manage'),
    params: idParams,
    async handler({ params, auth }) {
      return { items: await listCorrections(db, auth.organizationId, params.id) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/policy/versions/:id/corrections',
    summary:
      "Correct the reading (a clause's title or parent, a role, who must act in a sentence, a classification level); the version is read again",
    tags: ['policy'],
    access: access.fn('policy.manage'),
    params: idParams,
    body: correctionBody,
    async handler({ params, body, actor, reply }) {
      const created = await addCorrection(db, actor, params.id, body);
      reply.code(201);
      return created;
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/policy/versions/:id/corrections/:correctionId',
    summary: 'Undo a correction; the version is read again without it',
    tags: ['policy'],
    access: access.fn('policy.manage'),
    params: correctionParams,
    async handler({ params, actor }) {
      await removeCorrection(db, actor, params.id, params.correctionId);
    },
  });
}
