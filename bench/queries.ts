/**
 * The SQL the measured endpoints run, written against the raw drivers (node:sqlite, pg) with no query
 * builder, framework, session or authorization. Used by the bare HTTP server and the in-process limit.
 * Each operation mirrors what the module runs for the endpoint (main query plus the follow-ups:
 * designation records, active scheme, history; writes in one transaction with the audit append).
 */
import path from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import pg from 'pg';
import { bigrams, normalizeForSearch } from '../src/modules/assets/search.ts';
import { entryHash } from '../src/modules/audit/chain.ts';
import { newId } from '../src/shared/ids.ts';

type P = string | number | null;
export interface RawDb {
  dialect: 'sqlite' | 'postgres';
  all(sql: string, params: P[]): Promise<Record<string, unknown>[]>;
  tx<T>(fn: (q: RawDb) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?` placeholders to `$n` for PostgreSQL. */
function dollar(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

export function openRaw(env: { dataDir?: string; databaseUrl?: string; poolSize?: number }): RawDb {
  if (env.databaseUrl) {
    const pool = new pg.Pool({ connectionString: env.databaseUrl, max: env.poolSize ?? 10 });
    const over = (c: pg.Pool | pg.PoolClient): RawDb => ({
      dialect: 'postgres',
      all: async (sql, params) => (await c.query(dollar(sql), params)).rows,
      async tx(fn) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const r = await fn(over(client));
          await client.query('COMMIT');
          return r;
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    });
    return over(pool);
  }
  const raw = new DatabaseSync(path.join(env.dataDir ?? '.', 'mamori.db'));
  raw.exec('PRAGMA journal_mode = WAL');
  raw.exec('PRAGMA synchronous = FULL');
  raw.exec('PRAGMA busy_timeout = 5000');
  raw.exec('PRAGMA cache_size = -65536');
  const cache = new Map<string, StatementSync>();
  const self: RawDb = {
    dialect: 'sqlite',
    async all(sql, params) {
      let s = cache.get(sql);
      if (!s) {
        s = raw.prepare(sql);
        cache.set(sql, s);
      }
      if (s.columns().length) return s.all(...params) as Record<string, unknown>[];
      s.run(...params);
      return [];
    },
    async tx(fn) {
      // One connection and a synchronous driver: like the app, a transaction is serialized by the process.
      raw.exec('BEGIN IMMEDIATE');
      try {
        const r = await fn(self);
        raw.exec('COMMIT');
        return r;
      } catch (e) {
        raw.exec('ROLLBACK');
        throw e;
      }
    },
    async close() {
      raw.close();
    },
  };
  return self;
}

async function scheme(db: RawDb, org: string) {
  return db.all(`select id from classification_versions where organization_id = ? and status = ? limit 1`, [
    org,
    'active',
  ]);
}

async function classes(db: RawDb, org: string, ids: string[]) {
  if (!ids.length) return [];
  return db.all(
    `select c.asset_id, c.axis_id, c.level_id, c.set_by, u.display_name as set_by_name, c.set_at, c.source, c.reason
     from asset_classes as c left join users as u on u.id = c.set_by
     where c.organization_id = ? and c.asset_id in (${ids.map(() => '?').join(',')})`,
    [org, ...ids],
  );
}

/** GET /api/assets?kind=…&sort=name */
export async function registerPage(db: RawDb, org: string, kind = 'information') {
  const rows = await db.all(
    `select a.* from assets as a where a.organization_id = ? and a.kind = ? order by a.name, a.id limit ?`,
    [org, kind, 51],
  );
  await scheme(db, org);
  await classes(
    db,
    org,
    rows.slice(0, 50).map((r) => r.id as string),
  );
  return rows.slice(0, 50);
}

/** GET /api/assets?q=… (bigram narrowing, LIKE confirmation; dense terms walk the register in order) */
export async function search(db: RawDb, org: string, q: string) {
  const term = normalizeForSearch(q);
  const grams = bigrams(term);
  const counts = new Map<string, number>();
  for (const g of grams) {
    const [r] = await db.all(
      `select count(*) as n from (select asset_id from asset_search where organization_id = ? and gram = ? limit ?) as g`,
      [org, g, 1000],
    );
    counts.set(g, Number(r.n));
  }
  const rarest = grams.reduce<string | null>(
    (b, g) => (b === null || (counts.get(g) ?? 0) < (counts.get(b) ?? 0) ? g : b),
    null,
  );
  if (rarest === null || counts.get(rarest) === 0) return [];
  const rare = (counts.get(rarest) ?? 0) < 1000;
  const gramFilter = grams
    .map(
      () =>
        'and exists (select s.asset_id from asset_search as s where s.asset_id = a.id and s.organization_id = ? and s.gram = ?)',
    )
    .join(' ');
  const gramParams = grams.flatMap((g) => [org, g]);
  // As the app: candidates in register order, confirmed in code, in growing slices until 51 are kept.
  // A rare gram gives the candidates; with every gram common, slices of keys are walked and narrowed.
  const keep: Record<string, unknown>[] = [];
  const confirm = (r: Record<string, unknown>) =>
    [r.asset_no, r.name, r.note ?? ''].some((x) => normalizeForSearch(String(x)).includes(term));
  let after: [string, string] | null = null;
  const cursor = () => (after ? 'and (a.asset_no > ? or (a.asset_no = ? and a.id > ?))' : '');
  const cursorParams = () => (after ? [after[0], after[0], after[1]] : []);
  const keySlices = !rare && db.dialect === 'postgres';
  for (let slice = keySlices ? 500 : 51; ; slice = Math.min(slice * 4, keySlices ? 4000 : 2000)) {
    let rows: Record<string, unknown>[];
    let scanned: Record<string, unknown>[];
    if (!rare && !keySlices) {
      // SQLite, every gram common: one query walks the register in order.
      rows = await db.all(
        `select a.* from assets as a where a.organization_id = ? ${gramFilter} ${cursor()}
         order by a.asset_no, a.id limit ?`,
        [org, ...gramParams, ...cursorParams(), slice],
      );
      scanned = rows;
    } else if (rare) {
      rows = await db.all(
        `select a.* from assets as a where a.organization_id = ?
           and a.id in (select asset_id from asset_search where organization_id = ? and gram = ?) ${cursor()}
         order by a.asset_no, a.id limit ?`,
        [org, org, rarest, ...cursorParams(), slice],
      );
      scanned = rows;
    } else {
      scanned = await db.all(
        `select a.id, a.asset_no from assets as a where a.organization_id = ? ${cursor()} order by a.asset_no, a.id limit ?`,
        [org, ...cursorParams(), slice],
      );
      rows = scanned.length
        ? await db.all(
            `select a.* from assets as a where a.organization_id = ? and a.id in (${scanned.map(() => '?').join(',')})
               ${gramFilter} order by a.asset_no, a.id`,
            [org, ...scanned.map((k) => String(k.id)), ...gramParams],
          )
        : [];
    }
    for (const r of rows) {
      if (confirm(r)) keep.push(r);
      if (keep.length === 51) break;
    }
    if (keep.length === 51 || scanned.length < slice) break;
    const last = scanned[scanned.length - 1];
    after = [String(last.asset_no), String(last.id)];
  }
  await scheme(db, org);
  await classes(
    db,
    org,
    keep.slice(0, 50).map((r) => r.id as string),
  );
  return keep.slice(0, 50);
}

/** GET /api/assets/:id */
export async function detail(db: RawDb, org: string, id: string) {
  const [a] = await db.all(`select * from assets where organization_id = ? and id = ?`, [org, id]);
  if (!a) return null;
  await scheme(db, org);
  const cls = await classes(db, org, [id]);
  const contents = await db.all(
    `select id, asset_no, name, kind, status, computed_class from assets where organization_id = ? and parent_id = ? order by asset_no`,
    [org, id],
  );
  const history = await db.all(
    `select seq, occurred_at, actor_label, event, data from audit_events
     where organization_id = ? and ((target_type = ? and target_id = ?)) order by seq`,
    [org, 'asset', id],
  );
  return { asset: a, classes: cls, contents, history };
}

async function appendAudit(
  db: RawDb,
  org: string,
  actor: string,
  event: string,
  target: string,
  data: unknown,
) {
  const locked = db.dialect === 'postgres' ? ' for update' : '';
  const [head] = await db.all(`select seq, hash from audit_heads where organization_id = ?${locked}`, [org]);
  const entry = {
    id: newId(),
    organization_id: org,
    seq: Number(head.seq) + 1,
    occurred_at: new Date().toISOString(),
    actor_id: actor,
    actor_label: 'bench',
    event,
    target_type: 'request',
    target_id: target,
    data: JSON.stringify(data),
    request_id: null,
    client_ip: '127.0.0.1',
    prev_hash: head.hash as string,
  };
  const hash = entryHash(entry);
  await db.all(
    `insert into audit_events (id, organization_id, seq, occurred_at, actor_id, actor_label, event, target_type, target_id, data, request_id, client_ip, prev_hash, hash)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      entry.id,
      org,
      entry.seq,
      entry.occurred_at,
      actor,
      entry.actor_label,
      event,
      entry.target_type,
      target,
      entry.data,
      null,
      entry.client_ip,
      entry.prev_hash,
      hash,
    ],
  );
  await db.all(`update audit_heads set seq = ?, hash = ? where organization_id = ?`, [entry.seq, hash, org]);
}

/** The first step's approvers as the app reads them (role assignments in force today, active people). */
async function firstStepHolders(db: RawDb, org: string, fn: string, requester: string, today: string) {
  const rows = await db.all(
    `select ra.user_id, ra.acting, u.email, u.display_name from role_assignments ra
     join role_functions rf on rf.role_id = ra.role_id join users u on u.id = ra.user_id
     join roles r on r.id = ra.role_id
     where ra.organization_id = ? and rf.function_key = ? and u.organization_id = ? and u.status = ?
       and ra.ended_at is null and (ra.valid_from is null or ra.valid_from <= ?)
       and (ra.valid_until is null or ra.valid_until >= ?)`,
    [org, fn, org, 'active', today, today],
  );
  const byUser = new Map(rows.map((r) => [r.user_id as string, r.email as string | null]));
  byUser.delete(requester);
  return [...byUser];
}

/** `n` rows of `cols` placeholders for one multi-row INSERT. */
const rowsOf = (n: number, cols: number) =>
  Array.from({ length: n }, () => `(${Array(cols).fill('?').join(', ')})`).join(', ');

/** The approvers' notices, their mails and the mails' delivery jobs: one INSERT per table, as the app writes them. */
async function notifyHolders(db: RawDb, org: string, people: [string, string | null][], link: string) {
  if (!people.length) return;
  const now = new Date().toISOString();
  const title = '承認をお願いします';
  const body = '申請が届きました。内容を確認して承認または差戻ししてください。';
  await db.all(
    `insert into notifications (id, organization_id, user_id, title, body, code, params, link, created_at, read_at)
     values ${rowsOf(people.length, 10)}`,
    people.flatMap(([user]) => [
      newId(),
      org,
      user,
      title,
      body,
      'notice.requests.approval_requested',
      '{}',
      link,
      now,
      null,
    ]),
  );
  const mails = people.filter(([, email]) => email).map(([user, email]) => ({ id: newId(), user, email }));
  if (!mails.length) return;
  await db.all(
    `insert into mail_outbox (id, organization_id, user_id, to_address, subject, body, status, created_at, sent_at, error)
     values ${rowsOf(mails.length, 10)}`,
    mails.flatMap((m) => [
      m.id,
      org,
      m.user,
      m.email as string,
      `[mamori] ${title}`,
      body,
      'pending',
      now,
      null,
      null,
    ]),
  );
  await db.all(
    `insert into jobs (id, kind, payload, run_at, priority, status, attempts, max_attempts, locked_by, locked_until, last_error, created_at, finished_at)
     values ${rowsOf(mails.length, 13)}`,
    mails.flatMap((m) => [
      newId(),
      'notifications.deliver_mail',
      JSON.stringify({ mailId: m.id }),
      now,
      5,
      'queued',
      0,
      5,
      null,
      null,
      null,
      now,
      null,
    ]),
  );
}

/**
 * POST /api/requests: the type, the asset and the active scheme, the first step's approvers; then in one
 * transaction the request, the approvers' notices (with mails and their jobs) and the audit append.
 */
export async function submit(db: RawDb, org: string, user: string, typeId: string, assetId: string) {
  const [type] = await db.all(`select * from request_types where organization_id = ? and id = ?`, [
    org,
    typeId,
  ]);
  const [asset] = await db.all(
    `select id, asset_no, computed_class from assets where organization_id = ? and id = ?`,
    [org, assetId],
  );
  await scheme(db, org);
  const fn = (JSON.parse(type.definition as string) as { chain?: { function: string }[] }).chain?.[0]
    ?.function;
  const id = newId();
  const now = new Date().toISOString();
  await db.tx(async (t) => {
    const holders = fn ? await firstStepHolders(t, org, fn, user, now.slice(0, 10)) : [];
    await t.all(
      `insert into requests (id, organization_id, type_id, type_code, requester_id, unit_id, asset_id, asset_class, approval_required,
         status, current_step, version, field_values, definition, clause_path, step_started_at, submitted_at)
       values (?, ?, ?, ?, ?, null, ?, ?, 1, 'pending', 0, 1, ?, ?, ?, ?, ?)`,
      [
        id,
        org,
        typeId,
        type.code as string,
        user,
        (asset?.id as string) ?? null,
        (asset?.computed_class as string) ?? null,
        JSON.stringify({ asset: asset?.id ?? assetId }),
        type.definition as string,
        null,
        now,
        now,
      ],
    );
    await notifyHolders(t, org, holders, `/requests/${id}`);
    await appendAudit(t, org, user, 'requests.submitted', id, { code: type.code });
  });
  return { id };
}

/** POST /api/requests/:id/decisions (approve, single-step chain): claim, decision, audit, final status. */
export async function approve(db: RawDb, org: string, user: string, id: string) {
  return db.tx(async (t) => {
    const [r] = await t.all(`select * from requests where organization_id = ? and id = ?`, [org, id]);
    if (r?.status !== 'pending') return { status: 'conflict' };
    await t.all(`select id from request_decisions where request_id = ? and step = ? and user_id = ?`, [
      id,
      0,
      user,
    ]);
    await t.all(
      `update requests set version = ? where id = ? and organization_id = ? and version = ? and status = ?`,
      [Number(r.version) + 1, id, org, Number(r.version), 'pending'],
    );
    const now = new Date().toISOString();
    await t.all(
      `insert into request_decisions (id, organization_id, request_id, step, user_id, user_label, function_key, acting, decision, comment, decided_at)
       values (?, ?, ?, 0, ?, 'bench', 'requests.approve.take_out', 0, 'approve', null, ?)`,
      [newId(), org, id, user, now],
    );
    await appendAudit(t, org, user, 'requests.decided', id, { decision: 'approve' });
    await t.all(`update requests set status = 'approved', decided_at = ? where id = ?`, [now, id]);
    await appendAudit(t, org, user, 'requests.approved', id, {});
    return { status: 'approved' };
  });
}
