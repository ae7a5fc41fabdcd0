import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { Client, testAppPerFile } from '../../test/support/http.ts';

const t = testAppPerFile();

describe('API basics', () => {
  test('malformed JSON answers 400 with one error shape, nothing else', async () => {
    const c = new Client(t.app);
    const r = await c.post('/api/auth/login', '{"loginId": "a", ');
    assert.equal(r.statusCode, 400);
    assert.deepEqual(Object.keys(r.json()), ['error']);
    assert.equal(r.json().error.code, 'request.malformed_json');
    assert.match(r.json().error.message, /JSON/);
  });

  test('unknown fields and wrong types answer 400 naming each field, in the caller’s language', async () => {
    const c = new Client(t.app);
    const ja = await c.post('/api/auth/login', { loginId: 5, password: 'x', extra: true });
    assert.equal(ja.statusCode, 400);
    const fields = ja
      .json()
      .error.fields.map((f: { field: string }) => f.field)
      .sort();
    assert.deepEqual(fields, ['extra', 'loginId']);
    assert.equal(ja.json().error.message, '入力内容に誤りがあります。');
    const en = await c.request('POST', '/api/auth/login', { password: 'x' }, { cookie: 'lang=en' });
    assert.equal(en.json().error.message, 'Some input is not valid.');
    assert.equal(en.json().error.fields[0].field, 'loginId');
    assert.equal(en.json().error.fields[0].code, 'field.required');
  });

  test('an error carries its message in both languages, so a language switch shows it at once', async () => {
    const c = new Client(t.app);
    const r = await c.post('/api/auth/login', { loginId: 5, password: 'x' });
    const e = r.json().error;
    assert.equal(e.message, e.messages.ja);
    assert.equal(e.messages.ja, '入力内容に誤りがあります。');
    assert.equal(e.messages.en, 'Some input is not valid.');
    const field = e.fields.find((f: { field: string }) => f.field === 'loginId');
    assert.equal(field.message, field.messages.ja);
    assert.notEqual(field.messages.en, field.messages.ja);
    assert.doesNotMatch(field.messages.en, /[ぁ-んァ-ヶ一-龠]/);
  });

  test('a body over the limit answers 413', async () => {
    const c = new Client(t.app);
    const r = await c.post('/api/auth/login', { loginId: 'a', password: 'x'.repeat(2 * 1024 * 1024) });
    assert.equal(r.statusCode, 413);
    assert.equal(r.json().error.code, 'request.too_large');
  });

  test('anonymous callers get 401 on protected routes; unknown API paths 404', async () => {
    const c = new Client(t.app);
    assert.equal((await c.get('/api/audit')).statusCode, 401);
    assert.equal((await c.get('/api/session')).statusCode, 401);
    const unknown = await c.get('/api/no-such-thing');
    assert.equal(unknown.statusCode, 404);
    assert.equal(
      unknown.json().error.code,
      'common.not_found',
      'the one error shape, also for unknown paths',
    );
  });

  test('/healthz answers without a session with the status and the running version, nothing more', async () => {
    const r = await new Client(t.app).get('/healthz');
    assert.equal(r.statusCode, 200);
    const body = r.json();
    assert.equal(body.status, 'ok');
    assert.equal(body.version, JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
    assert.match(body.version, /^\d+\.\d+\.\d+/);
  });

  test('security headers forbid inline script, framing and sniffing', async () => {
    const r = await new Client(t.app).get('/healthz');
    assert.equal(r.statusCode, 200);
    const csp = String(r.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
  });

  test('the OpenAPI document lists every route with its access rule', async () => {
    const r = await new Client(t.app).get('/api/openapi.json');
    const doc = r.json();
    assert.equal(doc.openapi, '3.1.0');
    for (const route of t.app.mamoriRoutes) {
      const p = route.url.replace(/:(\w+)/g, '{$1}');
      assert.ok(doc.paths[p]?.[route.method.toLowerCase()], `${route.method} ${route.url}`);
    }
    assert.equal(
      doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.additionalProperties,
      false,
    );
  });

  test('an unexpected error answers 500 without a stack trace', async () => {
    const { default: Fastify } = await import('fastify');
    const { installErrorHandler } = await import('./error-handler.ts');
    const app = Fastify();
    app.decorateRequest('lang', 'ja');
    installErrorHandler(app);
    app.get('/boom', async () => {
      throw new Error('secret internal detail');
    });
    const r = await app.inject({ method: 'GET', url: '/boom' });
    assert.equal(r.statusCode, 500);
    assert.equal(r.json().error.code, 'common.internal');
    assert.doesNotMatch(r.body, /secret internal detail|at .*\.ts/);
    await app.close();
  });
});
