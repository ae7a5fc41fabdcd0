import type { AppModule } from '../module.ts';
import { registerModule } from './kit/module.ts';
import './events.ts';
import { SYSTEMS_READ, SYSTEMS_WRITE, systemsFunctions } from './functions.ts';
import { en, ja } from './messages.ts';
import { systemsMigrations } from './migrations.ts';
import { segmentsProvider } from './proposals.ts';
import { systemsRegisters } from './registers.ts';
import { systemsRoutes } from './routes.ts';

export { segmentFindings } from './findings.ts';
export type { ColumnSpec, KitRegister } from './kit/define.ts';
export { col, defineRegister, optionsOf } from './kit/define.ts';
export type { RecordCreated, RecordDeleted, RecordUpdated } from './kit/fields.ts';
export { registerEvents, rowToApi } from './kit/fields.ts';
export { createRegisterTable } from './kit/migrate.ts';
export { addNames, withNames } from './kit/names.ts';
export type { RegisterDef } from './kit/routes.ts';
export { registerRoutes } from './kit/routes.ts';
export { flag, optDate, optRef, optText, ref, text } from './kit/zod.ts';
export { addDays, todayJst } from './maintenance.ts';
export { checkSegments } from './segmentRules.ts';
export type { SystemsTables } from './tables.ts';

/** Network segments, information systems and their connections, equipment and external lines. */
export const systemsModule: AppModule = registerModule(
  {
    name: 'systems',
    migrations: systemsMigrations,
    messages: { ja, en },
    functions: systemsFunctions,
    proposals: segmentsProvider,
    routes: systemsRoutes,
  },
  systemsRegisters,
  { read: SYSTEMS_READ, write: SYSTEMS_WRITE },
);

export { registerModule } from './kit/module.ts';
