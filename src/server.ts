import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { type Database, openDatabase, sqliteFileIn } from './db/connect.ts';
import { migrateToLatest } from './db/migration.ts';
import { buildApp } from './http/app.ts';
import { resolveSession } from './modules/auth/sessions.ts';
import type { AppContext } from './modules/module.ts';
import { allMigrations, modules } from './modules/registry.ts';
import { loadServerKeys } from './modules/system/keys.ts';

export interface Started {
  app: FastifyInstance;
  database: Database;
  ctx: AppContext;
}

/** Opens the database, migrates it, loads keys and builds the app (not yet listening). */
export async function createServer(
  config: Config,
  opts: { database?: Database; logger?: boolean | object; webDir?: string } = {},
): Promise<Started> {
  const database =
    opts.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      sqliteFile: sqliteFileIn(config.dataDir),
      lockDir: config.dataDir,
    }));
  try {
    await migrateToLatest(database.db, database.dialect, allMigrations);
    const keys = await loadServerKeys(database.db);
    const ctx: AppContext = {
      db: database.db,
      dialect: database.dialect,
      dbSource: database.source,
      config,
      keys,
    };
    const app = await buildApp({
      ctx,
      modules,
      resolveAuth: (req) => resolveSession(database.db, req),
      webDir: opts.webDir ?? path.resolve(import.meta.dirname, '../web/dist'),
      logger: opts.logger,
    });
    return { app, database, ctx };
  } catch (e) {
    if (!opts.database) await database.close();
    throw e;
  }
}
