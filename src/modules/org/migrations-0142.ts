import type { ModuleMigration } from '../../db/migration.ts';

/**
 * Values the software itself wrote in Japanese, as they were stored before they became codes: each
 * row holding one is rewritten to its code, which the screens say in the reader's language. Values a
 * person typed (a reason, a unit's kind word) stay as written.
 */
export const STORED_BEFORE_CODES = {
  endReason: [
    ['引継ぎ', 'handover'],
    ['ディレクトリのグループから外れた', 'directory_group_left'],
  ],
  unitKind: [['所属', 'unit']],
} as const;

/** 0142: the reasons the software gives for ending a role, and the kind of a unit it creates, as codes. */
export const storedCodesMigration: ModuleMigration = {
  name: '0142_org_stored_codes',
  async up(db) {
    for (const [before, code] of STORED_BEFORE_CODES.endReason)
      await db
        .updateTable('role_assignments')
        .set({ end_reason: code })
        .where('end_reason', '=', before)
        .execute();
    for (const [before, code] of STORED_BEFORE_CODES.unitKind)
      await db.updateTable('units').set({ kind: code }).where('kind', '=', before).execute();
  },
};
