import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { AppError } from '../../src/http/errors.ts';
import { enterSingleAxisScheme } from '../../src/modules/assets/fixtures.test-support.ts';
import { verifyChains } from '../../src/modules/audit/queries.ts';
import { prepareFromBytes } from '../../src/modules/policy/import.ts';
import { PolicyInputError } from '../../src/modules/policy/text/errors.ts';
import { makeOrg, makeUser } from '../support/factories.ts';
import { signedIn, startTestApp, type TestApp } from '../support/http.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
// Each HTTP import stores a whole document: fewer of them, the in-process run covers the parser widely.
const HTTP_RUNS = process.env.FUZZ_RUNS ? Math.min(200, Math.ceil(RUNS / 10)) : 5;
const samples = path.resolve(import.meta.dirname, '../../samples/policies');
const seeds = fs
  .readdirSync(samples)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(samples, f), 'utf8'));

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

/** Real documents, damaged the ways real files are: cut, spliced, re-encoded, with runaway lines and nesting. */
const mutatedPolicy = fc
  .record({
    seed: fc.integer({ min: 0, max: seeds.length - 1 }),
    start: fc.nat(),
    length: fc.nat({ max: 20_000 }),
    noise: fc.uint8Array({ maxLength: 200 }),
    at: fc.nat(),
    longLine: fc.nat({ max: 100_000 }),
    nesting: fc.nat({ max: 300 }),
    encoding: fc.constantFrom('utf8', 'cp932', 'utf16le', 'mixed'),
  })
  .map((m) => {
    const text = seeds[m.seed];
    const s = m.start % text.length;
    let body = text.slice(s, s + m.length);
    body += `\n${'あ'.repeat(m.longLine)}\n`;
    body += Array.from(
      { length: m.nesting },
      (_, i) => `${'　'.repeat(i % 20)}(${i + 1}) 職員は、ＵＳＢメモリを持ち出してはならない。`,
    ).join('\n');
    const enc = (x: string) =>
      m.encoding === 'utf8'
        ? Buffer.from(x)
        : m.encoding === 'mixed'
          ? Buffer.concat([
              Buffer.from(x.slice(0, x.length / 2)),
              iconv.encode(x.slice(x.length / 2), 'cp932'),
            ])
          : iconv.encode(x, m.encoding);
    const bytes = enc(body);
    const at = bytes.length ? m.at % bytes.length : 0;
    return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.noise), bytes.subarray(at)]);
  });

test(`the policy importer never crashes on damaged documents (${RUNS} inputs)`, {
  timeout: 600_000,
}, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        mutatedPolicy,
        fc.uint8Array({ maxLength: 5000 }).map((b) => Buffer.from(b)),
      ),
      async (bytes) => {
        try {
          const p = await prepareFromBytes(bytes);
          assert.ok(Array.isArray(p.analysis.clauses));
        } catch (e) {
          // The importer turns the engine's input errors into 400s naming the problem.
          const clean = e instanceof PolicyInputError || (e instanceof AppError && e.status === 400);
          assert.ok(clean, `unexpected ${(e as Error).stack}`);
        }
      },
    ),
    { numRuns: RUNS, seed: 4242 },
  );
});

test(`policy import over HTTP answers 200 or 400 and stores nothing on 400 (${HTTP_RUNS} inputs)`, {
  timeout: 600_000,
}, async () => {
  const org = await makeOrg(t.db);
  const admin = await signedIn(t, await makeUser(t.db, org, { functions: ['policy.manage', 'policy.read'] }));
  await fc.assert(
    fc.asyncProperty(mutatedPolicy, async (bytes) => {
      const before = await t.db
        .selectFrom('policy_versions')
        .select('id')
        .where('organization_id', '=', org.id)
        .execute();
      const r = await admin.request(
        'POST',
        '/api/policy/import?fileName=fuzz.txt',
        bytes.toString('latin1'),
        { 'content-type': 'application/octet-stream' },
      );
      assert.ok([200, 201, 400, 413].includes(r.statusCode), `${r.statusCode} ${r.body.slice(0, 200)}`);
      const after = await t.db
        .selectFrom('policy_versions')
        .select('id')
        .where('organization_id', '=', org.id)
        .execute();
      if (r.statusCode >= 400) assert.equal(after.length, before.length, 'nothing stored');
    }),
    { numRuns: HTTP_RUNS, seed: 99 },
  );
});

const cell = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '',
    '"',
    '""',
    ',',
    '\r\n',
    '=1+1',
    'A-0001',
    'I',
    'II',
    '重要性I',
    'device',
    'registered',
    '𠮷',
  ),
);

test(`CSV asset import: any file gives a dry-run report or a clean refusal, never a partial import (${RUNS} inputs)`, {
  timeout: 600_000,
}, async () => {
  const org = await makeOrg(t.db);
  const c = await signedIn(
    t,
    await makeUser(t.db, org, {
      functions: [
        'assets.manage',
        'assets.read',
        'assets.read_all',
        'assets.classify',
        'classification.manage',
      ],
    }),
  );
  await enterSingleAxisScheme(c);
  const header = ['資産番号', '名称', '種類', '所管課', '重要性', '状態'];
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(cell, { minLength: 0, maxLength: 8 }), { maxLength: 30 }),
      fc.boolean(),
      fc.constantFrom('utf8', 'sjis'),
      async (rows, withHeader, encoding) => {
        const csv = [...(withHeader ? [header] : []), ...rows]
          .map((r) => r.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(','))
          .join('\r\n');
        const bytes = encoding === 'sjis' ? iconv.encode(csv, 'cp932') : Buffer.from(csv);
        const content = bytes.toString('base64') || 'AA==';
        const before = await t.db
          .selectFrom('assets')
          .select('id')
          .where('organization_id', '=', org.id)
          .execute();
        const dry = await c.post('/api/assets/import', { content, encoding, dryRun: true });
        assert.ok(dry.statusCode < 500, dry.body);
        const real = await c.post('/api/assets/import', { content, encoding, dryRun: false });
        assert.ok(real.statusCode < 500, real.body);
        const after = await t.db
          .selectFrom('assets')
          .select('id')
          .where('organization_id', '=', org.id)
          .execute();
        if (real.statusCode >= 400)
          assert.equal(after.length, before.length, 'a refused import writes nothing');
        if (dry.statusCode === 200 && dry.json().valid === false)
          assert.ok(real.statusCode >= 400, 'an invalid file is refused whole');
      },
    ),
    { numRuns: RUNS, seed: 7 },
  );
  assert.equal((await verifyChains(t.db, org.id)).ok, true);
});
