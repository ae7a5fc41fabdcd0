import { createHash, createPublicKey, sign, verify } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { fingerprintOf } from '../system/index.ts';
import { type ChainBreak, ChainVerifier } from './chain.ts';
import type { Checkpoint } from './checkpoints.ts';

/** The signed digest that travels with an exported log. */
export interface AuditDigest {
  format: 'mamori-audit-export/1';
  organizationId: string;
  organizationCode: string;
  exportedAt: string;
  count: number;
  lastSeq: number;
  lastHash: string;
  /** SHA-256 of events.jsonl as written. */
  fileSha256: string;
  publicKeyPem: string;
  /** Ed25519 signature over the canonical digest without this field, base64. */
  signature: string;
}

function signedPart(d: Omit<AuditDigest, 'signature'>): Buffer {
  return Buffer.from(
    JSON.stringify([
      d.format,
      d.organizationId,
      d.organizationCode,
      d.exportedAt,
      d.count,
      d.lastSeq,
      d.lastHash,
      d.fileSha256,
      d.publicKeyPem,
    ]),
  );
}

/** Writes an organization's whole chain as events.jsonl plus a signed digest.json into `dir`. */
export async function exportAudit(
  db: Kysely<DB>,
  organizationId: string,
  dir: string,
  keys: { signingPrivatePem: string; signingPublicPem: string },
): Promise<AuditDigest> {
  const org = await db
    .selectFrom('organizations')
    .select(['id', 'code'])
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'events.jsonl');
  const fd = fs.openSync(file, 'w');
  const hash = createHash('sha256');
  let after = 0;
  let count = 0;
  let last = { seq: 0, hash: '' };
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(10000)
      .execute();
    for (const r of rows) {
      const line = `${JSON.stringify({ ...r, seq: Number(r.seq) })}\n`;
      fs.writeSync(fd, line);
      hash.update(line);
      count++;
      last = { seq: Number(r.seq), hash: r.hash };
    }
    if (rows.length < 10000) break;
    after = last.seq;
  }
  fs.closeSync(fd);
  const unsigned = {
    format: 'mamori-audit-export/1' as const,
    organizationId,
    organizationCode: org.code,
    exportedAt: new Date().toISOString(),
    count,
    lastSeq: last.seq,
    lastHash: last.hash,
    fileSha256: hash.digest('hex'),
    publicKeyPem: keys.signingPublicPem,
  };
  const digest: AuditDigest = {
    ...unsigned,
    signature: sign(null, signedPart(unsigned), keys.signingPrivatePem).toString('base64'),
  };
  fs.writeFileSync(path.join(dir, 'digest.json'), `${JSON.stringify(digest, null, 2)}\n`);
  return digest;
}

export interface ExportCheck {
  ok: boolean;
  count: number;
  /**
   * `signature`, `file_hash`, `chain`, `count`; with trust given: `untrusted_key` (signed by a key that is
   * not the server's), `rewritten` or `truncated` (the log does not match the server's checkpoint).
   */
  problem: string | null;
  firstBreak: ChainBreak | null;
  publicKeyFingerprint: string;
}

/** What an export is checked against besides itself: the server's keys and the newest checkpoint. */
export interface ExportTrust {
  /** Public keys (PEM) the signature must come from. */
  trustedKeys?: string[];
  /** The organization's newest checkpoint: the export must hold its entry with its hash. */
  checkpoint?: Checkpoint;
}

/**
 * Verifies an exported log offline: the signature, the file hash and the whole hash chain; with `trust`,
 * also that the signing key is a trusted one and that the log matches the newest checkpoint.
 */
export function verifyExport(dir: string, trust: ExportTrust = {}): ExportCheck {
  const digest = JSON.parse(fs.readFileSync(path.join(dir, 'digest.json'), 'utf8')) as AuditDigest;
  const { signature, ...unsigned } = digest;
  const fingerprint = fingerprintOf(createPublicKey(digest.publicKeyPem));
  const fail = (problem: string, firstBreak: ChainBreak | null = null, count = 0): ExportCheck => ({
    ok: false,
    count,
    problem,
    firstBreak,
    publicKeyFingerprint: fingerprint,
  });
  if (!verify(null, signedPart(unsigned), digest.publicKeyPem, Buffer.from(signature, 'base64')))
    return fail('signature');
  const content = fs.readFileSync(path.join(dir, 'events.jsonl'));
  if (createHash('sha256').update(content).digest('hex') !== digest.fileSha256) return fail('file_hash');
  if (trust.trustedKeys && !trust.trustedKeys.some((k) => fingerprintOf(k) === fingerprint))
    return fail('untrusted_key');
  const v = new ChainVerifier(digest.organizationId);
  const cp = trust.checkpoint?.organizationId === digest.organizationId ? trust.checkpoint : undefined;
  let pinned: string | null = null;
  for (const line of content.toString('utf8').split('\n')) {
    if (!line) continue;
    const entry = JSON.parse(line);
    if (!v.add(entry)) return fail('chain', v.firstBreak, v.count);
    if (cp && Number(entry.seq) === cp.seq) pinned = entry.hash;
  }
  if (v.count !== digest.count || v.lastHash !== digest.lastHash) return fail('count', null, v.count);
  if (cp && pinned === null && digest.exportedAt >= cp.at) return fail('truncated', null, v.count);
  if (cp && pinned !== null && pinned !== cp.hash) return fail('rewritten', null, v.count);
  return { ok: true, count: v.count, problem: null, firstBreak: null, publicKeyFingerprint: fingerprint };
}
