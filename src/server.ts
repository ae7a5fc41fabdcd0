import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Config, ConfigError } from './config.ts';
import { type Database, openDatabase, sqliteFileIn } from './db/connect.ts';
import { buildApp } from './http/app.ts';
import { consoleLine } from './i18n/console.ts';
import { resolveSession } from './modules/auth/index.ts';
import { backupHealth, migrateWithBackup } from './modules/backups/index.ts';
import type { AppContext } from './modules/module.ts';
import { allMigrations, modules } from './modules/registry.ts';
import { loadServerKeys } from './modules/system/index.ts';

function readTls(tls: NonNullable<Config['tls']>): { cert: Buffer; key: Buffer } {
  const read = (name: string, file: string) => {
    try {
      return fs.readFileSync(file);
    } catch (e) {
      throw new ConfigError(
        `${consoleLine('config.unreadable_file', { name, file })}: ${(e as NodeJS.ErrnoException).code ?? e}`,
      );
    }
  };
  return { cert: read('TLS_CERT', tls.certFile), key: read('TLS_KEY', tls.keyFile) };
}

export interface Started {
  app: FastifyInstance;
  database: Database;
  ctx: AppContext;
}

/** Opens the database, migrates it, loads keys and builds the app (not yet listening). */
export async function createServer(
  config: Config,
  opts: {
    database?: Database;
    logger?: boolean | object;
    webDir?: string;
    /** Reports what start-up does before the logger exists (the backup before migrations). */
    onProgress?: (msg: string) => void;
    /** SQLite: small page caches until `database.applyWorkingCache()` (`OpenOptions.startupCacheKb`). */
    startupCacheKb?: number;
  } = {},
): Promise<Started> {
  const database =
    opts.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      sqliteFile: sqliteFileIn(config.dataDir),
      lockDir: config.dataDir,
      sqliteSync: config.sqliteSync,
      startupCacheKb: opts.startupCacheKb,
    }));
  try {
    await migrateWithBackup(database, allMigrations, config.backup, opts.onProgress);
    const keys = await loadServerKeys(database.db, config);
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
      https: config.tls ? readTls(config.tls) : undefined,
      health: async () => ({ backup: await backupHealth(database.db, config.backup) }),
    });
    return { app, database, ctx };
  } catch (e) {
    if (!opts.database) await database.close();
    throw e;
  }
}
