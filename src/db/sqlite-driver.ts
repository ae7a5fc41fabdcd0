import { type FileHandle, open } from 'node:fs/promises';
import type { StatementSync } from 'node:sqlite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { NodeSqliteDatabase } from './sqlite-database.ts';

/**
 * SQLite with group commit.
 *
 * Every transaction is a SAVEPOINT inside one outer transaction on the single writer connection. A
 * transaction that commits releases its savepoint and waits; the outer transaction is committed once no
 * other transaction is waiting for the writer, or when the batch is full or old enough. Only then do the
 * waiting commits resolve, so a transaction is reported committed only when it is on disk, and a failed
 * COMMIT fails every transaction of the batch.
 *
 * With a WAL file (`walFile`), the COMMIT itself does not wait for the disk (`synchronous = NORMAL`):
 * the WAL is flushed with fdatasync on a libuv thread, and the batch's commits resolve after that. The
 * event loop keeps serving requests (and the writer takes the next batch) while the disk works; flushes
 * run one at a time, and every commit made while one runs is covered by the next (one fsync for all).
 * A batch is visible to readers from its COMMIT, a few milliseconds before its writers are answered.
 *
 * Plain SELECTs outside a transaction run on a separate read connection (WAL: it sees the last
 * committed state, never a batch in progress, and never waits for the writer). Without a reader
 * (`:memory:`), every statement takes the writer and each transaction commits on its own.
 */
export interface GroupCommitOptions {
  /** The most transactions in one commit. */
  maxBatch: number;
  /** The longest a batch stays open while other transactions keep arriving. */
  maxWaitMs: number;
  /** The database's WAL file, flushed off the event loop after each COMMIT (`synchronous = NORMAL`). */
  walFile?: string;
}

interface Deferred {
  resolve(): void;
  reject(e: unknown): void;
}

interface Batch {
  members: Deferred[];
  openedAt: number;
}

/** Counters for tests and diagnostics. */
export interface GroupCommitStats {
  transactions: number;
  commits: number;
  failedBatches: number;
}

/**
 * The savepoint of each transaction of a batch. Transactions of a batch follow each other (each releases
 * or rolls back its savepoint before the next begins), so one name serves them all.
 */
const SAVEPOINT = 'gc';

interface ControlStatements {
  begin: StatementSync;
  savepoint: StatementSync;
  release: StatementSync;
  rollbackTo: StatementSync;
  commit: StatementSync;
}

/** A FIFO lock on the writer connection. */
class WriterLock {
  #held = false;
  #queue: (() => void)[] = [];

  acquire(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#queue.push(resolve));
  }

  tryAcquire(): boolean {
    if (this.#held) return false;
    this.#held = true;
    return true;
  }

  /** Hands the lock to the next waiter, or frees it. */
  release(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#held = false;
  }

  get waiting(): number {
    return this.#queue.length;
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function runOn(db: NodeSqliteDatabase, cq: CompiledQuery): QueryResult<unknown> {
  const stmt = db.prepare(cq.sql);
  if (stmt.reader) return { rows: stmt.all(cq.parameters) as unknown[] };
  const { changes, lastInsertRowid } = stmt.run(cq.parameters);
  return {
    insertId: lastInsertRowid != null ? BigInt(lastInsertRowid) : undefined,
    numAffectedRows: changes != null ? BigInt(changes) : undefined,
    rows: [],
  };
}

/** One acquirer's handle: inside a transaction it holds the writer; outside, each statement routes itself. */
class GroupConnection implements DatabaseConnection {
  readonly driver: GroupCommitDriver;
  /** The savepoint of the open transaction, when this connection holds the writer. */
  savepoint: string | null = null;
  lastError: unknown = null;

  constructor(driver: GroupCommitDriver) {
    this.driver = driver;
  }

  async executeQuery<R>(cq: CompiledQuery): Promise<QueryResult<R>> {
    return (await this.driver.execute(this, cq)) as QueryResult<R>;
  }

  async *streamQuery<R>(cq: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(cq.query))
      throw new Error('Sqlite driver only supports streaming of select queries');
    const { rows } = await this.driver.execute(this, cq);
    for (const row of rows) yield { rows: [row as R] };
  }
}

export class GroupCommitDriver implements Driver {
  readonly #writer: NodeSqliteDatabase;
  readonly #reader: NodeSqliteDatabase | null;
  readonly #opts: GroupCommitOptions;
  readonly #lock = new WriterLock();
  #batch: Batch | null = null;
  #flushScheduled = false;
  #wal: Promise<FileHandle> | null = null;
  #queuedSync: Promise<void> | null = null;
  #runningSync: Promise<void> | null = null;
  #control: ControlStatements | null = null;
  readonly stats: GroupCommitStats = { transactions: 0, commits: 0, failedBatches: 0 };

  constructor(writer: NodeSqliteDatabase, reader: NodeSqliteDatabase | null, opts: GroupCommitOptions) {
    this.#writer = writer;
    this.#reader = reader;
    this.#opts = reader ? opts : { maxBatch: 1, maxWaitMs: 0 };
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new GroupConnection(this);
  }

  async beginTransaction(conn: DatabaseConnection): Promise<void> {
    await this.#enter(conn as GroupConnection);
  }

  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await this.#leave(conn as GroupConnection, true);
  }

  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await this.#leave(conn as GroupConnection, false);
  }

  async savepoint(conn: DatabaseConnection, name: string): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdent(name)}`));
  }

  async rollbackToSavepoint(conn: DatabaseConnection, name: string): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw(`rollback to ${quoteIdent(name)}`));
  }

  async releaseSavepoint(conn: DatabaseConnection, name: string): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw(`release ${quoteIdent(name)}`));
  }

  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    // A transaction always ends through commit or rollback; this only guards against a leak.
    if ((conn as GroupConnection).savepoint) await this.#leave(conn as GroupConnection, false);
  }

  /** Releases what start-up left in both connections (`NodeSqliteDatabase.releaseMemory`). */
  releaseMemory(): void {
    this.#writer.releaseMemory();
    this.#reader?.releaseMemory();
  }

  async destroy(): Promise<void> {
    await this.#lock.acquire();
    if (this.#batch) this.#commitBatch();
    this.#lock.release();
    await this.#queuedSync?.catch(() => {});
    await this.#runningSync?.catch(() => {});
    await (await this.#wal?.catch(() => null))?.close();
    this.#reader?.close();
    this.#writer.close();
  }

  /** Runs one statement for a connection: in its transaction, on the reader, or as a transaction of its own. */
  async execute(conn: GroupConnection, cq: CompiledQuery): Promise<QueryResult<unknown>> {
    if (conn.savepoint) {
      try {
        return runOn(this.#writer, cq);
      } catch (e) {
        conn.lastError = e;
        throw e;
      }
    }
    if (SelectQueryNode.is(cq.query)) {
      if (this.#reader) return runOn(this.#reader, cq);
      await this.#lock.acquire();
      try {
        return runOn(this.#writer, cq);
      } finally {
        this.#lock.release();
      }
    }
    // A write (or raw SQL) outside a transaction is a transaction of its own.
    await this.#enter(conn);
    let result: QueryResult<unknown>;
    try {
      result = runOn(this.#writer, cq);
    } catch (e) {
      conn.lastError = e;
      await this.#leave(conn, false);
      throw e;
    }
    await this.#leave(conn, true);
    return result;
  }

  /** The writer's transaction control, prepared once (parsing each on every transaction cost CPU). */
  #controls(): ControlStatements {
    if (!this.#control) {
      const raw = this.#writer.raw;
      this.#control = {
        begin: raw.prepare('BEGIN'),
        savepoint: raw.prepare(`SAVEPOINT ${SAVEPOINT}`),
        release: raw.prepare(`RELEASE ${SAVEPOINT}`),
        rollbackTo: raw.prepare(`ROLLBACK TO ${SAVEPOINT}`),
        commit: raw.prepare('COMMIT'),
      };
    }
    return this.#control;
  }

  async #enter(conn: GroupConnection): Promise<void> {
    await this.#lock.acquire();
    try {
      if (!this.#writer.raw.isTransaction) {
        this.#controls().begin.run();
        this.#batch = { members: [], openedAt: performance.now() };
      }
      this.#controls().savepoint.run();
      conn.savepoint = SAVEPOINT;
      conn.lastError = null;
      this.stats.transactions++;
    } catch (e) {
      this.#afterTurn();
      throw e;
    }
  }

  async #leave(conn: GroupConnection, commit: boolean): Promise<void> {
    const sp = conn.savepoint;
    if (!sp) return; // already ended (a rollback after a failed commit)
    conn.savepoint = null;
    const raw = this.#writer.raw;
    let committed: Promise<void> | null = null;
    try {
      if (!raw.isTransaction) {
        // SQLite rolled the whole outer transaction back by itself (SQLITE_FULL, SQLITE_IOERR): every
        // transaction of the batch is lost with it.
        this.#failBatch(conn.lastError ?? new Error('SQLite rolled the transaction back'));
        if (commit) throw conn.lastError ?? new Error('SQLite rolled the transaction back');
      } else if (commit) {
        this.#controls().release.run();
        committed = new Promise<void>((resolve, reject) => {
          this.#batch?.members.push({ resolve, reject });
        });
      } else {
        this.#controls().rollbackTo.run();
        this.#controls().release.run();
      }
    } catch (e) {
      if (raw.isTransaction) {
        try {
          this.#controls().rollbackTo.run();
          this.#controls().release.run();
        } catch {
          // the savepoint is gone already
        }
      } else this.#failBatch(e);
      this.#afterTurn();
      throw e;
    }
    this.#afterTurn();
    if (committed) await committed;
  }

  /** Called by the lock holder when its turn ends: commit now, later, or let the next transaction join. */
  #afterTurn(): void {
    const b = this.#batch;
    if (b && !this.#writer.raw.isTransaction)
      this.#failBatch(new Error('SQLite rolled the transaction back'));
    else if (b) {
      const full = b.members.length >= this.#opts.maxBatch;
      const old = performance.now() - b.openedAt >= this.#opts.maxWaitMs;
      if (full || (old && this.#lock.waiting > 0)) this.#commitBatch();
      else if (this.#lock.waiting === 0) this.#scheduleFlush();
    }
    this.#lock.release();
  }

  /** Commits after the current turn of the event loop, so that requests read in the same turn join. */
  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      this.#flushScheduled = false;
      if (!this.#batch) return;
      // A flush is on the disk and none is queued: this batch's writers would wait for a flush after it
      // anyway, so the batch stays open and commits when that flush ends, taking in what arrives meanwhile
      // (one COMMIT, and fewer WAL pages written, for more transactions). A queued flush covers a commit
      // made now at no further cost: then commit at once.
      if (this.#runningSync && !this.#queuedSync) return;
      // Someone holds the writer: they commit or re-schedule when their turn ends.
      if (!this.#lock.tryAcquire()) return;
      this.#commitBatch();
      this.#lock.release();
    });
  }

  #commitBatch(): void {
    const b = this.#batch;
    if (!b) return;
    this.#batch = null;
    try {
      this.#controls().commit.run();
    } catch (e) {
      try {
        if (this.#writer.raw.isTransaction) this.#writer.raw.exec('ROLLBACK');
      } catch {
        // nothing more to undo
      }
      this.stats.failedBatches++;
      for (const m of b.members) m.reject(e);
      return;
    }
    this.stats.commits++;
    if (!this.#opts.walFile) {
      for (const m of b.members) m.resolve();
      return;
    }
    this.#syncWal().then(
      () => {
        for (const m of b.members) m.resolve();
      },
      (e) => {
        this.stats.failedBatches++;
        for (const m of b.members) m.reject(e);
      },
    );
  }

  /**
   * Flushes the WAL after a COMMIT: a flush that has not started yet covers this commit too; one that is
   * running started before it, so the next one is queued behind it.
   */
  #syncWal(): Promise<void> {
    if (this.#queuedSync) return this.#queuedSync;
    const before = this.#runningSync ?? Promise.resolve();
    const mine: Promise<void> = before
      .catch(() => {})
      .then(async () => {
        this.#queuedSync = null;
        this.#runningSync = mine;
        try {
          this.#wal ??= open(this.#opts.walFile as string, 'r+');
          let wal: FileHandle;
          try {
            wal = await this.#wal;
          } catch (e) {
            this.#wal = null; // the next flush tries to open it again
            throw e;
          }
          await wal.datasync();
        } finally {
          if (this.#runningSync === mine) this.#runningSync = null;
          // The batch left open while this flush ran (see #scheduleFlush) commits now.
          if (this.#batch) this.#scheduleFlush();
        }
      });
    this.#queuedSync = mine;
    return mine;
  }

  #failBatch(e: unknown): void {
    const b = this.#batch;
    this.#batch = null;
    if (!b) return;
    this.stats.failedBatches++;
    for (const m of b.members) m.reject(e);
  }
}

/** Kysely's SQLite adapter, told that the driver serializes writers itself. */
class GroupCommitAdapter extends SqliteAdapter {
  override get supportsMultipleConnections(): boolean {
    return true;
  }
}

/** The SQLite dialect over node:sqlite with group commit and a read connection. */
export class GroupCommitDialect implements Dialect {
  readonly driver: GroupCommitDriver;

  constructor(writer: NodeSqliteDatabase, reader: NodeSqliteDatabase | null, opts: GroupCommitOptions) {
    this.driver = new GroupCommitDriver(writer, reader, opts);
  }

  createDriver(): Driver {
    return this.driver;
  }

  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }

  createAdapter() {
    return new GroupCommitAdapter();
  }

  // biome-ignore lint/suspicious/noExplicitAny: works for any schema
  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}
