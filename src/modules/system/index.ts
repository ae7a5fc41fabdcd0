import type { AppModule } from '../module.ts';
import { systemMigrations } from './migrations.ts';

/** Server-wide keys and settings. */
export const systemModule: AppModule = { name: 'system', migrations: systemMigrations };
