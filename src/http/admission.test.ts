import assert from 'node:assert/strict';
import { test } from 'node:test';
import Fastify from 'fastify';
import { admissionGate, MAX_ACTIVE } from './admission.ts';
import { installErrorHandler } from './error-handler.ts';

test('at most MAX_ACTIVE API requests are worked on at once; the rest wait their turn, other paths do not', async () => {
  const app = Fastify();
  admissionGate(app);
  installErrorHandler(app);
  let running = 0;
  let most = 0;
  const gates: (() => void)[] = [];
  app.get('/api/slow', async () => {
    running++;
    most = Math.max(most, running);
    await new Promise<void>((resolve) => gates.push(resolve));
    running--;
    return { ok: true };
  });
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/api/fail', async () => {
    throw new Error('x');
  });
  await app.ready();
  // A failing request gives its turn back: more of them than there are turns all get answered.
  const failed = await Promise.all(
    Array.from({ length: MAX_ACTIVE * 2 }, () => app.inject({ method: 'GET', url: '/api/fail' })),
  );
  assert.ok(failed.every((r) => r.statusCode === 500));
  const calls = Array.from({ length: MAX_ACTIVE * 3 }, () => app.inject({ method: 'GET', url: '/api/slow' }));
  while (gates.length < MAX_ACTIVE) await new Promise((r) => setTimeout(r, 5));
  assert.equal(
    (await app.inject({ method: 'GET', url: '/healthz' })).statusCode,
    200,
    'answered while the API is full',
  );
  // Let every request through, one turn at a time.
  while (gates.length || running) {
    gates.shift()?.();
    await new Promise((r) => setTimeout(r, 1));
  }
  const done = await Promise.all(calls);
  assert.ok(done.every((r) => r.statusCode === 200));
  assert.equal(most, MAX_ACTIVE);
  await app.close();
});
