// The entry point of `npm start` and of `bin/mamori` in a release (`--version` prints the version).
// Plain JavaScript on purpose: stripping the types of even one file in this process loads Node's TypeScript
// compiler, ~17 MB that then stays in memory for the life of the server, so the server's TypeScript is read
// from a cache of its stripped sources (stripped-sources.js, filled by a short-lived child process).
import fs from 'node:fs';
import path from 'node:path';
import { serveStrippedSources } from './stripped-sources.js';

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

try {
  // The data directory as config.ts reads it (DATA_DIR, default ./data).
  const cacheDir = path.join(path.resolve(process.env.DATA_DIR ?? './data'), 'cache');
  fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  serveStrippedSources(path.join(cacheDir, 'sources'));
  // Worker threads (extraction, verification) and child processes use Node's compile cache; this thread
  // leaves it off, since Node keeps every entry it read in memory for the life of the process.
  process.env.NODE_COMPILE_CACHE ??= path.join(cacheDir, 'compile');
} catch {
  // A read-only data directory only costs memory (Node strips the types itself); a bad setting is
  // reported by start.ts.
}
await import('./start.ts');
