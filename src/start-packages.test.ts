import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');

/** Every file the server loads before it starts (start.ts with MAMORI_COMPILE_ONLY: all imports, nothing started). */
function filesLoadedAtStart(): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-start-files-'));
  const list = path.join(dir, 'loaded.txt');
  const hook = path.join(dir, 'hook.mjs');
  fs.writeFileSync(
    hook,
    `import module from 'node:module';
import fs from 'node:fs';
const seen = [];
module.registerHooks({ load(url, context, next) { seen.push(url); return next(url, context); } });
process.on('exit', () => {
  const req = module.createRequire(import.meta.url);
  fs.writeFileSync(${JSON.stringify(list)}, [...seen, ...Object.keys(req.cache)].join('\\n'));
});
`,
  );
  try {
    const r = spawnSync(process.execPath, [`--import=${hook}`, path.join(root, 'src/start.ts')], {
      env: { ...process.env, MAMORI_COMPILE_ONLY: '1', DATA_DIR: dir },
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    return fs.readFileSync(list, 'utf8').split('\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('the server starts without the readers and writers of files, the QR code writer or Fastify’s schema compilers', () => {
  const files = filesLoadedAtStart();
  assert.ok(
    files.some((f) => f.includes('/node_modules/fastify/')),
    'the list holds what was loaded',
  );
  for (const pkg of [
    'fflate',
    'saxes',
    'csv-parse',
    'iconv-lite',
    'qrcode',
    'pngjs',
    'ajv',
    '@fastify/ajv-compiler',
    '@fastify/fast-json-stringify-compiler',
  ]) {
    const hits = files.filter((f) => f.includes(`/node_modules/${pkg}/`));
    assert.deepEqual(hits, [], `${pkg} is loaded at start`);
  }
});
