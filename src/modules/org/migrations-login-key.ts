import type { ModuleMigration } from '../../db/migration.ts';
import { alterTables } from '../../db/tables.ts';
import { loginKey } from '../../shared/login-id.ts';

/**
 * Login IDs become unique ignoring case and character width (`loginKey`). Existing IDs that would
 * clash (「HAGI-TANTO」 and 「hagi-tanto」) stop the upgrade with a message naming them: an administrator
 * renames one first, since choosing which person keeps the ID is not the software's decision.
 */
export const loginKeyMigration: ModuleMigration = {
  name: '0130_users_login_key',
  async up(db) {
    const users: { id: string; login_id: string; organization_id: string }[] = await db
      .selectFrom('users')
      .select(['id', 'login_id', 'organization_id'])
      .execute();
    const byKey = new Map<string, string[]>();
    for (const u of users) {
      const k = loginKey(u.login_id);
      byKey.set(k, [...(byKey.get(k) ?? []), u.login_id]);
    }
    const clashes = [...byKey.values()].filter((ids) => ids.length > 1);
    if (clashes.length) {
      const list = clashes.map((ids) => ids.map((i) => `「${i}」`).join(' / ')).join(', ');
      const message = {
        ja: `大文字・小文字または全角・半角だけが異なるログインIDがあります。どちらかを変更してから起動してください: ${list}`,
        en: `Login IDs that differ only in case or character width exist; rename one of each before upgrading: ${list}`,
      };
      throw new Error(`${message.ja}\n${message.en}`);
    }
    await alterTables(db, {
      users: {
        login_key: 'text',
      },
    });
    for (const u of users)
      await db
        .updateTable('users')
        .set({ login_key: loginKey(u.login_id) })
        .where('id', '=', u.id)
        .execute();
    await alterTables(db, {
      users: {
        '$index users_login_key': 'unique login_key',
      },
    });
  },
};
