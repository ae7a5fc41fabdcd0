import { loadConfig } from '../config.ts';
import { type Database, openDatabase, sqliteFileIn } from '../db/connect.ts';

/**
 * Opens the configured database for a command-line tool, without taking the data-dir lock:
 * SQLite in WAL mode lets these readers run beside the server.
 */
export async function openForCli(): Promise<Database> {
  const config = loadConfig();
  return openDatabase({
    databaseUrl: config.databaseUrl,
    sqliteFile: sqliteFileIn(config.dataDir),
    sqliteSync: config.sqliteSync,
  });
}
