import type { ModuleMigration } from '../../db/migration.ts';
import { EMPLOYMENT_WORDS, employmentCode } from './employment.ts';

/**
 * 0143: the default employment types become codes — in each person's row and in each body's own list of
 * types (its settings). Types a body added itself stay as it wrote them.
 */
export const employmentCodesMigration: ModuleMigration = {
  name: '0143_org_employment_codes',
  async up(db) {
    for (const [word, code] of EMPLOYMENT_WORDS)
      await db
        .updateTable('users')
        .set({ employment_type: code })
        .where('employment_type', '=', word)
        .execute();
    const orgs: { id: string; settings: string | null }[] = await db
      .selectFrom('organizations')
      .select(['id', 'settings'])
      .execute();
    for (const o of orgs) {
      let settings: { employmentTypes?: unknown };
      try {
        settings = JSON.parse(o.settings ?? '{}');
      } catch {
        continue;
      }
      if (!Array.isArray(settings.employmentTypes)) continue;
      const types = settings.employmentTypes.map((v) => (typeof v === 'string' ? employmentCode(v) : v));
      if (JSON.stringify(types) === JSON.stringify(settings.employmentTypes)) continue;
      await db
        .updateTable('organizations')
        .set({ settings: JSON.stringify({ ...settings, employmentTypes: types }) })
        .where('id', '=', o.id)
        .execute();
    }
  },
};
