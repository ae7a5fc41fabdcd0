/** What the organization's route files share: their route group (tag `org`, `:id` routes) and who may read or administer. */
import type { FastifyInstance } from 'fastify';
import { access } from '../../http/route.ts';
import { routeGroup } from '../../http/route-group.ts';
import { idParams } from './schema.ts';

/** Readers of the organization's set-up (and its administrators). */
export const READ = access.fn('org.read', 'org.admin');
/** Administrators of the organization. */
export const ADMIN = access.fn('org.admin');

/** The routes of the organization module: tagged `org`, the record of a `/:id` route given by its id. */
export const orgRouteGroup = (app: FastifyInstance) => routeGroup(app, ['org'], idParams);
