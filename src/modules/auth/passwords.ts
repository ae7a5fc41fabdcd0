import { randomInt } from 'node:crypto';

// argon2id, OWASP's second recommended setting (m=19 MiB, t=2, p=1). The native library loads at the
// first sign-in, not at start.
const argon2 = () => import('@node-rs/argon2');
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 as const };

/** Hashes a password with argon2id. */
export async function hashPassword(password: string): Promise<string> {
  return (await argon2()).hash(password, OPTIONS);
}

/** Verifies a password against its stored argon2id hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await (await argon2()).verify(stored, password);
  } catch {
    return false;
  }
}

// Verified against when the user does not exist, so timing does not tell unknown users apart.
let dummy: Promise<string> | undefined;
/** A hash to verify against for unknown users (constant work). */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('not-a-real-password-Ⅹ');
  return dummy;
}

/** A one-time password that meets the default policy (upper, lower, digit, symbol; 16 characters). */
export function oneTimePassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!#%+-=?@'];
  const all = sets.join('');
  const chars = sets.map((s) => s[randomInt(s.length)]);
  while (chars.length < 16) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
