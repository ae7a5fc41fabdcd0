import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { lockDataDir } from './lock.ts';
import { useNamedStatements } from './pg-named.ts';
import type { DB } from './schema.ts';
import { NodeSqliteDatabase } from './sqlite-database.ts';
import { GroupCommitDialect, type GroupCommitStats } from './sqlite-driver.ts';

export type DialectName = 'sqlite' | 'postgres';

/** Where another connection (a worker thread) finds the same database; none for `:memory:`. */
export interface DatabaseSource {
  sqliteFile?: string;
  databaseUrl?: string;
  pgSchema?: string;
}

/** An open database: the query builder plus what is needed to close it and to back it up. */
export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  /** The raw node:sqlite writer handle (SQLite only), for bulk loading in benchmarks. */
  sqlite?: NodeSqliteDatabase;
  source?: DatabaseSource;
  /** Group commit counters (SQLite only). */
  groupCommit?: GroupCommitStats;
  /** Hands back memory kept from start-up (SQLite: cached statements and page cache); never needed for correctness. */
  releaseMemory?(): void;
  /** SQLite opened with `startupCacheKb`: gives both connections their working page caches (idempotent). */
  applyWorkingCache?(): void;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** SQLite file, or ':memory:'. */
  sqliteFile?: string;
  /** Data directory to lock (SQLite only). */
  lockDir?: string;
  /** PostgreSQL schema to use (tests isolate themselves in their own schema). */
  pgSchema?: string;
  poolSize?: number;
  /**
   * How a SQLite commit reaches the disk (`SQLITE_SYNC`). `flush` (default): the COMMIT does not wait for
   * the disk (`synchronous = NORMAL`); the driver flushes the WAL off the event loop and answers the
   * batch's writers only after that flush. `full`: `synchronous = FULL`, the COMMIT itself waits for the
   * disk on the event loop. Either way a write is answered only once it is on disk.
   */
  sqliteSync?: SqliteSync;
  /**
   * SQLite: both connections start with a page cache of this many KB instead of their working sizes
   * (16 MB writer, 32 MB reader) until `applyWorkingCache()`. The server's start-up (migration checks, the
   * chain heads, the first round of jobs over a large database) would otherwise fill up to 48 MB of cache
   * from the C library, and what SQLite hands back afterwards stays resident in its arenas.
   */
  startupCacheKb?: number;
}

export type SqliteSync = 'flush' | 'full';

/** Opens PostgreSQL when a URL is given, otherwise the embedded SQLite file. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts);
  return openSqlite(opts);
}

/**
 * The database file and its WAL and shared-memory files are readable by their owner only (0600): SQLite
 * creates the WAL and SHM files with the database file's permissions, so the file is made first, and
 * files of an older install are narrowed.
 */
function privateDatabaseFile(file: string): void {
  // A tool run by another account (reading a copy) cannot and need not change the owner's files.
  const allowed = (e: unknown) =>
    ['ENOENT', 'EACCES', 'EPERM', 'EROFS'].includes((e as NodeJS.ErrnoException).code ?? '');
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'wx', 0o600));
  } catch (e) {
    if (!allowed(e) && (e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    try {
      if ((fs.statSync(f).mode & 0o077) !== 0) fs.chmodSync(f, 0o600);
    } catch (e) {
      if (!allowed(e)) throw e;
    }
  }
}

/** The page caches of the writer and of the read connection, in KB. */
const WRITER_CACHE_KB = 16384;
const READER_CACHE_KB = 32768;

function openSqlite(opts: OpenOptions): Database {
  const file = opts.sqliteFile ?? ':memory:';
  const release = opts.lockDir ? lockDataDir(opts.lockDir) : () => {};
  let writer: NodeSqliteDatabase | undefined;
  let reader: NodeSqliteDatabase | null = null;
  // With a WAL file and `flush`, the driver flushes the WAL itself after each batch's COMMIT, off the
  // event loop, and answers the batch's writers only then; in memory nothing is flushed.
  const flush = file !== ':memory:' && (opts.sqliteSync ?? 'flush') === 'flush';
  try {
    if (file !== ':memory:') privateDatabaseFile(file);
    writer = new NodeSqliteDatabase(file);
    const raw = writer.raw;
    if (file !== ':memory:') raw.exec('PRAGMA journal_mode = WAL');
    raw.exec(flush ? 'PRAGMA synchronous = NORMAL' : 'PRAGMA synchronous = FULL');
    raw.exec('PRAGMA foreign_keys = ON');
    raw.exec('PRAGMA busy_timeout = 5000');
    raw.exec(`PRAGMA cache_size = -${opts.startupCacheKb ?? WRITER_CACHE_KB}`);
    // Each transaction is a savepoint of the group commit, so SQLite keeps the pages it changes in a
    // sub-journal (and a multi-row statement in a statement journal) until it ends; past 64 KB those go
    // to a temporary file, created, written and deleted on the event loop for every batch. In memory
    // they cost neither: they live only as long as the transaction. The reader's large sorts still
    // use temporary files.
    raw.exec('PRAGMA temp_store = MEMORY');
    if (file !== ':memory:') {
      // Reads outside a transaction: the last committed state, without waiting for the writer.
      reader = new NodeSqliteDatabase(file);
      reader.raw.exec('PRAGMA busy_timeout = 5000');
      reader.raw.exec('PRAGMA query_only = ON');
      reader.raw.exec(`PRAGMA cache_size = -${opts.startupCacheKb ?? READER_CACHE_KB}`);
    }
  } catch (e) {
    reader?.close();
    writer?.close();
    release();
    throw e;
  }
  const dialect = new GroupCommitDialect(writer, reader, {
    maxBatch: 64,
    maxWaitMs: 10,
    ...(flush ? { walFile: `${file}-wal` } : {}),
  });
  const db = new Kysely<DB>({ dialect });
  return {
    db,
    dialect: 'sqlite',
    sqlite: writer,
    source: file === ':memory:' ? undefined : { sqliteFile: file },
    groupCommit: dialect.driver.stats,
    releaseMemory: () => dialect.driver.releaseMemory(),
    applyWorkingCache() {
      if (!opts.startupCacheKb || !writer?.raw.isOpen) return;
      writer.raw.exec(`PRAGMA cache_size = -${WRITER_CACHE_KB}`);
      if (reader?.raw.isOpen) reader.raw.exec(`PRAGMA cache_size = -${READER_CACHE_KB}`);
    },
    async close() {
      await db.destroy();
      release();
    },
  };
}

async function openPostgres(url: string, opts: OpenOptions): Promise<Database> {
  // Loaded only for PostgreSQL: a server on SQLite does not keep the driver in memory.
  const pg = (await import('pg')).default;
  // pg returns int8 and numeric as strings by default; counts fit in a JS number here.
  pg.types.setTypeParser(20, (v) => Number(v));
  pg.types.setTypeParser(1700, (v) => Number(v));
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    options: opts.pgSchema ? `-c search_path=${opts.pgSchema}` : undefined,
    // Fail fast when the database is down instead of queueing requests forever.
    connectionTimeoutMillis: 3000,
  });
  pool.on('error', () => {
    // An idle client lost its connection (database restarted); the pool replaces it.
  });
  pool.on('connect', (client) => {
    // A client that loses its connection between queries must not crash the process: the next
    // query on it fails (answered 503) and the pool discards it.
    client.on('error', () => {});
    // Statements compiled once are parsed and planned once per connection; BEGIN rides with the first statement.
    useNamedStatements(client, pg.Query);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    source: { databaseUrl: url, pgSchema: opts.pgSchema },
    async close() {
      await db.destroy();
    },
  };
}

/** The SQLite file inside a data directory. */
export function sqliteFileIn(dataDir: string): string {
  return path.join(dataDir, 'mamori.db');
}
