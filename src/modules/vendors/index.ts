import type { AppModule } from '../module.ts';
import { registerModule } from '../systems/index.ts';
import './events.ts';
import { VENDORS_READ, VENDORS_WRITE, vendorsFunctions } from './functions.ts';
import { en, ja } from './messages.ts';
import { vendorsMigrations } from './migrations.ts';
import { vendorsRegisters } from './registers.ts';
import { vendorsRoutes } from './routes.ts';

export type { VendorTables } from './tables.ts';

/** Vendors (委託先) with certifications and contract checklists, cloud services, social media accounts, laws. */
export const vendorsModule: AppModule = registerModule(
  {
    name: 'vendors',
    migrations: vendorsMigrations,
    messages: { ja, en },
    functions: vendorsFunctions,
    routes: vendorsRoutes,
  },
  vendorsRegisters,
  { read: VENDORS_READ, write: VENDORS_WRITE },
);
