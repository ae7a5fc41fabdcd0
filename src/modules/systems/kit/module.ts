/** The manifest of a module made of kit registers: each register brings its routes and its import target. */
import type { AppModule } from '../../module.ts';
import type { Dependent } from './fields.ts';
import { kitImport } from './import.ts';
import { type RegisterDef, registerRoutes } from './routes.ts';

/** The columns of the module's registers that name a record of `def`: what keeps it from being deleted. */
function dependentsAmong(registers: RegisterDef[], def: RegisterDef): Dependent[] {
  return registers.flatMap((r) =>
    r.fields
      .filter((f) => f.kind === 'ref' && f.refTable === def.table)
      .map((f) => ({ table: r.table, column: f.column })),
  );
}

/**
 * `m` with every register of `registers` importable from an Excel or CSV 台帳 and given its six routes,
 * registered after the module's own routes; a record another of the registers refers to cannot be deleted.
 */
export function registerModule(m: AppModule, registers: RegisterDef[]): AppModule {
  const own = m.routes;
  return {
    ...m,
    imports: [...(m.imports ?? []), ...registers.map((r) => kitImport(r))],
    routes(app, ctx) {
      own?.(app, ctx);
      for (const def of registers)
        registerRoutes(app, ctx.db, {
          ...def,
          dependents: def.dependents ?? dependentsAmong(registers, def),
        });
    },
  };
}
