/** The manifest of a module made of kit registers: each register brings its routes and its import target. */
import type { AppModule } from '../../module.ts';
import { kitImport } from './import.ts';
import { type RegisterDef, registerRoutes } from './routes.ts';

/**
 * `m` with every register of `registers` importable from an Excel or CSV 台帳 and given its six routes,
 * registered after the module's own routes.
 */
export function registerModule(m: AppModule, registers: RegisterDef[]): AppModule {
  const own = m.routes;
  return {
    ...m,
    imports: [...(m.imports ?? []), ...registers.map((r) => kitImport(r))],
    routes(app, ctx) {
      own?.(app, ctx);
      for (const def of registers) registerRoutes(app, ctx.db, def);
    },
  };
}
