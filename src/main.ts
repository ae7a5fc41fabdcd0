// The entry point of `npm start` (and of `bin/mamori` in a release; `--version` prints the version). Node keeps the compiled code of the app (TypeScript already stripped)
// in the data directory, so that later starts skip most of the compiling; then the server starts.
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { loadConfig } from './config.ts';
import { VERSION } from './version.ts';

if (process.argv.includes('--version') || process.argv.includes('-v')) {
  console.log(`mamori ${VERSION}`);
  process.exit(0);
}

try {
  const cacheDir = path.join(loadConfig().dataDir, 'cache', 'compile');
  fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  module.enableCompileCache(cacheDir);
} catch {
  // A read-only data directory only costs start-up time; a bad setting is reported by start.ts.
}
await import('./start.ts');
