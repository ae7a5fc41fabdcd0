/**
 * The limit: a bare node:http server answering the benchmark's endpoints with the same SQL on the same
 * database, with no framework, session, CSRF or authorization. The organization and user come in
 * headers (x-org, x-user). Run as a child process: DATA_DIR or DATABASE_URL, PORT.
 */
import http from 'node:http';
import path from 'node:path';
import { openDatabase } from '../src/db/connect.ts';
import { dashboard } from '../src/modules/dashboard/counts.ts';
import { approve, detail, openRaw, registerPage, search, submit } from './queries.ts';

const db = openRaw({ dataDir: process.env.DATA_DIR, databaseUrl: process.env.DATABASE_URL });
const port = Number(process.env.PORT ?? 3999);
// The dashboard's limit is the module's own function (a dozen count queries) through Kysely, without HTTP framework or session.
const kdb = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  sqliteFile: path.join(process.env.DATA_DIR ?? '.', 'mamori.db'),
});

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://x');
    const org = String(req.headers['x-org'] ?? '');
    const user = String(req.headers['x-user'] ?? '');
    let out: unknown;
    const p = url.pathname;
    if (p === '/healthz') out = { ok: true };
    else if (p === '/register')
      out = await registerPage(db, org, url.searchParams.get('kind') ?? 'information');
    else if (p === '/search') out = await search(db, org, url.searchParams.get('q') ?? '');
    else if (p.startsWith('/detail/')) out = await detail(db, org, p.slice(8));
    else if (p === '/submit' && req.method === 'POST')
      out = await submit(
        db,
        org,
        user,
        url.searchParams.get('type') ?? '',
        url.searchParams.get('asset') ?? '',
      );
    else if (p.startsWith('/approve/') && req.method === 'POST')
      out = await approve(db, org, user, p.slice(9));
    else if (p === '/dashboard') out = await dashboard(kdb.db, org);
    else {
      res.writeHead(404).end();
      return;
    }
    // Drain a request body, if any, like the app does.
    for await (const _ of req) void _;
    const body = JSON.stringify(out);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
});
server.listen(port, '127.0.0.1', () => console.log(`bare server on ${port}`));
for (const s of ['SIGTERM', 'SIGINT'] as const)
  process.on(s, () => {
    server.close();
    void db.close().then(() => process.exit(0));
  });
