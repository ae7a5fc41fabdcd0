/** Routes of the reviewer's corrections of a version's reading: list, add, undo (policy.manage). */
import type { FastifyInstance } from 'fastify';
import { access } from '../../http/route.ts';
import { routeGroup } from '../../http/route-group.ts';
import type { AppContext } from '../module.ts';
import { correctionBody, correctionParams } from './corrections-schema.ts';
import { addCorrection, listCorrections, removeCorrection } from './corrections-service.ts';
import { idParams } from './schema.ts';

export function correctionRoutes(app: FastifyInstance, { db }: AppContext): void {
  const { route, onId } = routeGroup(app, ['policy'], idParams);
  onId({
    method: 'GET',
    url: '/api/policy/versions/:id/corrections',
    summary: "The reviewer's corrections of a version's reading, each with whether it applies to this text",
    access: access.fn('policy.manage'),
    async handler({ id, auth }) {
      return { items: await listCorrections(db, auth.organizationId, id) };
    },
  });

  onId({
    method: 'POST',
    url: '/api/policy/versions/:id/corrections',
    summary:
      "Correct the reading (a clause's title or parent, a role, who must act in a sentence, a classification level); the version is read again",
    access: access.fn('policy.manage'),
    body: correctionBody,
    async handler({ id, body, actor, reply }) {
      const created = await addCorrection(db, actor, id, body);
      reply.code(201);
      return created;
    },
  });

  route({
    method: 'DELETE',
    url: '/api/policy/versions/:id/corrections/:correctionId',
    summary: 'Undo a correction; the version is read again without it',
    access: access.fn('policy.manage'),
    params: correctionParams,
    async handler({ params, actor }) {
      await removeCorrection(db, actor, params.id, params.correctionId);
    },
  });
}
