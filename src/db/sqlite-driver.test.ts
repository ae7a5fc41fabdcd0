import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, test } from 'node:test';
import { type Kysely, sql } from 'kysely';
import { type Database, openDatabase } from './connect.ts';

// The group commit of the embedded database (src/db/sqlite-driver.ts), on a real file in WAL mode.
describe('SQLite group commit', { skip: !!process.env.DATABASE_URL }, () => {
  let dir: string;
  let database: Database;
  // biome-ignore lint/suspicious/noExplicitAny: a scratch schema of this test only
  let db: Kysely<any>;
  const file = () => path.join(dir, 'gc.db');

  /** Holds every WAL flush back until `release()`; `restore()` gives the file handles their own flush again. */
  async function holdFlushes(): Promise<{ release(): void; restore(): void }> {
    const probe = await fs.promises.open(file(), 'r');
    const proto = Object.getPrototypeOf(probe) as { datasync(): Promise<void> };
    await probe.close();
    const real = proto.datasync;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    proto.datasync = async function (this: unknown) {
      await gate;
      return real.call(this);
    };
    return {
      release: () => release(),
      restore: () => {
        proto.datasync = real;
      },
    };
  }

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-gc-'));
    database = await openDatabase({ sqliteFile: file() });
    db = database.db;
    await sql`create table parent (id integer primary key)`.execute(db);
    await sql`create table item (id integer primary key, parent_id integer references parent(id) deferrable initially deferred, label text not null unique)`.execute(
      db,
    );
    await sql`insert into parent (id) values (1)`.execute(db);
  });
  after(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const insert = (label: string, parent = 1) =>
    db.transaction().execute(async (trx) => {
      await trx.insertInto('item').values({ label, parent_id: parent }).execute();
    });
  const labels = async (prefix: string) =>
    (
      await db
        .selectFrom('item')
        .select('label')
        .where('label', 'like', `${prefix}%`)
        .orderBy('label')
        .execute()
    ).map((r) => r.label as string);

  test('transactions started together share one commit, and each is on disk when it resolves', async () => {
    const stats = database.groupCommit;
    assert.ok(stats);
    const before = { ...stats };
    const other = new DatabaseSync(file(), { readOnly: true });
    try {
      await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          await insert(`a${String(i).padStart(2, '0')}`);
          // Another connection (another process would see the same) finds the row once the commit resolved.
          const seen = other
            .prepare('select count(*) as n from item where label = ?')
            .get(`a${String(i).padStart(2, '0')}`);
          assert.equal((seen as { n: number }).n, 1);
        }),
      );
    } finally {
      other.close();
    }
    assert.equal(stats.transactions - before.transactions, 20);
    assert.ok(
      stats.commits - before.commits < 20,
      `${stats.commits - before.commits} commits for 20 transactions`,
    );
    assert.equal((await labels('a')).length, 20);
  });

  test('a commit resolves only after the WAL is flushed, off the event loop, one flush for many commits', async () => {
    const probe = await fs.promises.open(file(), 'r');
    const proto = Object.getPrototypeOf(probe) as { datasync(): Promise<void> };
    await probe.close();
    const real = proto.datasync;
    let flushes = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    proto.datasync = async function (this: unknown) {
      flushes++;
      await gate;
      return real.call(this);
    };
    try {
      let done = 0;
      const first = insert('w0').then(() => done++);
      // While the first flush waits for the disk, the event loop runs and more commits arrive.
      await new Promise((r) => setTimeout(r, 20));
      assert.equal(done, 0, 'not answered before its WAL is flushed');
      assert.equal(flushes, 1);
      const more = Array.from({ length: 10 }, (_, i) => insert(`w${i + 1}`).then(() => done++));
      await new Promise((r) => setTimeout(r, 20));
      assert.equal(done, 0);
      release();
      await Promise.all([first, ...more]);
      assert.equal(done, 11);
      assert.ok(flushes <= 3, `${flushes} flushes for 11 commits`);
    } finally {
      proto.datasync = real;
    }
  });

  test('transactions that arrive while a flush is on the disk commit together once it ends', async () => {
    const stats = database.groupCommit;
    assert.ok(stats);
    const { release, restore } = await holdFlushes();
    try {
      const first = insert('f0');
      await new Promise((r) => setTimeout(r, 10));
      const before = stats.commits;
      // One at a time, each in a turn of the event loop of its own: without a flush running, each
      // would be a batch of its own.
      const more: Promise<void>[] = [];
      for (let i = 1; i <= 5; i++) {
        more.push(insert(`f${i}`));
        await new Promise((r) => setTimeout(r, 5));
      }
      assert.equal(stats.commits, before, 'no COMMIT while the flush runs');
      const plain = await db.selectFrom('item').select('label').where('label', 'like', 'f%').execute();
      assert.deepEqual(
        plain.map((r) => r.label),
        ['f0'],
        'the open batch is not visible to readers',
      );
      release();
      await Promise.all([first, ...more]);
      assert.equal(stats.commits, before + 1, 'the five commit in one batch');
      assert.deepEqual(await labels('f'), ['f0', 'f1', 'f2', 'f3', 'f4', 'f5']);
    } finally {
      restore();
    }
  });

  test('a read in a transaction resolves only once every earlier commit is on disk (what the audit checkpoints rely on)', async () => {
    const { release, restore } = await holdFlushes();
    try {
      const written = insert('r1');
      await new Promise((r) => setTimeout(r, 10));
      let seen: string[] | null = null;
      const read = db
        .transaction()
        .execute((trx) => trx.selectFrom('item').select('label').where('label', '=', 'r1').execute())
        .then((rows) => {
          seen = rows.map((r) => r.label);
        });
      await new Promise((r) => setTimeout(r, 20));
      assert.equal(seen, null, 'the read waits for the flush of the write before it');
      release();
      await Promise.all([written, read]);
      assert.deepEqual(seen, ['r1']);
    } finally {
      restore();
    }
  });

  test('a transaction that fails inside a batch leaves the others of the batch committed', async () => {
    const results = await Promise.allSettled([insert('b1'), insert('b2'), insert('b1'), insert('b3')]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'fulfilled', 'rejected', 'fulfilled'],
    );
    assert.deepEqual(await labels('b'), ['b1', 'b2', 'b3']);
  });

  test('reads outside a transaction see only committed data; reads inside see the batch', async () => {
    let plain = -1;
    let inside = -1;
    const first = insert('c1');
    // This transaction queues behind the first and runs before the batch is committed.
    const second = db.transaction().execute(async (trx) => {
      inside = (await trx.selectFrom('item').select('label').where('label', '=', 'c1').execute()).length;
      plain = (await db.selectFrom('item').select('label').where('label', '=', 'c1').execute()).length;
      await trx.insertInto('item').values({ label: 'c2', parent_id: 1 }).execute();
    });
    await Promise.all([first, second]);
    assert.equal(inside, 1, 'the second transaction sees the first one’s row');
    assert.equal(plain, 0, 'a plain read does not see a row that is not committed yet');
    assert.deepEqual(await labels('c'), ['c1', 'c2']);
  });

  test('a failed COMMIT fails every transaction of its batch and writes none of them', async () => {
    const stats = database.groupCommit;
    assert.ok(stats);
    const failedBefore = stats.failedBatches;
    // A deferred foreign key is checked at COMMIT: the bad row makes the whole batch's COMMIT fail.
    const results = await Promise.allSettled([insert('d1'), insert('d2', 999), insert('d3')]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected', 'rejected'],
    );
    assert.match(String((results[1] as PromiseRejectedResult).reason), /FOREIGN KEY/);
    assert.deepEqual(await labels('d'), []);
    assert.equal(stats.failedBatches, failedBefore + 1);
    // The writer is usable again afterwards.
    await insert('d4');
    assert.deepEqual(await labels('d'), ['d4']);
  });

  test('the writer keeps a transaction’s journals in memory, not in temporary files', () => {
    const raw = database.sqlite?.raw;
    assert.ok(raw);
    assert.equal((raw.prepare('PRAGMA temp_store').get() as { temp_store: number }).temp_store, 2);
  });

  test('a write outside a transaction is a transaction of its own and resolves once committed', async () => {
    await db.insertInto('item').values({ label: 'e1', parent_id: 1 }).execute();
    const other = new DatabaseSync(file(), { readOnly: true });
    try {
      assert.equal(
        (other.prepare(`select count(*) as n from item where label = 'e1'`).get() as { n: number }).n,
        1,
      );
    } finally {
      other.close();
    }
    await assert.rejects(db.insertInto('item').values({ label: 'e1', parent_id: 1 }).execute(), /UNIQUE/);
    assert.deepEqual(await labels('e'), ['e1']);
  });
});

test('a server’s SQLite starts with small page caches and takes its working ones when told', {
  skip: !!process.env.DATABASE_URL,
}, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-cache-'));
  const database = await openDatabase({ sqliteFile: path.join(dir, 'c.db'), startupCacheKb: 2048 });
  try {
    const raw = database.sqlite?.raw;
    assert.ok(raw);
    const size = () => (raw.prepare('PRAGMA cache_size').get() as { cache_size: number }).cache_size;
    assert.equal(size(), -2048);
    database.applyWorkingCache?.();
    assert.equal(size(), -16384);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
