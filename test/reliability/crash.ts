import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, sqliteFileIn } from '../../src/db/connect.ts';
import { verifyChains } from '../../src/modules/audit/queries.ts';
import { freePort, HttpClient, initialPasswords, ServerProcess } from '../support/server-process.ts';

export interface CrashResult {
  kills: number;
  acknowledged: number;
  missing: string[];
  chainOk: boolean;
  auditEvents: number;
}

/** A fresh PostgreSQL database for one trial, dropped by the returned function. */
async function freshPgDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `mamori_crash_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Streams writes at the running server and kills it with SIGKILL at random moments, then checks that
 * every acknowledged write survived, nothing half-done exists, and the audit chain verifies.
 */
export async function crashTrial(opts: {
  kills: number;
  postgresUrl?: string;
  seed?: number;
}): Promise<CrashResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-crash-'));
  const pgDb = opts.postgresUrl ? await freshPgDatabase(opts.postgresUrl) : null;
  const env: NodeJS.ProcessEnv = {
    DATA_DIR: dataDir,
    ...(pgDb ? { DATABASE_URL: pgDb.url } : { DATABASE_URL: '' }),
  };
  const server = new ServerProcess(await freePort(), env);
  let rnd = opts.seed ?? 42;
  const random = () => {
    rnd = (rnd * 1103515245 + 12345) % 2 ** 31;
    return rnd / 2 ** 31;
  };
  const acknowledged: string[] = [];
  try {
    await server.start();
    const admin = new HttpClient(server.url);
    await admin.firstSignIn(
      'admin',
      initialPasswords(dataDir).get('admin') as string,
      'Crash-Test-Kanri-77!',
    );
    let n = 0;
    for (let kill = 0; kill < opts.kills; kill++) {
      if (!server.child) await server.start();
      await admin.refreshCsrf();
      let running = true;
      // Four writers in flight, like several staff at once; each creation writes rows and audit events.
      const writer = async () => {
        while (running) {
          const code = `crash-${kill}-${n++}`;
          try {
            const r = await admin.call('POST', '/api/system/organizations', {
              code,
              name: `障害試験 ${code}`,
            });
            if (r.status === 200) acknowledged.push(code);
          } catch {
            return; // connection dropped by the kill: not acknowledged
          }
        }
      };
      const writers = [writer(), writer(), writer(), writer()];
      await new Promise((r) => setTimeout(r, 50 + random() * 400));
      await server.kill('SIGKILL');
      running = false;
      await Promise.all(writers);
    }
    await server.kill('SIGKILL');
    const database = await openDatabase(
      pgDb ? { databaseUrl: pgDb.url } : { sqliteFile: sqliteFileIn(dataDir) },
    );
    try {
      const codes = new Set(
        (await database.db.selectFrom('organizations').select('code').execute()).map((r) => r.code),
      );
      const missing = acknowledged.filter((c) => !codes.has(c));
      // Half-done: an organization without its creation event would break "every write is audited".
      const orgs = await database.db
        .selectFrom('organizations')
        .select('id')
        .where('code', 'like', 'crash-%')
        .execute();
      const events = await database.db
        .selectFrom('audit_events')
        .select('target_id')
        .where('event', '=', 'org.organization_created')
        .execute();
      const withEvent = new Set(events.map((e) => e.target_id));
      for (const o of orgs) if (!withEvent.has(o.id)) missing.push(`no audit event for ${o.id}`);
      const chain = await verifyChains(database.db);
      return {
        kills: opts.kills,
        acknowledged: acknowledged.length,
        missing,
        chainOk: chain.ok,
        auditEvents: chain.count,
      };
    } finally {
      await database.close();
    }
  } finally {
    await server.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    await pgDb?.drop();
  }
}
