import { randomBytes, randomFillSync } from 'node:crypto';

// Random bytes for ids are drawn from the CSPRNG 4 KB at a time: one call per ~400 ids instead of one each.
const pool = Buffer.allocUnsafe(4096);
let poolAt = pool.length;

/** A UUIDv7: time-ordered, so new rows land at the end of indexes on both databases. */
export function newId(): string {
  if (poolAt + 10 > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const b = Buffer.allocUnsafe(16);
  const ms = Date.now();
  b.writeUInt16BE(Math.floor(ms / 2 ** 32) & 0xffff, 0);
  b.writeUInt32BE(ms >>> 0, 2);
  pool.copy(b, 6, poolAt, poolAt + 10);
  poolAt += 10;
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A random token for sessions, CSRF and one-time secrets (base64url, 256 bits by default). */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
