// The entry point of `npm start`. Node keeps the compiled code of the app (TypeScript already stripped)
// in the data directory, so that later starts skip most of the compiling; then the server starts.
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { loadConfig } from './config.ts';

try {
  const cacheDir = path.join(loadConfig().dataDir, 'cache', 'compile');
  fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  module.enableCompileCache(cacheDir);
} catch {
  // A read-only data directory only costs start-up time; a bad setting is reported by start.ts.
}
await import('./start.ts');
