import type { AppModule } from '../module.ts';
import './events.ts';
import { en, ja } from './messages.ts';
import { importsMigrations } from './migrations.ts';
import { importRoutes } from './routes.ts';

export type { PlannedRow } from './engine/plan.ts';
export { duplicates } from './engine/plan.ts';
export type { Mapping, Resolver } from './engine/types.ts';
export { keyedResolver, nameKey, personResolver, unitResolver } from './lookups.ts';
export type { ImportsTables } from './tables.ts';

/** Excel and CSV import for every register: one engine, fields declared by each register's module. */
export const importsModule: AppModule = {
  name: 'imports',
  migrations: importsMigrations,
  messages: { ja, en },
  routes: importRoutes,
};

export type { ImportField, RowError } from './engine/types.ts';
export { resolversFor } from './lookups.ts';
export { type ImportTarget, registerImport } from './targets.ts';
