/** Test helpers of the policy module: import a sample policy through the API. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Client } from '../../../test/support/http.ts';

/** The bytes of a sample policy in samples/policies/. */
export function sample(file: string): Buffer {
  return fs.readFileSync(path.join(import.meta.dirname, '../../../samples/policies', file));
}

/** Uploads raw bytes to the import endpoint as the web UI does. */
export function upload(c: Client, bytes: Buffer | string, fileName = 'policy.txt', query = '') {
  return c.app.inject({
    method: 'POST',
    url: `/api/policy/import${query}`,
    headers: {
      cookie: c.cookie,
      'x-csrf-token': c.csrf,
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(fileName),
    },
    payload: bytes,
  });
}

/** Imports a sample and returns the created ids. */
export async function importSample(c: Client, file: string, query = '') {
  const r = await upload(c, sample(file), file, query);
  assert.equal(r.statusCode, 201, r.body);
  return r.json() as {
    documentId: string;
    versionId: string;
    number: number;
    title: string;
    warnings: string[];
  };
}
