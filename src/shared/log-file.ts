// LOG_FILE: the server's JSON log into a file that rolls over by size and by day (or hour), keeping the
// newest LOG_KEEP files. pino-roll is pino's own rotating stream; it runs in this process, no worker.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

/** The rotating stream for Fastify's logger; `current.log` beside the files points at the active one (not on Windows). */
export async function logStream(log: NonNullable<Config['log']>): Promise<NodeJS.WritableStream> {
  const ext = path.extname(log.file) || '.log';
  // Made here, not by pino-roll's `mkdir`: that one is asynchronous, and the link beside it is not.
  fs.mkdirSync(path.dirname(log.file), { recursive: true, mode: 0o700 });
  // Loaded only when logging to a file (~20 MB resident otherwise spent by every server).
  const pinoRoll = (await import('pino-roll')).default;
  return pinoRoll({
    file: log.file.slice(0, log.file.length - path.extname(log.file).length),
    extension: ext,
    size: log.size,
    ...(log.frequency
      ? { frequency: log.frequency, dateFormat: log.frequency === 'daily' ? 'yyyy-MM-dd' : 'yyyy-MM-dd-HH' }
      : {}),
    limit: { count: log.keep, removeOtherLogFiles: true },
    // Windows lets only administrators make symbolic links: the current file is found by its date there.
    symlink: process.platform !== 'win32',
    mode: 0o600,
    mkdir: true,
  });
}
