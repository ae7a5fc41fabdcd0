import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { addMessages, pickLang, t } from '../i18n/index.ts';
import type { AppContext, AppModule } from '../modules/module.ts';
import { VERSION } from '../version.ts';
import { admissionGate } from './admission.ts';
import { DEFAULT_BODY_LIMIT, installErrorHandler } from './error-handler.ts';
import { boundedJsonParser } from './json-body.ts';
import { buildOpenApi } from './openapi.ts';
import { securityHeaders } from './security-headers.ts';

export interface BuildAppOptions {
  ctx: AppContext;
  modules: AppModule[];
  /** Reads the session for a request (the auth module provides it). */
  resolveAuth(req: import('fastify').FastifyRequest): Promise<import('./auth-context.ts').AuthContext | null>;
  /** Folder of the built web UI, served at /. */
  webDir?: string;
  logger?: boolean | object;
  /** Certificate and key (PEM) when the server speaks HTTPS itself. */
  https?: { cert: Buffer; key: Buffer };
  /** What /healthz adds to its answer (statuses only, never a secret); its query also proves the database is up. */
  health?: () => Promise<Record<string, string>>;
}

let messagesLoaded = false;

/**
 * Fastify's JSON-schema compilers (Ajv for input, fast-json-stringify for output) are loaded the first
 * time a route declares a Fastify schema, not when the app is built: mamori's routes validate with zod
 * (`route.ts`) and declare none, so the two libraries (~100 files, ~2 MB of memory) stay unloaded.
 * They are the compilers Fastify would pick itself, resolved from Fastify's own folder.
 */
const fastifyRequire = createRequire(createRequire(import.meta.url).resolve('fastify'));
type CompilerBuilder = (...args: unknown[]) => unknown;
function onFirstSchema(pkg: string): CompilerBuilder {
  let build: CompilerBuilder | undefined;
  return (...args) => {
    build ??= (fastifyRequire(pkg) as () => CompilerBuilder)();
    return build(...args);
  };
}

/** Builds the Fastify app: one error shape, security headers, sessions, every module's routes and the web UI. */
export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    ...(opts.https ? { https: opts.https } : {}),
    bodyLimit: DEFAULT_BODY_LIMIT,
    trustProxy: process.env.TRUST_PROXY === '1',
    genReqId: () => crypto.randomUUID(),
    // Unknown query parameters are rejected by the route schemas; keep the parser plain.
    routerOptions: { maxParamLength: 200 },
    schemaController: {
      compilersFactory: {
        buildValidator: onFirstSchema('@fastify/ajv-compiler') as never,
        buildSerializer: onFirstSchema('@fastify/fast-json-stringify-compiler') as never,
      },
    },
  });
  app.decorate('mamoriRoutes', []);
  app.decorate('mamoriDb', opts.ctx.db);
  app.decorateRequest('auth', null);
  app.decorateRequest('lang', 'ja');
  if (!messagesLoaded) {
    for (const m of opts.modules) if (m.messages) addMessages(m.messages.ja, m.messages.en);
    messagesLoaded = true;
  }
  admissionGate(app);
  await app.register(cookie);
  installErrorHandler(app);
  boundedJsonParser(app);
  securityHeaders(app);
  app.addHook('onRequest', async (req) => {
    req.lang = pickLang(req.cookies.lang, req.headers['accept-language']);
    if (req.url.startsWith('/api/')) req.auth = await opts.resolveAuth(req);
  });
  for (const m of opts.modules) m.routes?.(app, opts.ctx);
  app.get('/api/openapi.json', async () => buildOpenApi(app.mamoriRoutes));
  app.get('/healthz', async (_req, reply) => {
    try {
      if (opts.health) return { status: 'ok', version: VERSION, ...(await opts.health()) };
      await opts.ctx.db.selectFrom('organizations').select('id').limit(1).execute();
      return { status: 'ok', version: VERSION };
    } catch {
      return reply.code(503).send({ status: 'unavailable', version: VERSION });
    }
  });
  const hasWeb = !!opts.webDir && fs.existsSync(path.join(opts.webDir, 'index.html'));
  let indexHtml: Buffer | null = null;
  if (hasWeb && opts.webDir) {
    await app.register(fastifyStatic, {
      root: opts.webDir,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each text file; the one the browser accepts is sent.
      preCompressed: true,
      setHeaders(res, file) {
        // Files under assets/ carry a content hash in their name: a browser keeps them for a year.
        if (file.includes(`${path.sep}assets${path.sep}`))
          res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
    indexHtml = fs.readFileSync(path.join(opts.webDir, 'index.html'));
  }
  // Unknown API paths answer in the one error shape; the UI routes on the client, so other GETs get
  // the app shell when it is built.
  app.setNotFoundHandler((req, reply) => {
    if (indexHtml && req.method === 'GET' && !req.url.startsWith('/api/')) {
      // The shell names the hashed files of the current build: always revalidated.
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    }
    return reply
      .code(404)
      .send({ error: { code: 'common.not_found', message: t(req.lang, 'common.not_found') } });
  });
  return app;
}
