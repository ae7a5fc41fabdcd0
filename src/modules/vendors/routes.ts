/** Routes of the vendors module: registers, the required contract clause list and law proposals. */
import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { setClauseList } from './clause-list.ts';
import { VENDORS_READ, VENDORS_WRITE } from './functions.ts';
import { effectiveClauseList, lawProposals } from './policySource.ts';
import { clauseListBody } from './schema.ts';

/** Defines the vendors module's own routes (its registers' routes come with the kit's manifest). */
export function vendorsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  defineRoute(app, {
    method: 'GET',
    url: '/api/vendors/clause-list',
    summary: 'Clauses every outsourcing contract must contain: the stored list, else the policy’s own (R-H2)',
    tags: ['vendors'],
    access: access.fn(...VENDORS_READ),
    async handler({ auth }) {
      const list = await effectiveClauseList(db, auth.organizationId);
      return list
        ? { clauses: list.clauses, clausePath: list.path || null, source: list.source }
        : { clauses: [], clausePath: null, source: null };
    },
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/vendors/clause-list',
    summary: 'Set the required contract clauses by hand (when the policy has no list, or to adjust it)',
    tags: ['vendors'],
    access: access.fn(...VENDORS_WRITE),
    body: clauseListBody,
    async handler({ body, actor }) {
      await setClauseList(db, actor, body);
      return { clauses: body.clauses, clausePath: body.clausePath ?? null, source: 'manual' };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/vendors/laws/proposals',
    summary: 'Laws and ordinances the policy in force cites, to add to the law register (R-G5)',
    tags: ['vendors'],
    access: access.fn(...VENDORS_READ),
    async handler({ auth }) {
      return { items: await lawProposals(db, auth.organizationId) };
    },
  });
}
