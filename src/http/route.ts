import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema.ts';
import type { Lang } from '../i18n/index.ts';
import type { Actor } from '../shared/actor.ts';
import type { AuthContext } from './auth-context.ts';
import { AppError, forbidden } from './errors.ts';
import { checkReferences, type References } from './references.ts';
import { maxObjectKeys, parseInput } from './validate.ts';

/** Who may call a route. Every route declares one; there is no default that lets anyone in. */
export type Access =
  | { kind: 'public' }
  /**
   * A session in one of these sign-in stages (the stage machine of `modules/auth/stages.ts`): the
   * routes of a sign-in step name the stage they serve, so none is reachable from another step.
   */
  | { kind: 'stage'; stages: AuthContext['stage'][] }
  /** A full session (every sign-in step done). */
  | { kind: 'signed_in' }
  /** A full session holding at least one of these role functions. */
  | { kind: 'fn'; fns: string[] }
  | { kind: 'system' };

export const access = {
  public: { kind: 'public' } as Access,
  /** Sessions in these sign-in stages only. */
  stage: (...stages: AuthContext['stage'][]): Access => ({ kind: 'stage', stages }),
  /** Any session, whatever its stage (reading the session, signing out). */
  anyStage: { kind: 'stage', stages: ['mfa', 'password_change', 'enroll', 'full'] } as Access,
  signedIn: { kind: 'signed_in' } as Access,
  system: { kind: 'system' } as Access,
  fn: (...fns: string[]): Access => ({ kind: 'fn', fns }),
};

/** The rule as the access table writes it: `public`, `signed_in`, `system`, `stage:a|b`, `fn:a|b`. */
export function accessRuleText(rule: Access): string {
  if (rule.kind === 'fn') return `fn:${rule.fns.join('|')}`;
  if (rule.kind === 'stage') return `stage:${rule.stages.join('|')}`;
  return rule.kind;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteInput<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  auth: AuthContext;
  lang: Lang;
  actor: Actor;
  req: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteSpec<BS extends z.ZodType, QS extends z.ZodType, PS extends z.ZodType> {
  method: Method;
  url: string;
  summary: string;
  tags?: string[];
  access: Access;
  body?: BS;
  query?: QS;
  params?: PS;
  response?: z.ZodType;
  /** Raw body types this route accepts besides JSON (file uploads). */
  bodyLimit?: number;
  /** The limit of a raw upload (not JSON) when lower than `bodyLimit`: what a 413 then names. */
  rawBodyLimit?: number;
  /**
   * Body fields holding ids of records (`assetIds`, `members[].userId`) and their tables: each id must
   * name a record of the caller's organization, checked before the handler (`references.ts`).
   */
  references?: References;
  /** The status of an answer with a body when it is not 200 (201 for a record created). */
  status?: 201 | 202;
  handler(input: RouteInput<z.output<BS>, z.output<QS>, z.output<PS>>): Promise<unknown>;
}

/** What the route table records of every route (for OpenAPI and the authorization matrix test). */
export interface RouteInfo {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  access: Access;
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  response?: z.ZodType;
  references?: References;
  bodyLimit?: number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    maxObjectKeys?: number;
    rawBodyLimit?: number;
  }
  interface FastifyInstance {
    mamoriRoutes: RouteInfo[];
    /** The database, for checks every route shares (body references). */
    mamoriDb: Kysely<DB>;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    lang: Lang;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Checks the caller against the route's access rule; throws 401/403 otherwise. */
export function checkAccess(rule: Access, auth: AuthContext | null): void {
  if (rule.kind === 'public') return;
  if (!auth) throw new AppError('common.unauthenticated', 401);
  if (rule.kind === 'stage') {
    if (rule.stages.includes(auth.stage)) return;
    // A sign-in in progress is sent back to its own step; a full session has no business in one.
    if (auth.stage !== 'full') throw new AppError('auth.step_required', 401, { stage: auth.stage });
    throw new AppError('auth.wrong_stage', 409);
  }
  if (auth.stage !== 'full') throw new AppError('auth.step_required', 401, { stage: auth.stage });
  if (rule.kind === 'signed_in') return;
  if (rule.kind === 'system') {
    if (!auth.isSystemAdmin) throw forbidden('system.admin');
    return;
  }
  if (!rule.fns.some((f) => auth.functions.has(f))) throw forbidden(rule.fns.join(' / '));
}

/** The actor recorded in audit events for this request. */
export function actorOf(req: FastifyRequest): Actor {
  const auth = req.auth;
  return {
    organizationId: auth?.organizationId ?? '',
    userId: auth?.userId ?? null,
    label: auth ? `${auth.displayName} (${auth.loginId})` : null,
    requestId: String(req.id),
    clientIp: req.ip ?? null,
  };
}

/** Registers a route: validates input with zod, enforces access and CSRF, and records it in the route table. */
export function defineRoute<
  BS extends z.ZodType = z.ZodType<undefined>,
  QS extends z.ZodType = z.ZodType<undefined>,
  PS extends z.ZodType = z.ZodType<undefined>,
>(app: FastifyInstance, spec: RouteSpec<BS, QS, PS>): void {
  app.mamoriRoutes.push({
    method: spec.method,
    url: spec.url,
    summary: spec.summary,
    tags: spec.tags ?? [],
    access: spec.access,
    body: spec.body,
    query: spec.query,
    params: spec.params,
    response: spec.response,
    references: spec.references,
    bodyLimit: spec.bodyLimit,
  });
  app.route({
    method: spec.method,
    url: spec.url,
    bodyLimit: spec.bodyLimit,
    // The JSON parser refuses objects with more keys than the body schema can hold, before parsing.
    config: { maxObjectKeys: maxObjectKeys(spec.body), rawBodyLimit: spec.rawBodyLimit },
    handler: async (req, reply) => {
      const auth = req.auth;
      checkAccess(spec.access, auth);
      if (!SAFE.has(req.method) && auth && spec.access.kind !== 'public') {
        const header = req.headers['x-csrf-token'];
        if (typeof header !== 'string' || header !== auth.csrfToken) throw new AppError('common.csrf', 403);
      }
      const lang = req.lang;
      const params = spec.params ? parseInput(spec.params, req.params, lang) : undefined;
      const query = spec.query ? parseInput(spec.query, req.query ?? {}, lang) : undefined;
      let body: unknown;
      if (spec.body) body = parseInput(spec.body, req.body, lang);
      else if (req.body !== undefined && req.body !== null && !SAFE.has(req.method)) {
        if (typeof req.body === 'object' && Object.keys(req.body as object).length > 0) {
          throw new AppError('request.invalid', 400, {}, [{ field: '(body)', code: 'field.unknown' }]);
        }
      }
      if (spec.references && auth) {
        await checkReferences(app.mamoriDb, auth.organizationId, body, spec.references);
      }
      const result = await spec.handler({
        body: body as z.output<BS>,
        query: query as z.output<QS>,
        params: params as z.output<PS>,
        auth: auth as AuthContext,
        lang,
        actor: actorOf(req),
        req,
        reply,
      });
      if (reply.sent) return reply;
      if (result === undefined) return reply.code(204).send();
      if (spec.status) reply.code(spec.status);
      return result;
    },
  });
}
