import type { FastifyInstance } from 'fastify';
import { access } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { pickerPeople } from './people-queries.ts';
import { orgRouteGroup } from './route-kit.ts';
import { unitTree } from './units.ts';

/**
 * Pickers for other modules' forms (owner unit, responsible person): names only, like an internal
 * phone directory, so a register keeper without `org.read` can choose a unit or a person.
 */
export function directoryRoutes(app: FastifyInstance, { db }: AppContext): void {
  const { route } = orgRouteGroup(app);
  const _tags = ['org'];
  route({
    method: 'GET',
    url: '/api/org/directory/units',
    summary: 'Active units as a tree of names, for pickers',
    access: access.signedIn,
    async handler({ auth }) {
      type Node = { id: string; name: string; kind: string; children: Node[] };
      const prune = (nodes: Awaited<ReturnType<typeof unitTree>>): Node[] =>
        nodes
          .filter((u) => u.active)
          .map((u) => ({ id: u.id, name: u.name, kind: u.kind, children: prune(u.children) }));
      return { items: prune(await unitTree(db, auth.organizationId)) };
    },
  });
  route({
    method: 'GET',
    url: '/api/org/directory/people',
    summary: 'Active people (name and unit), for pickers',
    access: access.signedIn,
    async handler({ auth }) {
      const rows = await pickerPeople(db, auth.organizationId);
      return {
        items: rows.map((r) => ({
          id: r.id,
          displayName: r.display_name,
          unitId: r.unit_id,
          unitName: r.unit_name ?? null,
        })),
      };
    },
  });
}
