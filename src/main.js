// The entry point of `npm start` and of `bin/mamori` in a release (`--version` prints the version).
// Plain JavaScript on purpose: Node's compile cache (in the data directory) must be on before the first
// TypeScript file is read. Stripping the types of even one file loads Node's TypeScript compiler, ~17 MB
// that then stays in memory for the life of the server; with the cache on, later starts never load it.
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';

if (process.argv.includes('--version') || process.argv.includes('-v')) {
  const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  console.log(`mamori ${pkg.version}`);
  process.exit(0);
}

try {
  // The data directory as config.ts reads it (DATA_DIR, default ./data).
  const cacheDir = path.join(path.resolve(process.env.DATA_DIR ?? './data'), 'cache', 'compile');
  fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  module.enableCompileCache(cacheDir);
} catch {
  // A read-only data directory only costs start-up time; a bad setting is reported by start.ts.
}
await import('./start.ts');
