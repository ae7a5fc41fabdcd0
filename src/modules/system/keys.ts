import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditConfig } from '../../config.ts';
import { rowWhere, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { nowIso } from '../../shared/time.ts';
import type { ServerKeys } from '../module.ts';
import { loadSigningKey, retirePublicKey } from './signing-key.ts';

async function getOrCreate(db: Kysely<DB>, name: string, make: () => string): Promise<string> {
  const row = await db.selectFrom('server_keys').select('value').where('name', '=', name).executeTakeFirst();
  if (row) return row.value;
  // Several instances may start at once: the first insert wins, the others read it.
  await db
    .insertInto('server_keys')
    .values({ name, value: make(), created_at: nowIso() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const again = await rowWhereOrThrow(db, 'server_keys', { name }, ['value']);
  return again.value;
}

/**
 * Earlier versions kept the signing key in the database, where whoever could rewrite the log could also
 * sign it. Its public half is kept among the retired keys (what it signed still verifies) and the row is
 * deleted; from now on a key outside the database signs.
 */
async function retireStoredSigningKey(db: Kysely<DB>, dataDir: string): Promise<void> {
  const row = await rowWhere(db, 'server_keys', { name: 'signing' }, ['value']);
  if (!row) return;
  const { publicPem } = JSON.parse(row.value) as { publicPem: string };
  retirePublicKey(dataDir, publicPem);
  await db.deleteFrom('server_keys').where('name', '=', 'signing').execute();
}

/** The key that encrypts secrets at rest (jobs that need only it, e.g. a directory's bind password). */
export async function loadEncryptionKey(db: Kysely<DB>): Promise<Buffer> {
  const envKey = process.env.MAMORI_ENCRYPTION_KEY;
  if (envKey && /^[0-9a-f]{64}$/i.test(envKey)) return Buffer.from(envKey, 'hex');
  return Buffer.from(await getOrCreate(db, 'encryption', () => randomBytes(32).toString('hex')), 'hex');
}

/**
 * Loads the server keys. The encryption key (TOTP seeds at rest) is created in the database on first
 * start unless MAMORI_ENCRYPTION_KEY (64 hex digits) is set; the signing key never lives in the database
 * (`signing-key.ts`).
 */
export async function loadServerKeys(
  db: Kysely<DB>,
  config: { dataDir: string; audit: Pick<AuditConfig, 'signingKey'> },
): Promise<ServerKeys> {
  const encryption = await loadEncryptionKey(db);
  await retireStoredSigningKey(db, config.dataDir);
  const signing = loadSigningKey({ setting: config.audit.signingKey, dataDir: config.dataDir });
  return {
    encryption,
    signingPrivatePem: signing.privatePem,
    signingPublicPem: signing.publicPem,
    signingFingerprint: signing.fingerprint,
    trustedSigningKeys: signing.trustedPublicPems,
  };
}
