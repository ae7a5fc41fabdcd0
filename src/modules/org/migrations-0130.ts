import type { ModuleMigration } from '../../db/migration.ts';
import { alterTables } from '../../db/tables.ts';

/** 0130: 職員番号 on people, unique within the body, so imports can match people by it. */
export const staffNumberMigration: ModuleMigration = {
  name: '0130_org_staff_no',
  async up(db) {
    await alterTables(db, {
      users: {
        staff_no: 'text',
        '$index users_org_staff_no': 'unique organization_id staff_no where staff_no is not null',
      },
    });
  },
};
