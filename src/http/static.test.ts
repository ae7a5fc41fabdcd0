import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import { startTestApp, type TestApp } from '../../test/support/http.ts';

// The built UI: precompressed copies sent to browsers that accept them, hashed files cached for a year,
// the app shell for client-side routes. A small stand-in for web/dist keeps the test independent of a build.
let t: TestApp;
let dir: string;
const js = `export const greeting = ${JSON.stringify('こんにちは'.repeat(200))};\n`;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>mamori</title><div id="root"></div>');
  const file = path.join(dir, 'assets', 'app-3f2a9c.js');
  fs.writeFileSync(file, js);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(js));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(js));
  t = await startTestApp({ webDir: dir });
});
after(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('serving the built UI', () => {
  test('a browser that accepts Brotli or gzip gets the precompressed file; others get it as it is', async () => {
    const get = (enc?: string) =>
      t.app.inject({ url: '/assets/app-3f2a9c.js', headers: enc ? { 'accept-encoding': enc } : {} });
    const br = await get('gzip, deflate, br');
    assert.equal(br.statusCode, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(zlib.brotliDecompressSync(br.rawPayload).toString('utf8'), js);
    const gz = await get('gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(zlib.gunzipSync(gz.rawPayload).toString('utf8'), js);
    const plain = await get();
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, js);
    assert.match(String(plain.headers.vary), /accept-encoding/i);
  });

  test('hashed assets are cached for a year; the app shell is not, and answers client-side routes', async () => {
    const a = await t.app.inject({ url: '/assets/app-3f2a9c.js' });
    assert.equal(a.headers['cache-control'], 'public, max-age=31536000, immutable');
    const shell = await t.app.inject({ url: '/requests/inbox' });
    assert.equal(shell.statusCode, 200);
    assert.match(shell.body, /id="root"/);
    assert.equal(shell.headers['cache-control'], 'no-cache');
    const api = await t.app.inject({ url: '/api/no-such-thing' });
    assert.equal(api.statusCode, 404);
    assert.equal(api.json().error.code, 'common.not_found');
  });
});
