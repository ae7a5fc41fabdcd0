/** Routes that compare: the clause diff between two versions and the gap analysis of one (analysis engine). */
import type { FastifyInstance } from 'fastify';
import { access } from '../../http/route.ts';
import { routeGroup } from '../../http/route-group.ts';
import type { AppContext } from '../module.ts';
import { assertCanRead } from './access.ts';
import { diffClauses } from './diff.ts';
import { gapAnalysis } from './gap/gap.ts';
import { getVersion } from './queries.ts';
import { idParams, versionPairParams } from './schema.ts';

/** Registers the diff and gap routes. */
export function compareRoutes(app: FastifyInstance, { db }: AppContext): void {
  const { route, onId } = routeGroup(app, ['policy'], idParams);
  route({
    method: 'GET',
    url: '/api/policy/versions/:id/diff/:other',
    summary: 'Clauses added, removed and changed from version :id to version :other',
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
  onId({
    method: 'GET',
    url: '/api/policy/versions/:id/gap',
    summary: 'Which areas of the guideline the version covers, covers thinly or misses',
    access: access.fn('policy.manage'),
    async handler({ id, auth }) {
      const v = await getVersion(db, auth.organizationId, id);
      return { items: gapAnalysis(JSON.parse(v.analysis)) };
    },
  });
}
