import { hash } from 'node:crypto';

/** The hash that starts every organization's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit entry that its hash covers. */
export interface ChainedEntry {
  id: string;
  organization_id: string;
  /** Position in the organization's chain, from 1. */
  seq: number;
  occurred_at: string;
  actor_id: string | null;
  actor_label: string | null;
  event: string;
  target_type: string | null;
  target_id: string | null;
  /** JSON: readable before/after summary and typed metadata. */
  data: string;
  request_id: string | null;
  client_ip: string | null;
  prev_hash: string;
}

/** The columns of a stored audit event: the hashed fields and the hash itself. */
export const AUDIT_EVENT_COLUMNS = [
  'id',
  'organization_id',
  'seq',
  'occurred_at',
  'actor_id',
  'actor_label',
  'event',
  'target_type',
  'target_id',
  'data',
  'request_id',
  'client_ip',
  'prev_hash',
  'hash',
] as const;

/** SHA-256 over the previous hash and the canonical form of the entry. */
export function entryHash(entry: ChainedEntry): string {
  // A fixed-order array is canonical by construction and cheap enough to verify millions of entries.
  const body = JSON.stringify([
    entry.id,
    entry.organization_id,
    Number(entry.seq),
    entry.occurred_at,
    entry.actor_id,
    entry.actor_label,
    entry.event,
    entry.target_type,
    entry.target_id,
    entry.data,
    entry.request_id,
    entry.client_ip,
  ]);
  // One-shot hashing of the same bytes (previous hash, line feed, body): the digest is unchanged.
  return hash('sha256', `${entry.prev_hash}\n${body}`);
}

export interface ChainBreak {
  organizationId: string;
  seq: number;
  id: string;
  reason: 'hash_mismatch' | 'prev_mismatch' | 'seq_gap';
}

/** Incrementally verifies one organization's chain; feed entries in seq order. */
export class ChainVerifier {
  #prev = GENESIS_HASH;
  #seq = 0;
  count = 0;
  firstBreak: ChainBreak | null = null;

  readonly organizationId: string;

  /** `from`: verify a slice that starts after entry `from.seq`, whose hash was `from.hash`. */
  constructor(organizationId: string, from?: { seq: number; hash: string }) {
    this.organizationId = organizationId;
    if (from) {
      this.#seq = from.seq;
      this.#prev = from.hash;
    }
  }

  add(entry: ChainedEntry & { hash: string }): boolean {
    if (this.firstBreak) return false;
    this.count++;
    const brk = (reason: ChainBreak['reason']) => {
      this.firstBreak = { organizationId: this.organizationId, seq: Number(entry.seq), id: entry.id, reason };
      return false;
    };
    if (Number(entry.seq) !== this.#seq + 1) return brk('seq_gap');
    if (entry.prev_hash !== this.#prev) return brk('prev_mismatch');
    if (entryHash(entry) !== entry.hash) return brk('hash_mismatch');
    this.#prev = entry.hash;
    this.#seq = Number(entry.seq);
    return true;
  }

  get lastHash(): string {
    return this.#prev;
  }
}
