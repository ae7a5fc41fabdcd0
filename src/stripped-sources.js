// The server's TypeScript, read as JavaScript from a cache of its stripped sources. Plain JavaScript on
// purpose (see main.js): stripping types in this process would load Node's TypeScript compiler (~17 MB,
// kept for the life of the process), and Node's own compile cache, which would avoid that, keeps every
// module's cache entry in memory for the life of the process too (~5 MB, bench/README.md item 28).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const srcDir = import.meta.dirname;
const srcUrl = pathToFileURL(`${srcDir}${path.sep}`).href;
const MANIFEST = 'manifest.json';

/** The server's TypeScript files (tests left out), relative to src/. */
function typeScriptFiles() {
  return fs
    .readdirSync(srcDir, { recursive: true })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'));
}

/** CRC-32 of every TypeScript file as it is now: a stripped copy is used only for the same text. */
function currentHashes() {
  const hashes = new Map();
  for (const f of typeScriptFiles()) hashes.set(f, zlib.crc32(fs.readFileSync(path.join(srcDir, f))));
  return hashes;
}

function readManifest(dir) {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8'));
    return m.node === process.version ? m.files : null;
  } catch {
    return null;
  }
}

/** Writes a file whole or not at all, so that a start running at the same time never reads half of one. */
function writeWhole(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/**
 * Run in a short-lived child process (the compiler's memory leaves with it): strips the types of every
 * TypeScript file whose text differs from the one in the manifest and writes the manifest. Stripping
 * keeps every line and column, so stack traces point at the TypeScript as they would otherwise.
 * A file that cannot be stripped is left out: Node reads it itself and reports its error.
 */
function stripInto(dir) {
  const old = readManifest(dir) ?? {};
  const files = {};
  for (const [f, crc] of currentHashes()) {
    const out = path.join(dir, f);
    if (old[f] === crc && fs.existsSync(out)) {
      files[f] = crc;
      continue;
    }
    try {
      writeWhole(out, module.stripTypeScriptTypes(fs.readFileSync(path.join(srcDir, f), 'utf8')));
      files[f] = crc;
    } catch {
      // left to Node
    }
  }
  writeWhole(path.join(dir, MANIFEST), JSON.stringify({ node: process.version, files }));
}

if (process.env.MAMORI_STRIP_INTO && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.removeAllListeners('warning'); // stripTypeScriptTypes warns that it is experimental
  try {
    stripInto(process.env.MAMORI_STRIP_INTO);
  } catch {
    process.exitCode = 1; // a cache that cannot be written: the server strips the types itself
  }
}

/**
 * Serves the server's TypeScript files from `dir`, filled first by a child process when a file changed
 * (a new install, an upgrade, another Node.js, a developer's edit): a load hook hands each file's stripped
 * text to Node as JavaScript. A file not in the cache or changed since is left to Node. Worker threads do
 * not run this hook; they use Node's compile cache (NODE_COMPILE_CACHE, set by main.js).
 * Returns whether the hook is installed.
 */
export function serveStrippedSources(dir) {
  const hashes = currentHashes();
  let files = readManifest(dir);
  if (!files || [...hashes].some(([f, crc]) => files[f] !== crc)) {
    spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
      env: { ...process.env, MAMORI_STRIP_INTO: dir },
      stdio: 'ignore',
    });
    files = readManifest(dir);
  }
  if (!files) return false;
  module.registerHooks({
    load(url, context, next) {
      if (url.startsWith(srcUrl) && url.endsWith('.ts')) {
        const f = path.relative(srcDir, fileURLToPath(url));
        const crc = hashes.get(f);
        if (crc !== undefined && files[f] === crc) {
          try {
            return {
              format: 'module',
              source: fs.readFileSync(path.join(dir, f), 'utf8'),
              shortCircuit: true,
            };
          } catch {
            // removed meanwhile: Node reads the TypeScript itself
          }
        }
      }
      return next(url, context);
    },
  });
  return true;
}
