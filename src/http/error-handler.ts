import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasMessage, type Lang, t } from '../i18n/index.ts';
import { FileFormatError } from '../shared/file-error.ts';
import { AppError } from './errors.ts';
import { rolesHolding } from './refusal-roles.ts';

/** The app-wide body limit (`buildApp`); a route may set its own. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** A size as people read it: 「5 MB」, 「512 KB」. */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

/** The limit that refused this body: the route's raw-upload limit for a file, else its body limit. */
function bodyLimitOf(req: FastifyRequest): number {
  const raw = !/json/i.test(String(req.headers['content-type'] ?? ''));
  const cfg = req.routeOptions?.config;
  if (raw && cfg?.rawBodyLimit) return cfg.rawBodyLimit;
  return req.routeOptions?.bodyLimit ?? DEFAULT_BODY_LIMIT;
}

function fromFastify(err: FastifyError, req: FastifyRequest): AppError | null {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('request.malformed_json', 400);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('request.too_large', 413, { limit: sizeLabel(bodyLimitOf(req)) });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('request.unsupported_media_type', 415);
  }
  if (err instanceof SyntaxError) return new AppError('request.malformed_json', 400);
  return null;
}

/** Database outages answer 503 so clients retry instead of reporting a bug. */
function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  const msg = String((err as Error)?.message ?? '');
  return (
    ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P03', 'ENOTFOUND', 'ETIMEDOUT'].includes(code) ||
    /Connection terminated|timeout exceeded when trying to connect|database is locked/i.test(msg)
  );
}

/** SQLite's SQLITE_FULL (disk or size limit) and PostgreSQL's disk_full (53100). */
function isStorageFull(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  return (
    code === '53100' || /database or disk is full|SQLITE_FULL/i.test(String((err as Error)?.message ?? ''))
  );
}

/**
 * One error shape for the whole API: { error: { code, message, messages, fields? } }, `message` in the user's
 * language, `messages` in each.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (err: FastifyError, req, reply) => {
    const appErr =
      err instanceof AppError
        ? err
        : err instanceof FileFormatError
          ? new AppError(err.code, 400, err.params)
          : (fromFastify(err, req) ??
            (isUnavailable(err) ? new AppError('common.unavailable', 503) : null) ??
            (isStorageFull(err) ? new AppError('common.storage_full', 507) : null) ??
            (err.statusCode && err.statusCode < 500
              ? new AppError('request.invalid', err.statusCode)
              : null));
    if (!appErr) {
      req.log.error({ err: { message: err.message, code: err.code, stack: err.stack } }, 'unhandled error');
      return reply.code(500).send({
        error: {
          code: 'common.internal',
          message: t(req.lang, 'common.internal'),
          messages: inBoth((lang) => t(lang, 'common.internal')),
        },
      });
    }
    if (appErr.status === 503) reply.header('Retry-After', '5');
    const fields = appErr.fields?.map((f) => {
      const say = (lang: Lang) => f.message ?? t(lang, f.code, { ...appErr.params, ...f.params });
      return { field: f.field, code: f.code, message: say(req.lang), messages: f.messages ?? inBoth(say) };
    });
    const held = await holdersOfRefusal(app, req, appErr);
    const say = (lang: Lang) =>
      held.length
        ? t(lang, 'common.forbidden_held', {
            ...readableParams(lang, appErr),
            roles: held.join(t(lang, 'common.forbidden_and')),
          })
        : t(lang, appErr.code, readableParams(lang, appErr));
    return reply.code(appErr.status).send({
      error: {
        code: appErr.code,
        message: say(req.lang),
        messages: inBoth(say),
        ...(fields ? { fields } : {}),
      },
    });
  });
}

/**
 * The message in both languages, so a screen that switches language shows the refusal it already has in
 * the new one at once, without sending the action again.
 */
function inBoth(say: (lang: Lang) => string): Record<Lang, string> {
  return { ja: say('ja'), en: say('en') };
}

/**
 * The body's own roles that hold what a refusal needs, to name them in it; none for another kind of error,
 * for system administration, or when they cannot be read (the refusal then says it without them).
 */
async function holdersOfRefusal(app: FastifyInstance, req: FastifyRequest, err: AppError): Promise<string[]> {
  const fn = err.params?.fn;
  if (err.code !== 'common.forbidden' || typeof fn !== 'string' || !req.auth || fn === 'system.admin')
    return [];
  try {
    return await rolesHolding(app.mamoriDb, req.auth.organizationId, fn.split(' / '));
  } catch {
    return [];
  }
}

/** A refusal names the functions it needs by their labels (「監査の計画・実施…」), not by their keys. */
function readableParams(lang: Lang, err: AppError): Record<string, string | number> | undefined {
  const fn = err.params?.fn;
  if (err.code !== 'common.forbidden' || typeof fn !== 'string') return err.params;
  const labels = fn.split(' / ').map((k) => (hasMessage(`function.${k}`) ? t(lang, `function.${k}`) : k));
  return { ...err.params, fn: labels.join(t(lang, 'common.forbidden_or')) };
}
