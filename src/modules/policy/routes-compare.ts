/** Routes that compare: the clause diff between two versions and the gap analysis of one (analysis engine). */
import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { assertCanRead } from './access.ts';
import { diffClauses } from './diff.ts';
import { gapAnalysis } from './gap/gap.ts';
import { getVersion } from './queries.ts';
import { idParams, versionPairParams } from './schema.ts';

/** Registers the diff and gap routes. */
export function compareRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/policy/versions/:id/diff/:other',
    summary: 'Clauses added, removed and changed from version :id to version :other',
    tags: ['policy'],
    access: access.signedIn,
    params: versionPairParams,
    async handler({ params, auth }) {
      const a = await getVersion(db, auth.organizationId, params.id);
      const b = await getVersion(db, auth.organizationId, params.other);
      assertCanRead(auth, a.visibility);
      assertCanRead(auth, b.visibility);
      return diffClauses(JSON.parse(a.analysis), JSON.parse(b.analysis));
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/policy/versions/:id/gap',
    summary: 'Which areas of the guideline the version covers, covers thinly or misses',
    tags: ['policy'],
    access: access.fn('policy.manage'),
    params: idParams,
    async handler({ params, auth }) {
      const v = await getVersion(db, auth.organizationId, params.id);
      return { items: gapAnalysis(JSON.parse(v.analysis)) };
    },
  });
}
