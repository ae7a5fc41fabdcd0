import type { AppModule } from '../module.ts';
import { registerModule } from '../systems/index.ts';
import './events.ts';
import { SOFTWARE_READ, SOFTWARE_WRITE, softwareFunctions } from './functions.ts';
import { en, ja } from './messages.ts';
import { softwareMigrations } from './migrations.ts';
import { softwareRegisters } from './registers.ts';
import { softwareRoutes } from './routes.ts';

export type { SoftwareTables } from './tables.ts';

/** Software register with end-of-support warnings, installations and shared IDs. */
export const softwareModule: AppModule = registerModule(
  {
    name: 'software',
    migrations: softwareMigrations,
    messages: { ja, en },
    functions: softwareFunctions,
    routes: softwareRoutes,
  },
  softwareRegisters,
  { read: SOFTWARE_READ, write: SOFTWARE_WRITE },
);
