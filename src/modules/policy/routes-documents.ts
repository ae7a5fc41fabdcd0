/** Routes of documents and versions: import, list, detail, clause tree and search, in force, visibility, clause links. */
import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import { routeGroup } from '../../http/route-group.ts';
import { parseInput } from '../../http/validate.ts';
import type { AppContext } from '../module.ts';
import { assertCanRead, readableVisibilities } from './access.ts';
import { type CarriedCorrections, carryCorrectionsIn, previousCorrections } from './corrections-service.ts';
import { type PreparedImport, prepareFromBytes, prepareFromText } from './import.ts';
import {
  clauseLinks,
  getDocument,
  getVersion,
  linkCounts,
  listDocuments,
  searchClauses,
  versionSummary,
} from './queries.ts';
import {
  clausePathParams,
  idParams,
  importBody,
  importJsonBody,
  importQuery,
  inForceBody,
  linksQuery,
  searchQuery,
  visibilityBody,
} from './schema.ts';
import { importVersionIn, setInForceIn, setVisibility } from './service.ts';
import type { PolicyAnalysis } from './types.ts';
import { warningIn } from './warning-messages.ts';

const MAX_UPLOAD = 5 * 1024 * 1024;

/** File name from the X-File-Name header (URI-encoded by the browser, since headers are ASCII). */
function headerFileName(raw: string | string[] | undefined): string | undefined {
  if (typeof raw !== 'string' || raw === '') return undefined;
  try {
    return decodeURIComponent(raw).slice(0, 200);
  } catch {
    return raw.slice(0, 200);
  }
}

/** Registers the document and version routes. The raw-bytes parser lives only inside this module's scope. */
export function documentRoutes(app: FastifyInstance, { db }: AppContext): void {
  const { route, onId } = routeGroup(app, ['policy'], idParams);
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD },
      (_req, body, done) => done(null, body),
    );
    defineRoute(scope, {
      method: 'POST',
      url: '/api/policy/import',
      summary:
        'Import a policy file (raw bytes: text, .docx or PDF; or JSON { text, fileName }) as a new draft version',
      tags: ['policy'],
      access: access.fn('policy.manage'),
      query: importQuery,
      bodyLimit: MAX_UPLOAD + 1024 * 1024,
      rawBodyLimit: MAX_UPLOAD,
      body: importBody,
      async handler({ req, body, query, actor, reply, lang }) {
        let opts = { ...query, fileName: query.fileName ?? headerFileName(req.headers['x-file-name']) };
        let prepared: PreparedImport;
        let carried: CarriedCorrections | null;
        // A new version of a document is read with the corrections of the version before it.
        if (Buffer.isBuffer(body)) {
          carried = await previousCorrections(db, actor.organizationId, opts.documentId);
          prepared = await prepareFromBytes(new Uint8Array(body), carried?.corrections);
        } else {
          // Checked here rather than in the union so that errors name the JSON field.
          const { text, ...rest } = parseInput(importJsonBody, body, lang);
          opts = { ...opts, ...rest };
          carried = await previousCorrections(db, actor.organizationId, opts.documentId);
          prepared = await prepareFromText(text, carried?.corrections);
        }
        const created = await db.transaction().execute(async (trx) => {
          const made = await importVersionIn(trx, actor, prepared, opts);
          const corrections = carried
            ? await carryCorrectionsIn(trx, actor, made, carried, prepared.analysis)
            : null;
          return { ...made, corrections };
        });
        reply.code(201);
        const warnings = prepared.analysis.warningDetails
          .map((w) => warningIn(lang, w))
          .map((w) => (w.path ? `${w.path}: ${w.message}` : w.message));
        return { ...created, title: prepared.analysis.title, warnings };
      },
    });
  });

  route({
    method: 'GET',
    url: '/api/policy/documents',
    summary: 'Policy documents the caller may read, with the version in force',
    access: access.fn('policy.read', 'policy.manage'),
    async handler({ auth }) {
      return { items: await listDocuments(db, auth.organizationId, readableVisibilities(auth)) };
    },
  });

  route({
    method: 'GET',
    url: '/api/policy/public',
    summary: 'Public policy documents (any signed-in person)',
    access: access.signedIn,
    async handler({ auth }) {
      return { items: await listDocuments(db, auth.organizationId, ['public']) };
    },
  });

  onId({
    method: 'GET',
    url: '/api/policy/documents/:id',
    summary: 'A document with its versions',
    access: access.signedIn,
    async handler({ id, auth }) {
      const doc = await getDocument(db, auth.organizationId, id);
      assertCanRead(auth, doc.visibility);
      return doc;
    },
  });

  onId({
    method: 'PUT',
    url: '/api/policy/documents/:id/visibility',
    summary: 'Change who may read a document (実施手順 is never public)',
    access: access.fn('policy.manage'),
    body: visibilityBody,
    async handler({ id, body, actor }) {
      await setVisibility(db, actor, id, body.visibility);
    },
  });

  onId({
    method: 'GET',
    url: '/api/policy/versions/:id',
    summary:
      'A version: dates (with 和暦), text, clause tree, warnings, and how many records each clause drives',
    access: access.signedIn,
    async handler({ id, auth, lang }) {
      const v = await getVersion(db, auth.organizationId, id);
      assertCanRead(auth, v.visibility);
      const a: PolicyAnalysis = JSON.parse(v.analysis);
      return {
        ...versionSummary(v),
        title: v.title,
        kinds: JSON.parse(v.kinds) as string[],
        visibility: v.visibility,
        text: v.text,
        tree: a.tree,
        warnings: a.warningDetails
          ? a.warningDetails.map((w) => warningIn(lang, w))
          : a.warnings.map((message) => ({ code: 'policy.warning', message })),
        links: await linkCounts(db, auth.organizationId, v.id),
      };
    },
  });

  onId({
    method: 'GET',
    url: '/api/policy/versions/:id/analysis',
    summary: 'The stored analysis of a version',
    access: access.fn('policy.manage'),
    async handler({ id, auth }) {
      return JSON.parse((await getVersion(db, auth.organizationId, id)).analysis);
    },
  });

  onId({
    method: 'GET',
    url: '/api/policy/versions/:id/search',
    summary: 'Clauses containing the words',
    access: access.signedIn,
    query: searchQuery,
    async handler({ id, query, auth }) {
      const v = await getVersion(db, auth.organizationId, id);
      assertCanRead(auth, v.visibility);
      return { items: await searchClauses(db, auth.organizationId, v.id, query.q) };
    },
  });

  onId({
    method: 'POST',
    url: '/api/policy/versions/:id/in-force',
    summary: 'Put a version in force (the previous one is superseded)',
    access: access.fn('policy.manage'),
    body: inForceBody,
    async handler({ id, body, actor }) {
      await db.transaction().execute((trx) => setInForceIn(trx, actor, id, body.effectiveOn));
    },
  });

  route({
    method: 'GET',
    url: '/api/policy/clauses/:path/links',
    summary:
      'Which records a clause demands: accepted proposals, roles and obligations ("which clause demands me?")',
    access: access.fn('policy.read', 'policy.manage'),
    params: clausePathParams,
    query: linksQuery,
    async handler({ params, query, auth }) {
      if (query.versionId) {
        const v = await getVersion(db, auth.organizationId, query.versionId);
        assertCanRead(auth, v.visibility);
      }
      return clauseLinks(db, auth.organizationId, params.path, query.versionId);
    },
  });
}
