import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/connect.ts';
import type { DB } from '../../src/db/schema.ts';
import { createSession, sessionIdOf } from '../../src/modules/auth/sessions.ts';
import type { AppContext } from '../../src/modules/module.ts';
import { createServer } from '../../src/server.ts';
import { testDatabase } from './db.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Kysely<DB>;
  database: Database;
  /** The server's context: configuration (a temporary DATA_DIR) and keys. */
  ctx: AppContext;
  close(): Promise<void>;
}

/** The real app on a fresh test database and a temporary data directory, driven with inject (no port). */
export async function startTestApp(
  opts: { webDir?: string; env?: NodeJS.ProcessEnv; logger?: object } = {},
): Promise<TestApp> {
  const database = await testDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-data-'));
  const { app, ctx } = await createServer(loadConfig({ DATA_DIR: dataDir, ...opts.env }), {
    database,
    webDir: opts.webDir ?? '/nonexistent',
    logger: opts.logger,
  });
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    ctx,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The test app of one test file: started before its first test (then `setUp` runs on it) and closed after its
 * last. The object is given at once and filled when the app starts, so tests use it like `startTestApp`'s.
 * Set-up that needs the app goes in `setUp`: the runner does not wait for one top-level hook before the next.
 */
export function testAppPerFile(
  setUp?: (t: TestApp) => Promise<unknown>,
  opts: Parameters<typeof startTestApp>[0] = {},
): TestApp {
  const app = {} as TestApp;
  before(async () => {
    Object.assign(app, await startTestApp(opts));
    await setUp?.(app);
  });
  after(() => app.close());
  return app;
}

/** A cookie-keeping client that sends the CSRF token like the web UI does. */
export class Client {
  cookie = '';
  csrf = '';
  readonly app: FastifyInstance;
  ip: string;

  constructor(app: FastifyInstance, ip = '127.0.0.1') {
    this.app = app;
    this.ip = ip;
  }

  async request(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      remoteAddress: this.ip,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const set = res.cookies.find((c) => c.name === 'mamori_session');
    if (set) this.cookie = set.value ? `mamori_session=${set.value}` : '';
    return res;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body);
  put = (url: string, body?: unknown) => this.request('PUT', url, body);
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body);
  del = (url: string) => this.request('DELETE', url);

  /** Reads the session to pick up the CSRF token. */
  async refreshCsrf(): Promise<void> {
    const r = await this.get('/api/session');
    if (r.statusCode === 200) this.csrf = r.json().csrfToken;
  }
}

/**
 * A client already signed in as the user with a full session, made directly in the database.
 * For tests of features behind sign-in; the sign-in steps themselves are tested in the auth module.
 */
export async function signedIn(
  t: Pick<TestApp, 'app' | 'db'>,
  user: { id: string; organizationId: string },
): Promise<Client> {
  const client = new Client(t.app);
  const fakeReq = {
    ip: '127.0.0.1',
    headers: { 'user-agent': 'test' },
  } as unknown as import('fastify').FastifyRequest;
  const token = await createSession(
    t.db,
    { id: user.id, organization_id: user.organizationId },
    'full',
    fakeReq,
  );
  client.cookie = `mamori_session=${token}`;
  await client.refreshCsrf();
  if (!client.csrf) throw new Error(`session ${sessionIdOf(token)} did not resolve`);
  return client;
}

/** The audit events of an organization, oldest first. */
export async function auditEvents(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('seq')
    .execute();
}

/** The exports an organization's audit log records: which list, its book, the format and the rows. */
export async function exportEvents(db: Kysely<DB>, organizationId: string) {
  return (await auditEvents(db, organizationId))
    .filter((e) => e.event === 'records.exported')
    .map((e) => ({ type: e.target_type, id: e.target_id, ...JSON.parse(e.data) }));
}
