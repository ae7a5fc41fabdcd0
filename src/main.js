// The entry point of `npm start` and of `bin/mamori` in a release (`--version` prints the version).
// Plain JavaScript on purpose: Node's compile cache (in the data directory) must be on before the first
// TypeScript file is read. Stripping the types of even one file loads Node's TypeScript compiler, ~17 MB
// that then stays in memory for the life of the server; with the cache on, later starts never load it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.argv.includes('--version') || process.argv.includes('-v')) {
  const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  console.log(`mamori ${pkg.version}`);
  process.exit(0);
}

/**
 * The C library's allocator (glibc) gives each thread that allocates at the same time as another its
 * own arena, up to 8 per core, and keeps the freed memory of each: the server's threads (V8's helpers
 * for garbage collection and compiling, libuv's pool for files, password hashing and the SQLite flush)
 * left ~8 MB free but resident in arenas of their own. Two arenas hold the same work with less memory
 * kept (idle RSS −4 to −6 MB, bench/README.md item 28). The setting is read only when a process starts,
 * so the process replaces itself once with it set (same process id, same standard streams; Linux only,
 * a few tens of milliseconds). An operator's own MALLOC_ARENA_MAX is left as it is.
 */
function withTwoMallocArenas() {
  if (process.platform !== 'linux' || process.env.MALLOC_ARENA_MAX || typeof process.execve !== 'function')
    return;
  try {
    process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
      ...process.env,
      MALLOC_ARENA_MAX: '2',
    });
  } catch {
    // Not replaced: the server runs with the allocator's default arenas.
  }
}
withTwoMallocArenas();

/**
 * On the first start of these sources (a new install, an upgrade, another Node.js), the cache is filled by
 * a short-lived child process that only loads the server's modules (`MAMORI_COMPILE_ONLY`, see start.ts)
 * and exits: the compiler's memory leaves with it, and this process then reads every module from the
 * cache. Costs the child's load time once (a second or two); a failure only means the compiler loads here.
 */
function fillCompileCache(cacheDir) {
  const stamp = path.join(cacheDir, 'filled-for');
  const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const these = `${pkg.version} ${process.version} ${import.meta.dirname}\n`;
  try {
    if (fs.readFileSync(stamp, 'utf8') === these) return;
  } catch {
    // not filled yet
  }
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, MAMORI_COMPILE_ONLY: '1' },
    stdio: 'inherit',
  });
  if (child.status === 0) fs.writeFileSync(stamp, these, { mode: 0o600 });
}

try {
  // The data directory as config.ts reads it (DATA_DIR, default ./data).
  const cacheDir = path.join(path.resolve(process.env.DATA_DIR ?? './data'), 'cache', 'compile');
  fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  const { status } = module.enableCompileCache(cacheDir);
  if (status === module.constants.compileCacheStatus.ENABLED && process.env.MAMORI_COMPILE_ONLY !== '1')
    fillCompileCache(cacheDir);
} catch {
  // A read-only data directory only costs start-up time and memory; a bad setting is reported by start.ts.
}
await import('./start.ts');
