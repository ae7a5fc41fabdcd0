import type { AppModule } from '../module.ts';
import { kitImport } from './kit/import.ts';
import './events.ts';
import { systemsFunctions } from './functions.ts';
import { en, ja } from './messages.ts';
import { systemsMigrations } from './migrations.ts';
import { segmentsProvider } from './proposals.ts';
import { systemsRegisters } from './registers.ts';
import { systemsRoutes } from './routes.ts';

/** Network segments, information systems and their connections, equipment and external lines. */
export const systemsModule: AppModule = {
  name: 'systems',
  migrations: systemsMigrations,
  messages: { ja, en },
  functions: systemsFunctions,
  // Each register of the module can be filled from an Excel or CSV 台帳.
  imports: systemsRegisters.map((r) => kitImport(r)),
  proposals: segmentsProvider,
  routes: systemsRoutes,
};

export { kitImport } from './kit/import.ts';
