import assert from 'node:assert/strict';
import { test } from 'node:test';
import Fastify, { type FastifyRequest } from 'fastify';
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

/**
 * A listening app behind the gate: each `method` /api/slow waits until its gate is opened (`check` sees
 * its request first), /api/quick answers at once.
 */
async function gatedServer(method: 'GET' | 'POST', check: (req: FastifyRequest) => void = () => {}) {
  const app = Fastify();
  admissionGate(app);
  installErrorHandler(app);
  const server = { app, url: '', inHandler: 0, gates: [] as (() => void)[] };
  app.route({
    method,
    url: '/api/slow',
    handler: async (req) => {
      check(req);
      server.inHandler++;
      await new Promise<void>((resolve) => server.gates.push(resolve));
      return { ok: true };
    },
  });
  app.get('/api/quick', async () => ({ ok: true }));
  server.url = await app.listen({ port: 0, host: '127.0.0.1' });
  return server;
}

test('clients that go away, while waiting or while worked on, give their turns back: the next request is answered', async () => {
  const server = await gatedServer('GET');
  const { url, gates } = server;
  try {
    // Twice as many as there are turns, all cut off by their clients, as a load tool does at its end.
    const cut = new AbortController();
    const calls = Array.from({ length: MAX_ACTIVE * 2 }, () =>
      fetch(`${url}/api/slow`, { signal: cut.signal }).catch(() => null),
    );
    while (server.inHandler < MAX_ACTIVE) await new Promise((r) => setTimeout(r, 5));
    cut.abort();
    await Promise.all(calls);
    await new Promise((r) => setTimeout(r, 50));
    for (const open of gates.splice(0)) open();
    await new Promise((r) => setTimeout(r, 50));
    for (const open of gates.splice(0)) open();
    // Without its turns back, this request would wait for ever; the signal ends the test instead.
    const r = await fetch(`${url}/api/quick`, { signal: AbortSignal.timeout(10_000) });
    assert.equal(r.status, 200);
  } finally {
    for (const open of gates.splice(0)) open();
    await server.app.close();
  }
});

test('POSTs cut off by their clients after their bodies were read give their turns back', {
  timeout: 30_000,
}, async () => {
  // Fastify runs neither onResponse nor onRequestAbort for these: a gate keyed on those hooks lost every
  // turn this way and then answered no API call at all.
  const server = await gatedServer('POST', (req) => assert.deepEqual(req.body, { n: 1 }));
  const { url, gates } = server;
  try {
    for (let round = 0; round < 3; round++) {
      const cut = new AbortController();
      const calls = Array.from({ length: MAX_ACTIVE * 2 }, () =>
        fetch(`${url}/api/slow`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ n: 1 }),
          signal: cut.signal,
        }).catch(() => null),
      );
      while (server.inHandler < MAX_ACTIVE * (round + 1)) await new Promise((r) => setTimeout(r, 5));
      cut.abort();
      await Promise.all(calls);
      await new Promise((r) => setTimeout(r, 50));
      // The handlers finish after their clients left; their answers go nowhere.
      for (const open of gates.splice(0)) open();
      await new Promise((r) => setTimeout(r, 50));
    }
    const r = await fetch(`${url}/api/quick`, { signal: AbortSignal.timeout(10_000) });
    assert.equal(r.status, 200);
  } finally {
    for (const open of gates.splice(0)) open();
    await server.app.close();
  }
});
