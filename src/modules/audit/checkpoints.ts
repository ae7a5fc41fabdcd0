/**
 * Signed checkpoints of every organization's chain head, written outside the database. The hash chain
 * shows an edit only to someone who did not recompute it; a checkpoint (organization, seq, hash, time,
 * Ed25519 signature by a key the database does not hold) pins the chain as it was, so a rewritten or
 * shortened history no longer matches the last checkpoint before it.
 *
 * Files: `<dir>/audit-checkpoints-YYYY-MM-DD.jsonl`, one JSON line per checkpoint, only ever appended.
 */
import { sign, verify } from 'node:crypto';
import dgram from 'node:dgram';
import fs from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { fingerprintOf } from '../system/index.ts';

export const CHECKPOINT_FORMAT = 'mamori-audit-checkpoint/1';
const FILE_RE = /^audit-checkpoints-(\d{4}-\d{2}-\d{2})\.jsonl$/;

export interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  organizationId: string;
  organizationCode: string;
  seq: number;
  hash: string;
  at: string;
  keyFingerprint: string;
  /** Ed25519 over the fields above (canonical array), base64. */
  signature: string;
}

function signedPart(c: Omit<Checkpoint, 'signature'>): Buffer {
  return Buffer.from(
    JSON.stringify([c.format, c.organizationId, c.organizationCode, c.seq, c.hash, c.at, c.keyFingerprint]),
  );
}

/** Signs a chain head as a checkpoint. */
export function signCheckpoint(
  head: { organizationId: string; organizationCode: string; seq: number; hash: string },
  key: { privatePem: string; fingerprint: string },
  at = new Date().toISOString(),
): Checkpoint {
  const unsigned = {
    format: CHECKPOINT_FORMAT,
    organizationId: head.organizationId,
    organizationCode: head.organizationCode,
    seq: Number(head.seq),
    hash: head.hash,
    at,
    keyFingerprint: key.fingerprint,
  } as const;
  return { ...unsigned, signature: sign(null, signedPart(unsigned), key.privatePem).toString('base64') };
}

/** Whether a checkpoint is signed by one of the trusted public keys. */
export function checkpointTrusted(c: Checkpoint, trustedPublicPems: string[]): boolean {
  const { signature, ...unsigned } = c;
  const key = trustedPublicPems.find((p) => fingerprintOf(p) === c.keyFingerprint);
  if (!key || typeof signature !== 'string') return false;
  try {
    return verify(null, signedPart(unsigned), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

function fileOf(dir: string, at: string): string {
  return path.join(dir, `audit-checkpoints-${at.slice(0, 10)}.jsonl`);
}

/** The checkpoint files of a directory, newest first. */
function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => FILE_RE.test(f))
    .sort()
    .reverse()
    .map((f) => path.join(dir, f));
}

function parseLines(file: string): Checkpoint[] {
  const out: Checkpoint[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const c = JSON.parse(line) as Checkpoint;
      if (c?.format === CHECKPOINT_FORMAT) out.push(c);
    } catch {
      // A torn last line (power cut while appending) is skipped; the lines before it stand.
    }
  }
  return out;
}

export interface CheckpointOptions {
  dir: string;
  key: { privatePem: string; fingerprint: string };
  /** Also send each checkpoint as a syslog message over UDP. */
  syslog?: { host: string; port: number } | null;
}

/**
 * Writes a checkpoint of every organization's chain head whose head moved since its last checkpoint of
 * today (and of each, once a day). Returns how many were written.
 */
export async function writeCheckpoints(db: Kysely<DB>, opts: CheckpointOptions): Promise<number> {
  // Read in a transaction: on SQLite its commit resolves only once every commit before it is on disk
  // (the WAL is flushed after the COMMIT), so no head is signed that a crash could still take back.
  const heads = await db
    .transaction()
    .execute((trx) =>
      trx
        .selectFrom('audit_heads as h')
        .innerJoin('organizations as o', 'o.id', 'h.organization_id')
        .select(['h.organization_id', 'h.seq', 'h.hash', 'o.code'])
        .orderBy('o.code')
        .execute(),
    );
  const at = new Date().toISOString();
  const file = fileOf(opts.dir, at);
  const today = new Map<string, number>();
  if (fs.existsSync(file)) for (const c of parseLines(file)) today.set(c.organizationId, c.seq);
  const lines: string[] = [];
  const written: Checkpoint[] = [];
  for (const h of heads) {
    if (today.get(h.organization_id) === Number(h.seq)) continue;
    const c = signCheckpoint(
      { organizationId: h.organization_id, organizationCode: h.code, seq: Number(h.seq), hash: h.hash },
      opts.key,
      at,
    );
    written.push(c);
    lines.push(JSON.stringify(c));
  }
  if (!lines.length) return 0;
  fs.mkdirSync(opts.dir, { recursive: true, mode: 0o700 });
  // One append of whole lines (O_APPEND): concurrent writers cannot interleave inside a line.
  fs.appendFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  if (opts.syslog) await sendSyslog(opts.syslog, written);
  return written.length;
}

/** RFC 5424 messages (facility local0, notice) over UDP: a copy the database's owner does not control. */
function sendSyslog(target: { host: string; port: number }, checkpoints: Checkpoint[]): Promise<void> {
  const socket = dgram.createSocket(target.host.includes(':') ? 'udp6' : 'udp4');
  const host = hostname().replace(/\s/g, '') || '-';
  const send = (c: Checkpoint) =>
    new Promise<void>((resolve) => {
      const msg = Buffer.from(`<133>1 ${c.at} ${host} mamori - audit-checkpoint - ${JSON.stringify(c)}`);
      socket.send(msg, target.port, target.host, () => resolve());
    });
  return Promise.all(checkpoints.map(send))
    .then(() => undefined)
    .finally(() => socket.close());
}

export interface LatestCheckpoints {
  /** The newest trusted checkpoint of each organization. */
  latest: Map<string, Checkpoint>;
  /** Lines whose signature does not verify with a trusted key (someone edited a checkpoint file). */
  untrusted: Checkpoint[];
}

/**
 * Reads checkpoint files newest first and keeps each organization's newest trusted checkpoint; stops
 * once every organization asked for is found (all files when `organizations` is not given).
 */
export function latestCheckpoints(
  dir: string,
  trustedPublicPems: string[],
  organizations?: string[],
): LatestCheckpoints {
  const latest = new Map<string, Checkpoint>();
  const untrusted: Checkpoint[] = [];
  const wanted = organizations ? new Set(organizations) : null;
  for (const file of files(dir)) {
    const lines = parseLines(file);
    for (let i = lines.length - 1; i >= 0; i--) {
      const c = lines[i];
      if (wanted && !wanted.has(c.organizationId)) continue;
      if (!checkpointTrusted(c, trustedPublicPems)) {
        untrusted.push(c);
        continue;
      }
      const known = latest.get(c.organizationId);
      if (!known || c.seq > known.seq || (c.seq === known.seq && c.at > known.at))
        latest.set(c.organizationId, c);
    }
    if (wanted && [...wanted].every((o) => latest.has(o))) break;
  }
  return { latest, untrusted };
}

export interface CheckpointProblem {
  organizationId: string;
  organizationCode: string;
  /** `rewritten`: the entry the checkpoint names differs; `truncated`: it is gone; `untrusted_checkpoint`: a checkpoint line's signature fails. */
  kind: 'rewritten' | 'truncated' | 'untrusted_checkpoint';
  seq: number;
  checkpointAt: string;
}

/**
 * Compares each organization's chain with its newest checkpoint: the entry at the checkpoint's seq must
 * still exist and have the checkpointed hash. With the chain itself intact, that proves every entry up
 * to the checkpoint is as it was then.
 */
export async function checkAgainstCheckpoints(
  db: Kysely<DB>,
  found: LatestCheckpoints,
  organizationId?: string,
): Promise<CheckpointProblem[]> {
  const problems: CheckpointProblem[] = [];
  for (const c of found.untrusted)
    if (!organizationId || c.organizationId === organizationId)
      problems.push({
        organizationId: c.organizationId,
        organizationCode: c.organizationCode,
        kind: 'untrusted_checkpoint',
        seq: Number(c.seq),
        checkpointAt: c.at,
      });
  for (const c of found.latest.values()) {
    if (organizationId && c.organizationId !== organizationId) continue;
    const entry = await db
      .selectFrom('audit_events')
      .select('hash')
      .where('organization_id', '=', c.organizationId)
      .where('seq', '=', c.seq)
      .executeTakeFirst();
    const head = await db
      .selectFrom('audit_heads')
      .select('seq')
      .where('organization_id', '=', c.organizationId)
      .executeTakeFirst();
    const base = {
      organizationId: c.organizationId,
      organizationCode: c.organizationCode,
      seq: c.seq,
      checkpointAt: c.at,
    };
    if (!entry || !head || Number(head.seq) < c.seq) problems.push({ ...base, kind: 'truncated' });
    else if (entry.hash !== c.hash) problems.push({ ...base, kind: 'rewritten' });
  }
  return problems;
}
