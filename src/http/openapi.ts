import { z } from 'zod';
import type { RouteInfo } from './route.ts';

function schemaOf(s: z.ZodType | undefined): unknown {
  if (!s) return undefined;
  try {
    return z.toJSONSchema(s, { unrepresentable: 'any', io: 'input' });
  } catch {
    return {};
  }
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function buildOpenApi(routes: RouteInfo[]): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const p = r.url.replace(/:(\w+)/g, '{$1}');
    const params: unknown[] = [];
    for (const m of r.url.matchAll(/:(\w+)/g)) {
      params.push({ name: m[1], in: 'path', required: true, schema: { type: 'string' } });
    }
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: r.tags,
      'x-access': r.access,
      parameters: params,
      responses: {
        '200': {
          description: 'OK',
          content: r.response ? { 'application/json': { schema: schemaOf(r.response) } } : undefined,
        },
        default: {
          description: 'Error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    };
    if (r.query) op['x-query'] = schemaOf(r.query);
    if (r.body)
      op.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(r.body) } } };
    paths[p] ??= {};
    paths[p][r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'mamori API', version: '0.1.0' },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                messages: {
                  type: 'object',
                  description: 'The message in each language (ja, en)',
                  properties: { ja: { type: 'string' }, en: { type: 'string' } },
                },
                fields: { type: 'array', items: { type: 'object' } },
              },
            },
          },
        },
      },
    },
  };
}
