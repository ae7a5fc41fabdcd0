// Worker thread: verifies one backup file off the server's event loop (hashing a long chain takes seconds).
import { parentPort, workerData } from 'node:worker_threads';
import { verifyBackupFile } from './verify.ts';

verifyBackupFile(workerData as string).then(
  (r) => parentPort?.postMessage({ ok: true, ...r }),
  (e) => parentPort?.postMessage({ ok: false, error: String((e as Error)?.message ?? e) }),
);
