import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const src = import.meta.dirname;

/** Starts a process as main.js does: the hook first, then a module of the server. */
function load(dir: string): { installed: boolean; version: string; compiler: boolean } {
  const script = path.join(dir, 'entry.mjs');
  fs.writeFileSync(
    script,
    `import { serveStrippedSources } from ${JSON.stringify(pathToFileURL(path.join(src, 'stripped-sources.js')).href)};
const installed = serveStrippedSources(${JSON.stringify(path.join(dir, 'sources'))});
const { VERSION } = await import(${JSON.stringify(pathToFileURL(path.join(src, 'version.ts')).href)});
const compiler = process.moduleLoadList.some((m) => m.includes('amaro'));
console.log(JSON.stringify({ installed, version: VERSION, compiler }));
`,
  );
  const env = { ...process.env };
  delete env.NODE_COMPILE_CACHE;
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [script], { env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) as string);
}

test('the server’s TypeScript is read from its stripped sources, without loading the compiler', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-stripped-'));
  try {
    const expected = JSON.parse(fs.readFileSync(path.join(src, '../package.json'), 'utf8')).version;
    const first = load(dir);
    assert.deepEqual(first, { installed: true, version: expected, compiler: false });
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'sources/manifest.json'), 'utf8'));
    assert.equal(manifest.node, process.version);
    assert.ok(manifest.files[path.join('modules', 'requests', 'index.ts')], 'a module is stripped');
    assert.equal(manifest.files['start-packages.test.ts'], undefined, 'tests are not');
    const stripped = fs.readFileSync(path.join(dir, 'sources/version.ts'), 'utf8');
    const original = fs.readFileSync(path.join(src, 'version.ts'), 'utf8');
    assert.equal(stripped.split('\n').length, original.split('\n').length, 'lines are kept for stack traces');

    // A file whose text changed since it was stripped is stripped again before it is served.
    fs.writeFileSync(path.join(dir, 'sources/version.ts'), 'export const VERSION = "stale";\n');
    manifest.files['version.ts'] = 0;
    fs.writeFileSync(path.join(dir, 'sources/manifest.json'), JSON.stringify(manifest));
    assert.deepEqual(load(dir), { installed: true, version: expected, compiler: false });
    assert.equal(fs.readFileSync(path.join(dir, 'sources/version.ts'), 'utf8'), stripped);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('without a usable cache the server’s TypeScript is still read (Node strips it itself)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-stripped-'));
  try {
    fs.writeFileSync(path.join(dir, 'sources'), 'not a folder');
    const expected = JSON.parse(fs.readFileSync(path.join(src, '../package.json'), 'utf8')).version;
    assert.deepEqual(load(dir), { installed: false, version: expected, compiler: true });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
