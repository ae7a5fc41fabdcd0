import type { ModuleMigration } from '../../db/migration.ts';

/** 0130: 職員番号 on people, unique within the body, so imports can match people by it. */
export const staffNumberMigration: ModuleMigration = {
  name: '0130_org_staff_no',
  async up(db) {
    await db.schema.alterTable('users').addColumn('staff_no', 'text').execute();
    await db.schema
      .createIndex('users_org_staff_no')
      .unique()
      .on('users')
      .columns(['organization_id', 'staff_no'])
      .where('staff_no', 'is not', null)
      .execute();
  },
};
