import type { ModuleMigration } from '../../db/migration.ts';
import { alterTables, createTables } from '../../db/tables.ts';

/** Schema of in-app notifications and the mail outbox. */
export const notificationMigrations: ModuleMigration[] = [
  {
    name: '0401_notifications_init',
    async up(db) {
      await createTables(db, {
        notifications: {
          id: 'text pk',
          organization_id: 'text org',
          user_id: 'text notnull ref users.id',
          title: 'text notnull',
          body: 'text notnull',
          link: 'text',
          created_at: 'text notnull',
          read_at: 'text',
          '$index notifications_user': 'organization_id user_id read_at',
        },
        mail_outbox: {
          id: 'text pk',
          organization_id: 'text org',
          user_id: 'text',
          to_address: 'text notnull',
          subject: 'text notnull',
          body: 'text notnull',
          status: 'text notnull',
          created_at: 'text notnull',
          sent_at: 'text',
          error: 'text',
        },
      });
    },
  },
  {
    name: '0430_notifications_codes',
    async up(db) {
      await alterTables(db, {
        notifications: {
          code: 'text',
          params: 'text',
        },
      });
    },
  },
];
