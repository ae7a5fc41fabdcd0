import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST_INDEX = path.join(ROOT, 'web/dist/index.html');
const LOCK = path.join(ROOT, 'web/.build-lock');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  if (!fs.existsSync(DIST_INDEX)) return false;
  const built = fs.statSync(DIST_INDEX).mtimeMs;
  const sources = Math.max(
    newestSource(path.join(ROOT, 'web/src')),
    newestSource(path.join(ROOT, 'web/public')),
    fs.statSync(path.join(ROOT, 'web/index.html')).mtimeMs,
    fs.statSync(path.join(ROOT, 'web/vite.config.ts')).mtimeMs,
  );
  return built >= sources;
}

/** Builds the web UI once when web/dist is missing or older than its sources (test files may race: a lock folder guards it). */
export async function ensureWebBuild(): Promise<void> {
  if (isFresh()) return;
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // Another test process is building; a lock older than 3 minutes is left over from a crash.
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 180_000) fs.rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - started > 240_000) throw new Error('timed out waiting for the web build lock');
      await sleep(500);
    }
  }
  try {
    if (isFresh()) return;
    const r = spawnSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`web build failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
