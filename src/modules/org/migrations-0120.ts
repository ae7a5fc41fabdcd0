import type { ModuleMigration } from '../../db/migration.ts';

/** 0120: unit status, phones, optional/designated roles, ended assignments, and the new org tables. */
export const orgStructureMigration: ModuleMigration = {
  name: '0120_org_structure',
  async up(db) {
    await db.schema
      .alterTable('units')
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.alterTable('users').addColumn('phone', 'text').execute();
    await db.schema
      .alterTable('roles')
      .addColumn('optional', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .alterTable('roles')
      .addColumn('designated', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('role_assignments').addColumn('ended_at', 'text').execute();
    await db.schema.alterTable('role_assignments').addColumn('end_reason', 'text').execute();
    await db.schema
      .createTable('appointments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('assignment_id', 'text', (c) => c.notNull().references('role_assignments.id'))
      .addColumn('appointed_by', 'text', (c) => c.references('users.id'))
      .addColumn('appointed_on', 'text', (c) => c.notNull())
      .addColumn('unit_id', 'text', (c) => c.references('units.id'))
      .addColumn('scope', 'text')
      .addColumn('duties', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('appointments_org')
      .on('appointments')
      .columns(['organization_id', 'role_id'])
      .execute();
    await db.schema
      .createTable('committees')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text')
      .addColumn('duties', 'text')
      .addColumn('chair_user_id', 'text', (c) => c.references('users.id'))
      .addColumn('chair_post', 'text')
      .addColumn('secretariat_unit_id', 'text', (c) => c.references('units.id'))
      .addColumn('clause_path', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('committee_members')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id'))
      .addColumn('user_id', 'text', (c) => c.references('users.id'))
      .addColumn('dept', 'text')
      .addColumn('section', 'text')
      .addColumn('post', 'text')
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('committee_members_c')
      .on('committee_members')
      .column('committee_id')
      .execute();
    await db.schema
      .createTable('committee_meetings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id'))
      .addColumn('held_on', 'text', (c) => c.notNull())
      .addColumn('agenda', 'text', (c) => c.notNull())
      .addColumn('minutes', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('notices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('unit_ids', 'text', (c) => c.notNull())
      .addColumn('sender_id', 'text', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('notices_org')
      .on('notices')
      .columns(['organization_id', 'created_at'])
      .execute();
    await db.schema
      .createTable('notice_reads')
      .addColumn('notice_id', 'text', (c) => c.notNull().references('notices.id'))
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('read_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('notice_reads_pk', ['notice_id', 'user_id'])
      .execute();
    await db.schema
      .createTable('transfers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('effective_on', 'text', (c) => c.notNull())
      .addColumn('from_unit_id', 'text', (c) => c.references('units.id'))
      .addColumn('to_unit_id', 'text', (c) => c.references('units.id'))
      .addColumn('new_post', 'text')
      .addColumn('applied_at', 'text')
      .addColumn('outcome', 'text')
      .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('transfers_due')
      .on('transfers')
      .columns(['applied_at', 'effective_on'])
      .execute();
    await db.schema
      .createTable('access_reviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('started_by', 'text', (c) => c.references('users.id'))
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('completed_at', 'text')
      .addColumn('note', 'text')
      .execute();
    await db.schema
      .createTable('access_review_lines')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('review_id', 'text', (c) => c.notNull().references('access_reviews.id'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('assignment_id', 'text', (c) => c.notNull().references('role_assignments.id'))
      .addColumn('role_name', 'text', (c) => c.notNull())
      .addColumn('unit_id', 'text')
      .addColumn('decision', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text', (c) => c.references('users.id'))
      .addColumn('decided_at', 'text')
      .execute();
    await db.schema
      .createIndex('access_review_lines_r')
      .on('access_review_lines')
      .column('review_id')
      .execute();
  },
};
