// Finding 3: a small policy upload crashed or froze the server (extraction on the main thread, limits on
// the upload only). Each bomb is built here; each now answers 422 with a clear error while /healthz
// keeps answering, and nothing is stored.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { extractInWorker } from '../../src/modules/policy/extraction.ts';
import { makeOrg, makeUser } from '../support/factories.ts';
import { healthzDuring, listening } from '../support/healthz.ts';
import { type Client, signedIn, startTestApp, type TestApp } from '../support/http.ts';
import { bigTextPolicy, docxBomb, pdfContentBomb, pdfSharedPages } from '../support/policy-bombs.ts';

let t: TestApp;
let admin: Client;
let base: string;
let orgId: string;
before(async () => {
  t = await startTestApp();
  const org = await makeOrg(t.db);
  orgId = org.id;
  admin = await signedIn(t, await makeUser(t.db, org, { functions: ['policy.manage', 'policy.read'] }));
  base = await listening(t.app);
});
after(() => t.close());

/** Uploads raw bytes as the import screen does. */
function upload(bytes: Buffer, fileName: string, lang = 'ja') {
  return t.app.inject({
    method: 'POST',
    url: `/api/policy/import?fileName=${encodeURIComponent(fileName)}`,
    headers: {
      cookie: `${admin.cookie}; lang=${lang}`,
      'x-csrf-token': admin.csrf,
      'content-type': 'application/octet-stream',
    },
    payload: bytes,
  });
}

async function versions(): Promise<number> {
  const rows = await t.db
    .selectFrom('policy_versions')
    .select('id')
    .where('organization_id', '=', orgId)
    .execute();
  return rows.length;
}

const latencies: string[] = [];

/** Uploads a bomb while /healthz is probed; expects 422 with `code` and nothing stored. */
async function refused(name: string, bytes: Buffer, code: string, message: RegExp) {
  const stored = await versions();
  const started = performance.now();
  const watch = await healthzDuring(base, () => upload(bytes, name));
  const ms = Math.round(performance.now() - started);
  const r = watch.result;
  assert.equal(r.statusCode, 422, r.body.slice(0, 300));
  const err = r.json().error;
  assert.equal(err.code, code);
  assert.match(err.message, message);
  assert.equal(err.fields[0].field, 'file');
  assert.equal(await versions(), stored, 'nothing stored');
  latencies.push(
    `${name} (${Math.round(bytes.length / 1024)} KB): 422 in ${ms} ms, /healthz slowest ${watch.maxMs} ms`,
  );
  assert.ok(
    watch.maxMs < 1000,
    `/healthz answered within 1 s while ${name} was read (slowest ${watch.maxMs} ms)`,
  );
}

describe('policy files built to exhaust the server', { timeout: 600_000 }, () => {
  after(() => console.log(`import bombs:\n  ${latencies.join('\n  ')}`));

  test('a .docx holding 285 MB of XML in about 1 MB answers 422 (the ZIP directory is checked before inflating)', async () => {
    await refused('bomb.docx', await docxBomb(), 'policy.limit_docx_inflated', /展開後 64 MB まで/);
  });

  test('a .docx whose ZIP directory understates its sizes is stopped while inflating', async () => {
    await refused(
      'liar.docx',
      await docxBomb(undefined, { understate: true }),
      'policy.limit_docx_inflated',
      /Word/,
    );
  });

  test('a PDF of a million shared pages answers 422 before any page is read', async () => {
    await refused('pages.pdf', pdfSharedPages(), 'policy.limit_pdf_pages', /2,000 ページまで/);
  });

  test('a PDF with a 600 MB content stream answers 422 (streams are decoded up to the limit only)', async () => {
    await refused('content.pdf', await pdfContentBomb(), 'policy.limit_pdf_stream', /32 MB/);
  });

  test('a content stream the size check cannot decode is stopped by the memory watch', async () => {
    await refused(
      'hex-content.pdf',
      await pdfContentBomb(undefined, { hexWrapped: true }),
      'policy.limit_memory',
      /メモリ/,
    );
  });

  test('a 4.9 MB plain-text policy answers 422: more text than a policy holds', async () => {
    await refused('big.txt', bigTextPolicy(), 'policy.limit_text', /1,000,000 文字まで/);
  });

  test('the longest text accepted (about a million characters) is read off the main thread: the server keeps answering', async () => {
    const bytes = bigTextPolicy(2.5 * 1024 * 1024);
    const watch = await healthzDuring(base, () => upload(bytes, 'long.txt'));
    const r = watch.result;
    assert.equal(r.statusCode, 201, r.body.slice(0, 300));
    latencies.push(
      `long.txt (${Math.round(bytes.length / 1024)} KB): ${r.statusCode}, /healthz slowest ${watch.maxMs} ms`,
    );
    assert.ok(watch.maxMs < 1000, `/healthz answered within 1 s (slowest ${watch.maxMs} ms)`);
  });

  test('errors are in English too; an ordinary file is still imported after the bombs', async () => {
    const r = await upload(pdfSharedPages(), 'pages.pdf', 'en');
    assert.equal(r.statusCode, 422);
    assert.match(r.json().error.message, /too many pages \(at most 2,000\)/);
    const sample = path.resolve(import.meta.dirname, '../../samples/policies/001-hagi-nagato-seiso.txt');
    const ok = await upload(fs.readFileSync(sample), 'ok.txt');
    assert.equal(ok.statusCode, 201, ok.body);
  });

  test('the supervisor stops a read that takes too long', async () => {
    await assert.rejects(
      extractInWorker(
        // Within every other limit (about a million characters), but reading it takes far longer than
        // 50 ms on any machine: only the clock can stop it.
        { kind: 'bytes', bytes: bigTextPolicy(2.5 * 1024 * 1024) },
        { timeMs: 50, heapMb: 512, memoryBytes: 768 * 1024 * 1024 },
      ),
      (e: { code?: string; params?: { limit: number } }) =>
        e.code === 'policy.limit_time' && e.params?.limit === 0.05,
    );
  });
});
