import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { inspectBody, registerParams, runBody } from './schema.ts';
import { dryRun, inspect, runImport, targetFor } from './service.ts';
import { importTargets } from './targets.ts';

const tags = ['imports'];
/** Anyone who may write one of the registers reaches the import routes; each register checks its own. */
// Sorted: the rule must not depend on the order in which modules happen to register their targets.
const anyWriter = () => access.fn(...[...new Set(importTargets().flatMap((t) => t.writeFns))].sort());

/** Excel and CSV import for every register: inspect, dry run, import. */
export function importRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/imports',
    summary: 'Registers the caller may import into, with their fields',
    tags,
    access: access.signedIn,
    async handler({ auth, lang }) {
      return {
        items: importTargets()
          .filter((t) => t.writeFns.some((f) => auth.functions.has(f)))
          .map((t) => ({
            key: t.key,
            label: lang === 'en' ? t.en : t.ja,
            context: !!t.context,
            fields: t.fields.map((f) => ({
              key: f.key,
              label: lang === 'en' ? f.en : f.ja,
              required: !!f.required,
            })),
          })),
      };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/imports/:register/inspect',
    summary: 'Read an uploaded .xlsx or CSV: sheets, heading row, headings, suggested mapping, preview',
    tags,
    access: anyWriter(),
    params: registerParams,
    body: inspectBody,
    bodyLimit: 30 * 1024 * 1024,
    handler: ({ params, body, auth, lang }) =>
      inspect(db, auth, targetFor(auth, params.register), body, lang),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/imports/:register',
    summary: 'Import every row or nothing (dryRun: only check, naming each bad row and column)',
    tags,
    access: anyWriter(),
    params: registerParams,
    body: runBody,
    bodyLimit: 30 * 1024 * 1024,
    async handler({ params, body, auth, actor, lang }) {
      const target = targetFor(auth, params.register);
      if (body.dryRun) return dryRun(db, auth, target, body, lang);
      const r = await runImport(db, auth, actor, target, body, lang);
      return {
        imported: r.rows,
        created: r.created,
        updated: r.updated,
        importId: r.importId,
        handover: r.handover ?? [],
      };
    },
  });
}
