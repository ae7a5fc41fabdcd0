import type { AppModule } from '../module.ts';
import { systemMigrations } from './migrations.ts';

export { loadEncryptionKey, loadServerKeys } from './keys.ts';
export { fingerprintOf, loadSigningKey, retiredPublicPems } from './signing-key.ts';
export type { SystemTables } from './tables.ts';

/** Server-wide keys and settings. */
export const systemModule: AppModule = { name: 'system', migrations: systemMigrations };
