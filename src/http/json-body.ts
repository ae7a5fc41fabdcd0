import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';
import { firstOverfullObject } from './json-keys.ts';
import { MAX_FIELD_ERRORS, OPEN_OBJECT_KEYS } from './validate.ts';

/**
 * Replaces Fastify's JSON body parser with one that first counts the keys of every object in the text
 * and refuses (400 `request.too_many_fields`) an object with more than the route's body schema can hold,
 * so a body of 100,000 keys costs a scan instead of a parse and a validation. Then Fastify's own parser
 * runs (prototype-poisoning protection included).
 */
export function boundedJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = body as string;
    const limit = req.routeOptions.config?.maxObjectKeys ?? OPEN_OBJECT_KEYS;
    // A few unknown keys are named one by one by validation; beyond that the body is refused unread.
    const over = firstOverfullObject(text, limit + MAX_FIELD_ERRORS);
    if (over) {
      done(
        new AppError('request.too_many_fields', 400, { max: limit }, [
          { field: over.depth === 0 ? '(body)' : `(depth ${over.depth})`, code: 'request.too_many_fields' },
        ]),
        undefined,
      );
      return;
    }
    parse(req, text, done);
  });
}
