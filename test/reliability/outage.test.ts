import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { verifyChains } from '../../src/modules/audit/queries.ts';
import { createServer } from '../../src/server.ts';
import { testDatabase } from '../support/db.ts';
import { makeOrg, makeUser } from '../support/factories.ts';
import { signedIn } from '../support/http.ts';

/** A TCP proxy in front of PostgreSQL that the test can cut and restore, like a database outage. */
class Cuttable {
  server: net.Server | null = null;
  sockets = new Set<net.Socket>();
  port = 0;
  readonly target: { host: string; port: number };
  constructor(target: { host: string; port: number }) {
    this.target = target;
  }
  async up(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((r) => this.server?.listen(this.port, '127.0.0.1', () => r()));
    this.port = (this.server.address() as net.AddressInfo).port;
  }
  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server?.close(() => r()));
    this.server = null;
  }
}

const pgUrl = process.env.DATABASE_URL;

test('PostgreSQL outage: requests fail fast with 503 and service resumes by itself', {
  skip: !pgUrl && 'PostgreSQL only',
}, async () => {
  const schemaDb = await testDatabase();
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(schemaDb.db)).rows[0].s;
  const org = await makeOrg(schemaDb.db);
  const user = await makeUser(schemaDb.db, org, { functions: ['audit.read'] });
  const u = new URL(pgUrl as string);
  const proxy = new Cuttable({ host: u.hostname, port: Number(u.port || 5432) });
  await proxy.up();
  u.host = `127.0.0.1:${proxy.port}`;
  const database = await openDatabase({ databaseUrl: u.toString(), pgSchema: schema, poolSize: 4 });
  const { app } = await createServer(
    loadConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-data-')) }),
    {
      database,
      webDir: '/nonexistent',
    },
  );
  try {
    await app.ready();
    const c = await signedIn({ app, db: database.db }, user);
    assert.equal((await c.get('/api/audit')).statusCode, 200);
    await proxy.down();
    const t0 = performance.now();
    const down = await c.get('/api/audit');
    const elapsed = performance.now() - t0;
    assert.equal(down.statusCode, 503);
    assert.equal(down.json().error.code, 'common.unavailable');
    assert.equal(down.headers['retry-after'], '5');
    assert.ok(elapsed < 4000, `failed fast (${Math.round(elapsed)} ms), not hanging`);
    assert.equal((await c.get('/healthz')).statusCode, 503);
    await proxy.up();
    let back = 0;
    for (let i = 0; i < 50 && back !== 200; i++) {
      back = (await c.get('/api/audit')).statusCode;
      if (back !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(back, 200, 'service resumed without a restart');
    assert.equal((await verifyChains(database.db, org.id)).ok, true);
  } finally {
    await app.close();
    await database.close();
    await proxy.down().catch(() => {});
    await schemaDb.close();
  }
});

test('SQLite storage full: a clear error and no partial write', {
  skip: !!pgUrl && 'SQLite only',
}, async () => {
  const database = await testDatabase();
  const { app } = await createServer(
    loadConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-data-')) }),
    {
      database,
      webDir: '/nonexistent',
    },
  );
  try {
    await app.ready();
    const org = await makeOrg(database.db);
    const user = await makeUser(database.db, org, { functions: ['audit.read'] });
    const c = await signedIn({ app, db: database.db }, user);
    // Changing second factors needs the password entered again first (valid for five minutes).
    const reauth = await c.post('/api/auth/reauth', { password: user.password });
    assert.equal(reauth.statusCode, 200, reauth.body);
    const before = await database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    // Cap the database at its current size: the next page it needs cannot be had, as on a full disk.
    const pages = await sql<{ page_count: number }>`PRAGMA page_count`.execute(database.db);
    await sql.raw(`PRAGMA max_page_count = ${pages.rows[0].page_count}`).execute(database.db);
    // Each call replaces ten recovery codes and appends an audit event, until the database is full.
    let status = 0;
    let body: { error?: { code: string; message: string } } = {};
    let succeeded = 0;
    let lastCodes: string[] = [];
    for (let i = 0; i < 500 && status !== 507; i++) {
      const r = await c.post('/api/auth/recovery/regenerate');
      status = r.statusCode;
      body = r.json();
      if (status === 200) {
        succeeded++;
        lastCodes = r.json().recoveryCodes;
      }
    }
    assert.equal(status, 507, JSON.stringify(body));
    assert.equal(body.error?.code, 'common.storage_full');
    await sql.raw('PRAGMA max_page_count = 1073741823').execute(database.db);
    const after = await database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(
      Number(after.n),
      Number(before.n) + succeeded,
      'the failed change left no audit event behind',
    );
    const codes = await database.db
      .selectFrom('recovery_codes')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    assert.equal(
      codes.length,
      10,
      'the failed change did not delete the previous codes: it rolled back whole',
    );
    assert.ok(lastCodes.length === 10);
    assert.equal((await verifyChains(database.db, org.id)).ok, true);
  } finally {
    await app.close();
    await database.close();
  }
});
