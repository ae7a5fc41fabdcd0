/** What the in-app notices say to one person, for tests that check who was told what. */
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';

/** Every notification sent to the person, oldest first (every column). */
export function noticesTo(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
