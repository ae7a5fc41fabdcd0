// Finding 2: a JSON body with many unknown keys froze the server for everyone (an error per key, each
// listing every key). Validation work and answers are now bounded by the input's size.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { z } from 'zod';
import { MAX_FIELD_ERRORS, maxObjectKeys, overfullObject, parseInput } from '../../src/http/validate.ts';
import { loginBody } from '../../src/modules/auth/schema.ts';
import { healthzDuring, listening } from '../support/healthz.ts';
import { startTestApp, type TestApp } from '../support/http.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

/** A login body with `n` extra keys, kept under the 1 MB body limit (keys are short base-36 numbers). */
function keyBomb(n: number): string {
  const parts = ['"loginId":"x"', '"password":"y"'];
  for (let i = 0; i < n; i++) parts.push(`"${i.toString(36)}":0`);
  return `{${parts.join(',')}}`;
}

test('100,000 unknown keys sent to the sign-in route, unauthenticated, are refused at once with a short answer; /healthz answers throughout', {
  timeout: 120_000,
}, async () => {
  const base = await listening(t.app);
  const body = keyBomb(100_000);
  assert.ok(body.length < 1024 * 1024, `${body.length} bytes fit the body limit`);
  const send = async () => {
    const started = performance.now();
    const r = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await r.text();
    return { status: r.status, text, ms: performance.now() - started };
  };
  const watch = await healthzDuring(base, async () => {
    const all = [];
    // A flood: 200 bombs, 8 at a time.
    for (let round = 0; round < 25; round++)
      all.push(...(await Promise.all(Array.from({ length: 8 }, send))));
    return all;
  });
  for (const r of watch.result) {
    assert.equal(r.status, 400);
    assert.ok(r.text.length < 2000, `answer of ${r.text.length} bytes`);
    const err = JSON.parse(r.text).error;
    assert.equal(err.code, 'request.too_many_fields');
    assert.equal(err.fields.length, 1);
    assert.match(err.message, new RegExp(`${maxObjectKeys(loginBody)} 個まで`));
  }
  const slowest = Math.round(Math.max(...watch.result.map((r) => r.ms)));
  console.log(
    `key bomb: 200 × 100,000 keys (${Math.round(body.length / 1024)} KB), slowest answer ${slowest} ms; /healthz slowest ${watch.maxMs} ms over ${watch.samples} probes`,
  );
  assert.ok(watch.samples > 0);
  assert.ok(watch.maxMs < 1000, `/healthz answered within 1 s during the flood (slowest ${watch.maxMs} ms)`);
});

test('nested objects with too many keys are refused by path; other errors are capped', () => {
  const schema = z.strictObject({
    name: z.string(),
    items: z.array(z.strictObject({ a: z.string(), b: z.string().optional() })).max(1000),
  });
  const few = { a: 'x', c: 1, d: 2 };
  assert.equal(overfullObject(schema, { name: 'x', items: [few] }), null, 'a few unknown keys are named');
  const big: Record<string, number> = {};
  for (let i = 0; i < 50_000; i++) big[`k${i}`] = i;
  assert.deepEqual(overfullObject(schema, { name: 'x', items: [{ a: 'x' }, big] }), {
    path: 'items.1',
    max: 2,
  });
  assert.equal(overfullObject(schema, { name: 'x', items: [{ a: 'x', b: 'y' }] }), null);
  try {
    parseInput(schema, { name: 'x', items: [{ a: 'x' }, big] }, 'ja');
    assert.fail('refused');
  } catch (e) {
    const err = e as { code: string; fields: { field: string }[] };
    assert.equal(err.code, 'request.too_many_fields');
    assert.deepEqual(
      err.fields.map((f) => f.field),
      ['items.1'],
    );
  }
  // Many wrong values (not too many keys): at most MAX_FIELD_ERRORS are reported.
  const items = Array.from({ length: 900 }, () => ({ a: 5 }));
  try {
    parseInput(schema, { name: 'x', items }, 'en');
    assert.fail('refused');
  } catch (e) {
    const err = e as { code: string; fields: { field: string; message?: string }[] };
    assert.equal(err.code, 'request.invalid');
    assert.equal(err.fields.length, MAX_FIELD_ERRORS);
  }
});
