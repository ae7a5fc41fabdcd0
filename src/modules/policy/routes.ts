import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../module.ts';
import { compareRoutes } from './routes-compare.ts';
import { correctionRoutes } from './routes-corrections.ts';
import { documentRoutes } from './routes-documents.ts';
import { peopleRoutes } from './routes-people.ts';

/** Every route of the policy module. */
export function policyRoutes(app: FastifyInstance, ctx: AppContext): void {
  documentRoutes(app, ctx);
  peopleRoutes(app, ctx);
  compareRoutes(app, ctx);
  correctionRoutes(app, ctx);
}
