import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { nowIso } from '../../shared/time.ts';
import type { ServerKeys } from '../module.ts';

async function getOrCreate(db: Kysely<DB>, name: string, make: () => string): Promise<string> {
  const row = await db.selectFrom('server_keys').select('value').where('name', '=', name).executeTakeFirst();
  if (row) return row.value;
  // Several instances may start at once: the first insert wins, the others read it.
  await db
    .insertInto('server_keys')
    .values({ name, value: make(), created_at: nowIso() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const again = await db
    .selectFrom('server_keys')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return again.value;
}

/**
 * Loads the server keys, creating them on first start. MAMORI_ENCRYPTION_KEY (64 hex digits)
 * overrides the stored encryption key so it can live outside the database.
 */
export async function loadServerKeys(db: Kysely<DB>): Promise<ServerKeys> {
  const envKey = process.env.MAMORI_ENCRYPTION_KEY;
  const enc =
    envKey && /^[0-9a-f]{64}$/i.test(envKey)
      ? envKey
      : await getOrCreate(db, 'encryption', () => randomBytes(32).toString('hex'));
  const pair = await getOrCreate(db, 'signing', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    return JSON.stringify({
      privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      publicPem: publicKey.export({ type: 'spki', format: 'pem' }),
    });
  });
  const { privatePem, publicPem } = JSON.parse(pair) as { privatePem: string; publicPem: string };
  return { encryption: Buffer.from(enc, 'hex'), signingPrivatePem: privatePem, signingPublicPem: publicPem };
}
