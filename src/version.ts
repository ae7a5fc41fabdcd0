import fs from 'node:fs';
import path from 'node:path';

/** The running release's semantic version, from package.json (shipped beside the code in every archive). */
export const VERSION: string = (
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8')) as {
    version: string;
  }
).version;
