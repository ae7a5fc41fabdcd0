import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package loaded the first time it is used, not when the file naming it is loaded: readers and
 * writers of files (Excel, CSV, Shift_JIS, Word) and the holiday table are needed by some requests, never
 * by an idle server, and each one loaded at start stays in memory for the life of the process.
 * Loading is synchronous (`require`), so the callers stay as they were.
 */
export function onFirstUse<T>(pkg: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(pkg) as T;
    return loaded;
  };
}
