import type { AppModule } from '../module.ts';
import { orgFunctions } from './functions.ts';
import { orgMigrations } from './migrations.ts';

/** Organizations, units, people and roles. */
export const orgModule: AppModule = {
  name: 'org',
  migrations: orgMigrations,
  functions: orgFunctions,
};
