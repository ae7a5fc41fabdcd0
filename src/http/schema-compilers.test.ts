import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import type { AppContext } from '../modules/module.ts';
import { buildApp } from './app.ts';

const require = createRequire(import.meta.url);
const loaded = (pkg: string) => Object.keys(require.cache).some((f) => f.includes(`/node_modules/${pkg}/`));
const ctx = { db: {} } as unknown as AppContext;

test('building the app loads neither of Fastify’s JSON-schema compilers; a route with a Fastify schema still gets both', async () => {
  const plain = await buildApp({ ctx, modules: [], resolveAuth: async () => null });
  await plain.ready();
  assert.equal(loaded('@fastify/ajv-compiler'), false);
  assert.equal(loaded('ajv'), false);
  assert.equal(loaded('@fastify/fast-json-stringify-compiler'), false);
  await plain.close();

  const app = await buildApp({ ctx, modules: [], resolveAuth: async () => null });
  app.post(
    '/x',
    {
      schema: {
        body: { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] },
        response: { 200: { type: 'object', properties: { n: { type: 'integer' } } } },
      },
    },
    async (req) => ({ n: (req.body as { n: number }).n, hidden: 'not in the response schema' }),
  );
  await app.ready();
  const bad = await app.inject({ method: 'POST', url: '/x', payload: { n: 'one' } });
  assert.equal(bad.statusCode, 400);
  const ok = await app.inject({ method: 'POST', url: '/x', payload: { n: 2 } });
  assert.equal(ok.statusCode, 200);
  assert.deepEqual(ok.json(), { n: 2 }); // serialized by fast-json-stringify: the extra field is dropped
  assert.equal(loaded('@fastify/ajv-compiler'), true);
  assert.equal(loaded('@fastify/fast-json-stringify-compiler'), true);
  await app.close();
});
