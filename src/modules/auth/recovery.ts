import { createHash, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function codeHash(code: string): string {
  return createHash('sha256').update(code.replace(/[-\s]/g, '').toUpperCase()).digest('hex');
}

/** Issues ten new one-time recovery codes, replacing the old ones; returns them once in clear. */
export async function issueRecoveryCodes(
  trx: Kysely<DB>,
  organizationId: string,
  userId: string,
): Promise<string[]> {
  await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  const codes: string[] = [];
  for (let i = 0; i < 10; i++) {
    let c = '';
    for (let j = 0; j < 10; j++) c += ALPHABET[randomInt(ALPHABET.length)];
    codes.push(`${c.slice(0, 5)}-${c.slice(5)}`);
  }
  await trx
    .insertInto('recovery_codes')
    .values(
      codes.map((c) => ({
        id: newId(),
        organization_id: organizationId,
        user_id: userId,
        code_hash: codeHash(c),
        used_at: null,
      })),
    )
    .execute();
  return codes;
}

/** Uses up a recovery code; true when it was valid and unused. */
export async function useRecoveryCode(trx: Kysely<DB>, userId: string, code: string): Promise<boolean> {
  const r = await trx
    .updateTable('recovery_codes')
    .set({ used_at: nowIso() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash(code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** How many unused recovery codes the user has left. */
export async function recoveryCodesLeft(db: Kysely<DB>, userId: string): Promise<number> {
  const r = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
