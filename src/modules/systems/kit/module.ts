/** The manifest of a module made of kit registers: each register brings its routes and its import target. */
import type { AppModule } from '../../module.ts';
import type { KitRegister } from './define.ts';
import type { Dependent } from './fields.ts';
import { kitImport } from './import.ts';
import { type RegisterDef, registerRoutes } from './routes.ts';

/** The columns of the module's registers that name a record of `def`: what keeps it from being deleted. */
function dependentsAmong(registers: KitRegister[], def: KitRegister): Dependent[] {
  return registers.flatMap((r) =>
    r.fields
      .filter((f) => f.kind === 'ref' && f.refTable === def.table)
      .map((f) => ({ table: r.table, column: f.column })),
  );
}

/**
 * `m` with every register of `registers` importable from an Excel or CSV 台帳 and given its six routes,
 * registered after the module's own routes under the module's name: read by the functions `access.read`
 * names, written by `access.write`. A record another of the registers refers to cannot be deleted.
 */
export function registerModule(
  m: AppModule,
  registers: KitRegister[],
  access: { read: string[]; write: string[] },
): AppModule {
  const defs: RegisterDef[] = registers.map((def) => ({
    ...def,
    tag: m.name,
    readFns: access.read,
    writeFns: access.write,
    dependents: def.dependents ?? dependentsAmong(registers, def),
  }));
  const own = m.routes;
  return {
    ...m,
    imports: [...(m.imports ?? []), ...defs.map((def) => kitImport(def))],
    routes(app, ctx) {
      own?.(app, ctx);
      for (const def of defs) registerRoutes(app, ctx.db, def);
    },
  };
}
