// Opens a written backup and checks it: SQLite's integrity check, then every organization's audit hash
// chain as the backup holds it, against the chain heads it holds. Runs in a worker thread (verify-worker.ts).
import fs from 'node:fs';
import readline from 'node:readline';
import { DatabaseSync } from 'node:sqlite';
import { type ChainedEntry, ChainVerifier } from '../audit/index.ts';
import { CopyReader } from './pg-copy.ts';

/** What a verified backup holds. */
export interface BackupCheck {
  organizations: number;
  events: number;
}

type Row = ChainedEntry & { hash: string };

/** Verifies one organization's chain from rows that may arrive out of seq order (a dump's physical order). */
class OrgChain {
  readonly verifier: ChainVerifier;
  #waiting = new Map<number, Row>();
  #next = 1;

  constructor(orgId: string) {
    this.verifier = new ChainVerifier(orgId);
  }

  add(row: Row): void {
    this.#waiting.set(Number(row.seq), row);
    for (let r = this.#waiting.get(this.#next); r; r = this.#waiting.get(this.#next)) {
      this.#waiting.delete(this.#next);
      this.verifier.add(r);
      this.#next++;
    }
  }

  /** Rows never reached (a gap before them) count as a break at the first missing seq. */
  get gap(): number | null {
    return this.#waiting.size ? this.#next : null;
  }
}

function checkHeads(
  chains: Map<string, OrgChain>,
  heads: Map<string, { seq: number; hash: string }>,
): BackupCheck {
  let events = 0;
  for (const [org, head] of heads) {
    const c = chains.get(org) ?? new OrgChain(org);
    const v = c.verifier;
    if (v.firstBreak)
      throw new Error(`audit chain of ${org} broken at seq ${v.firstBreak.seq} (${v.firstBreak.reason})`);
    if (c.gap !== null) throw new Error(`audit chain of ${org}: seq ${c.gap} missing`);
    if (v.count !== head.seq || (v.count > 0 && v.lastHash !== head.hash))
      throw new Error(`audit chain of ${org}: ${v.count} events, the head says ${head.seq}`);
    events += v.count;
  }
  for (const org of chains.keys())
    if (!heads.has(org)) throw new Error(`audit events of ${org} without a chain head`);
  return { organizations: heads.size, events };
}

function verifySqlite(file: string): BackupCheck {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const check = db.prepare('PRAGMA integrity_check').get() as { integrity_check: string };
    if (check.integrity_check !== 'ok') throw new Error(`SQLite integrity check: ${check.integrity_check}`);
    const heads = new Map<string, { seq: number; hash: string }>();
    for (const h of db.prepare('SELECT organization_id, seq, hash FROM audit_heads').all() as {
      organization_id: string;
      seq: number;
      hash: string;
    }[])
      heads.set(h.organization_id, { seq: Number(h.seq), hash: h.hash });
    const chains = new Map<string, OrgChain>();
    const rows = db.prepare('SELECT * FROM audit_events WHERE organization_id = ? ORDER BY seq');
    for (const org of heads.keys()) {
      const c = new OrgChain(org);
      chains.set(org, c);
      for (const r of rows.iterate(org)) c.add(r as unknown as Row);
    }
    const orphans = db
      .prepare(
        'SELECT count(*) AS n FROM audit_events WHERE organization_id NOT IN (SELECT organization_id FROM audit_heads)',
      )
      .get() as { n: number };
    if (orphans.n > 0) throw new Error(`${orphans.n} audit events without a chain head`);
    return checkHeads(chains, heads);
  } finally {
    db.close();
  }
}

async function verifyPgDump(file: string): Promise<BackupCheck> {
  const chains = new Map<string, OrgChain>();
  const heads = new Map<string, { seq: number; hash: string }>();
  const reader = new CopyReader(['audit_events', 'audit_heads'], (table, row) => {
    if (table === 'audit_heads') {
      heads.set(row.organization_id as string, { seq: Number(row.seq), hash: row.hash as string });
      return;
    }
    const org = row.organization_id as string;
    let c = chains.get(org);
    if (!c) {
      c = new OrgChain(org);
      chains.set(org, c);
    }
    c.add({ ...(row as unknown as Row), seq: Number(row.seq) });
  });
  const lines = readline.createInterface({
    input: fs.createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) reader.line(line);
  if (!reader.complete) throw new Error('the dump is incomplete (no completion line)');
  if (!heads.size && !chains.size) throw new Error('the dump holds no audit log');
  return checkHeads(chains, heads);
}

/** Opens a backup file (`.db` SQLite, `.sql` pg_dump) and checks it; throws naming what is wrong. */
export async function verifyBackupFile(file: string): Promise<BackupCheck> {
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, head, 0, 16, 0);
  fs.closeSync(fd);
  if (head.toString('latin1').startsWith('SQLite format 3')) return verifySqlite(file);
  return verifyPgDump(file);
}
