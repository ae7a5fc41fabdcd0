import assert from 'node:assert/strict';
import { test } from 'node:test';
import Fastify from 'fastify';
import { z } from 'zod';
import { installErrorHandler } from './error-handler.ts';
import { access } from './route.ts';
import { routeGroup } from './route-group.ts';

/** A bare app with what defineRoute reads: the route table and a request's auth and language. */
function bareApp() {
  const app = Fastify();
  app.decorate('mamoriRoutes', []);
  app.decorateRequest('auth', null);
  app.decorateRequest('lang', 'ja');
  installErrorHandler(app);
  return app;
}

const idParams = z.strictObject({ id: z.string().trim().min(1).max(8) });

test('a group’s routes carry its tags; onId validates :id with the group’s schema and hands the id over', async () => {
  const app = bareApp();
  const { route, onId } = routeGroup(app, ['things'], idParams);
  route({
    method: 'GET',
    url: '/api/things',
    summary: 'List',
    access: access.public,
    handler: async () => [],
  });
  onId({
    method: 'GET',
    url: '/api/things/:id',
    summary: 'One',
    access: access.public,
    handler: async ({ id, params }) => ({ id, same: params.id === id }),
  });
  assert.deepEqual(
    app.mamoriRoutes.map((r) => [r.method, r.url, r.tags, r.params === idParams]),
    [
      ['GET', '/api/things', ['things'], false],
      ['GET', '/api/things/:id', ['things'], true],
    ],
  );
  const one = await app.inject({ method: 'GET', url: '/api/things/%20t1' });
  assert.equal(one.statusCode, 200, one.body);
  assert.deepEqual(one.json(), { id: 't1', same: true }, 'the id as the schema gives it (trimmed)');
  const tooLong = await app.inject({ method: 'GET', url: '/api/things/123456789' });
  assert.equal(tooLong.statusCode, 400, 'the group’s id schema refuses it');
});

test('a route declaring status 201 answers a body with it, and nothing with 204', async () => {
  const app = bareApp();
  const { route } = routeGroup(app, ['things'], idParams);
  let answer: { id: string } | undefined = { id: 'n1' };
  route({
    method: 'POST',
    url: '/api/things',
    summary: 'Add',
    access: access.public,
    status: 201,
    handler: async () => answer,
  });
  const made = await app.inject({ method: 'POST', url: '/api/things' });
  assert.equal(made.statusCode, 201, made.body);
  assert.deepEqual(made.json(), { id: 'n1' });
  answer = undefined;
  assert.equal((await app.inject({ method: 'POST', url: '/api/things' })).statusCode, 204);
});
