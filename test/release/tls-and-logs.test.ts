// A small body with no reverse proxy: mamori serves HTTPS itself from TLS_CERT / TLS_KEY (a self-signed
// certificate made here with openssl), with Secure cookies and HSTS; and LOG_FILE writes a rotated log.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { freePort, initialPasswords, ServerProcess } from '../support/server-process.ts';

function request(
  url: string,
  ca: Buffer,
  opts: { method?: string; body?: unknown } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method: opts.method ?? 'GET',
        ca,
        headers: opts.body ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(opts.body ? JSON.stringify(opts.body) : undefined);
  });
}

test('with TLS_CERT and TLS_KEY mamori answers over HTTPS only, with Secure cookies and HSTS; LOG_FILE gets the log', {
  timeout: 120_000,
}, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-tls-'));
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'pipe' },
  );
  const port = await freePort();
  const logFile = path.join(dir, 'logs', 'mamori.log');
  const server = new ServerProcess(port, {
    DATA_DIR: path.join(dir, 'data'),
    DATABASE_URL: '',
    TLS_CERT: cert,
    TLS_KEY: key,
    LOG_FILE: logFile,
    LOG_LEVEL: 'info',
  });
  try {
    await server.start({ probe: () => request(`https://127.0.0.1:${port}/healthz`, fs.readFileSync(cert)) });
    assert.match(server.output, new RegExp(`https://127\\.0\\.0\\.1:${port}/`));
    const ca = fs.readFileSync(cert);
    const health = await request(`https://127.0.0.1:${port}/healthz`, ca);
    assert.equal(health.status, 200);
    assert.equal(health.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains');
    const password = initialPasswords(path.join(dir, 'data')).get('admin');
    const login = await request(`https://127.0.0.1:${port}/api/auth/login`, ca, {
      method: 'POST',
      body: { loginId: 'admin', password },
    });
    assert.equal(login.status, 200, login.text);
    const cookie = String(login.headers['set-cookie']);
    assert.match(cookie, /mamori_session=/);
    assert.match(cookie, /; Secure/i);
    assert.match(cookie, /HttpOnly/i);
    // Plain HTTP on the same port is not served.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`));

    // The log went to the file (JSON lines), with the current file linked, and not to standard output.
    const logs = fs.readdirSync(path.dirname(logFile));
    assert.ok(logs.includes('current.log'), logs.join(', '));
    const text = fs.readFileSync(path.join(path.dirname(logFile), 'current.log'), 'utf8');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.ok(lines.some((l) => l.req?.url === '/api/auth/login'));
    assert.doesNotMatch(
      text,
      new RegExp(password?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') ?? 'x'),
      'no secret in the log',
    );
    assert.doesNotMatch(server.output, /"msg":"incoming request"/);
  } finally {
    await server.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
