// Takes a consistent snapshot of the running database into a file: SQLite's online backup API (readers
// and the writer go on), or pg_dump (one transaction's snapshot). The file is written under a temporary
// name and only renamed into place once verified, so a file with the final name is always a good one.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { DatabaseSource } from '../../db/connect.ts';
import type { BackupCheck } from './verify.ts';

const run = promisify(execFile);

/** The file extension of a backup of this database. */
export function backupExtension(source: DatabaseSource): '.db' | '.sql' {
  return source.databaseUrl ? '.sql' : '.db';
}

/** Writes a snapshot of the database to `file` (which must not exist), readable by its owner only. */
export async function snapshot(source: DatabaseSource, file: string): Promise<void> {
  // Backups hold everything the database holds, keys included: a private folder, private files.
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'wx', 0o600));
  if (source.databaseUrl) {
    // pg_dump writes what `npm run restore` reads back with psql; a test's own schema only.
    await run(
      'pg_dump',
      [
        '--no-owner',
        '--no-privileges',
        ...(source.pgSchema ? ['--schema', source.pgSchema] : []),
        '--file',
        file,
        source.databaseUrl,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    return;
  }
  if (!source.sqliteFile) throw new Error('no database file to back up');
  const db = new DatabaseSync(source.sqliteFile, { readOnly: true });
  try {
    // All pages in one step: one read transaction, so the copy is one moment even while writes go on.
    await backup(db, file, { rate: 2 ** 31 - 1 });
  } finally {
    db.close();
  }
  // The copy keeps the source's WAL mode; a single self-contained file is what a backup should be.
  const copy = new DatabaseSync(file);
  try {
    copy.exec('PRAGMA journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Opens the written backup in a worker thread and checks it (integrity, every audit chain). */
export function verifyInWorker(file: string): Promise<BackupCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { workerData: file });
    worker.once('message', (m: { ok: boolean; error?: string } & BackupCheck) => {
      if (m.ok) resolve({ organizations: m.organizations, events: m.events });
      else reject(new Error(m.error));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Snapshot, verification, then the final name: returns the file's size and what it holds. */
export async function takeVerifiedBackup(
  source: DatabaseSource,
  file: string,
): Promise<BackupCheck & { bytes: number }> {
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await snapshot(source, partial);
    const check = await verifyInWorker(partial);
    fs.renameSync(partial, file);
    return { ...check, bytes: fs.statSync(file).size };
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}
