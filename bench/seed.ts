/**
 * Synthetic data for the benchmark, with a fixed seed. Organizations, roles, request types and the
 * bench users go through the services (so they are exactly what the app writes); the volume (units,
 * staff, assets with their bigram rows, requests, audit events with a valid hash chain) goes in through
 * batched driver inserts in transactions.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migration.ts';
import type { DB } from '../src/db/schema.ts';
import { searchRows } from '../src/modules/assets/search.ts';
import { AUDIT_EVENT_COLUMNS, type ChainedEntry, entryHash } from '../src/modules/audit/chain.ts';
import { setPassword } from '../src/modules/auth/service.ts';
import {
  assignRole,
  createOrganization,
  createRole,
  createUnit,
  createUser,
} from '../src/modules/org/service.ts';
import { allMigrations } from '../src/modules/registry.ts';
import { catalogueEntry } from '../src/modules/requests/catalogue.ts';
import { approveFn } from '../src/modules/requests/functions.ts';
import { createType } from '../src/modules/requests/types-service.ts';
import { waitingKey } from '../src/modules/requests/waiting.ts';
import { systemActor } from '../src/shared/actor.ts';
import { type Bulk, pgBulk, type Row, sqliteBulk } from './bulk.ts';
import { Rand } from './rand.ts';

export interface Scale {
  name: string;
  organizations: number;
  units: number;
  staff: number;
  assets: number;
  requests: number;
  /** Audit events per organization (in addition to those the services write). */
  auditEvents: number;
  /** Organizations whose bench users sign in (load is spread over them). */
  benchOrgs: number;
}

export const SCALES: Record<string, Scale> = {
  large: {
    name: 'large',
    organizations: 1,
    units: 500,
    staff: 20_000,
    assets: 200_000,
    requests: 50_000,
    auditEvents: 1_000_000,
    benchOrgs: 1,
  },
  // For development: the large plan's requests (30,000 pending) over a quarter of its register.
  medium: {
    name: 'medium',
    organizations: 1,
    units: 100,
    staff: 5000,
    assets: 50_000,
    requests: 50_000,
    auditEvents: 100_000,
    benchOrgs: 1,
  },
  multi: {
    name: 'multi',
    organizations: 1000,
    units: 20,
    staff: 200,
    assets: 2000,
    requests: 50,
    auditEvents: 2500,
    benchOrgs: 16,
  },
};

/** The quick variant: a small fraction of each, for CI. */
export function quickOf(s: Scale): Scale {
  return s.organizations > 1
    ? { ...s, name: `${s.name}-quick`, organizations: 20, benchOrgs: 4 }
    : {
        ...s,
        name: `${s.name}-quick`,
        units: 50,
        staff: 1000,
        assets: 10_000,
        requests: 3000,
        auditEvents: 30_000,
      };
}

export const BENCH_PASSWORD = 'Bench-Kamome-2026!';
export const BENCH_USERS_PER_ORG = 12;
export const BENCH_FUNCTIONS = [
  'assets.read',
  'assets.read_all',
  'assets.manage',
  'dashboard.read',
  approveFn('take_out'),
];

export interface SeedInfo {
  scale: Scale;
  dialect: 'sqlite' | 'postgres';
  seconds: number;
  rows: number;
  orgs: {
    id: string;
    typeId: string;
    benchUsers: string[];
    assetIds: string[];
    assetNos: string[];
    unitIds: string[];
  }[];
}

const WORDS = [
  '監査',
  '内部監査報告書',
  '個人情報',
  '住民基本台帳',
  '会議資料',
  '予算書',
  '契約書',
  '議事録',
  '人事記録',
  '給与明細',
  '税務',
  '固定資産税',
  '国民健康保険',
  '介護保険',
  '福祉',
  '水道料金',
  '下水道',
  '廃棄物収集',
  '清掃計画',
  '施設点検',
  '防災',
  '避難所',
  '選挙人名簿',
  '戸籍',
  '住民票',
  '印鑑登録',
  '学校',
  '図書館',
  '道路台帳',
  '都市計画',
  '入札',
  '補助金',
  '監査委員',
  '情報公開',
  '文書管理',
  'ネットワーク構成図',
  'サーバ',
  'バックアップ',
  'パスワード',
  'USBメモリ',
  'ノートPC',
  '複合機',
  '申請書',
  '台帳',
  '統計',
  '苦情',
  '相談記録',
  '広報',
  '職員名簿',
  '研修',
];
const SUFFIX = ['', '（控）', '一覧', '綴り', 'データ', '原本', '写し', '（令和6年度）', '（令和7年度）'];
const KINDS = ['information', 'information', 'paper', 'paper', 'system', 'device', 'medium'] as const;
const SURNAMES = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山田',
];
const GIVEN = ['一郎', '花子', '健', '明', 'さくら', '翔太', '美咲', '大輔', '陽子', '誠'];

const EPOCH = Date.parse('2023-04-01T00:00:00Z');
const SPAN = Date.parse('2026-03-31T00:00:00Z') - EPOCH;

/** Creates the database (migrated) and fills it; returns what the benchmark needs to address it. */
export async function seed(opts: {
  scale: Scale;
  dataDir?: string;
  databaseUrl?: string;
  log?: (s: string) => void;
}): Promise<SeedInfo> {
  const { scale } = opts;
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const database: Database = await openDatabase({
    databaseUrl: opts.databaseUrl,
    sqliteFile: opts.dataDir ? path.join(opts.dataDir, 'mamori.db') : undefined,
  });
  const { db, dialect } = database;
  await migrateToLatest(db, dialect, allMigrations);
  let bulk: Bulk;
  if (dialect === 'sqlite') {
    const raw = database.sqlite?.raw;
    if (!raw) throw new Error('no sqlite handle');
    raw.exec('PRAGMA foreign_keys = OFF');
    raw.exec('PRAGMA synchronous = OFF');
    bulk = sqliteBulk(raw);
  } else {
    bulk = await pgBulk(opts.databaseUrl as string);
  }
  const rand = new Rand(20260401);
  const info: SeedInfo = { scale, dialect, seconds: 0, rows: 0, orgs: [] };
  const sysId = await db
    .transaction()
    .execute((trx) =>
      createOrganization(trx, systemActor(''), { code: 'system', name: 'mamori 運用管理', kind: 'system' }),
    );
  void sysId;
  for (let o = 0; o < scale.organizations; o++) {
    const org = await seedOrganization(db, bulk, rand, scale, o, o < scale.benchOrgs);
    info.orgs.push(org);
    if (o % 50 === 49 || o === scale.organizations - 1) {
      await bulk.flush();
      log(
        `  org ${o + 1}/${scale.organizations}: ${bulk.rows.toLocaleString()} rows, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
      );
    }
  }
  await bulk.close();
  log('  analyze');
  if (dialect === 'sqlite') database.sqlite?.raw.exec('ANALYZE');
  else {
    const c = new pg.Client({ connectionString: opts.databaseUrl });
    await c.connect();
    await c.query('VACUUM ANALYZE');
    await c.end();
  }
  await database.close();
  info.rows = bulk.rows;
  info.seconds = (performance.now() - t0) / 1000;
  return info;
}

async function seedOrganization(
  db: Kysely<DB>,
  bulk: Bulk,
  rand: Rand,
  scale: Scale,
  index: number,
  withBenchUsers: boolean,
): Promise<SeedInfo['orgs'][number]> {
  const code = `bench-${String(index).padStart(4, '0')}`;
  // Services: the organization, its top units, a bench role, the request type and the bench users.
  const svc = await db.transaction().execute(async (trx) => {
    const orgId = await createOrganization(trx, systemActor(''), { code, name: `ベンチ市${index}` });
    const actor = systemActor(orgId, 'bench');
    const typeEntry = catalogueEntry('take_out_001');
    if (!typeEntry) throw new Error('catalogue entry take_out_001 missing');
    // The bench organizations have no classification scheme: the type names no levels (every take-out
    // needs approval, as it would with the asset's class unknown), so it can be activated.
    const def = typeEntry.type.definition;
    const type0 = {
      ...typeEntry.type,
      definition: { ...def, levels: [], chain: def.chain.map(({ byLevel: _, ...s }) => s) },
    };
    const typeId = await createType.in(trx, actor, type0, {
      kind: 'catalogue',
      catalogueKey: 'take_out_001',
    });
    const topUnit = await createUnit(trx, actor, { name: '総務部', kind: '部' });
    const benchUsers: string[] = [];
    if (withBenchUsers) {
      const roleId = await createRole(trx, actor, {
        name: 'ベンチ担当',
        tier: 2,
        functions: BENCH_FUNCTIONS,
      });
      for (let i = 0; i < BENCH_USERS_PER_ORG; i++) {
        const loginId = `bench-${index}-${i}`;
        const id = await createUser(trx, actor, { loginId, displayName: `ベンチ ${i}`, unitId: topUnit });
        await setPassword(trx, actor, id, BENCH_PASSWORD, false);
        await assignRole(trx, actor, { roleId, userId: id });
        benchUsers.push(loginId);
      }
    }
    const type = await trx
      .selectFrom('request_types')
      .select('definition')
      .where('id', '=', typeId)
      .executeTakeFirstOrThrow();
    const head = await trx
      .selectFrom('audit_heads')
      .select(['seq', 'hash'])
      .where('organization_id', '=', orgId)
      .executeTakeFirstOrThrow();
    return { orgId, typeId, topUnit, definition: type.definition, head, benchUsers };
  });
  const { orgId } = svc;
  const now = () => new Date(EPOCH + rand.int(SPAN)).toISOString();

  // Units: 部 at the top, 課 below.
  const unitIds = [svc.topUnit];
  const unitCols = [
    'id',
    'organization_id',
    'parent_id',
    'name',
    'kind',
    'sort_order',
    'created_at',
    'active',
  ];
  const bu = Math.max(1, Math.round(Math.sqrt(scale.units) / 2));
  for (let i = 1; i < scale.units; i++) {
    const id = rand.id(EPOCH + i);
    const parent = i < bu ? null : (unitIds[1 + (i % Math.max(1, bu - 1))] ?? svc.topUnit);
    await bulk.add('units', unitCols, [
      id,
      orgId,
      parent,
      `${i < bu ? '部' : '課'}${i}`,
      i < bu ? '部' : '課',
      i,
      now(),
      1,
    ]);
    unitIds.push(id);
  }
  // Staff.
  const staffIds: string[] = [];
  const userCols = [
    'id',
    'organization_id',
    'login_id',
    'login_key',
    'display_name',
    'email',
    'unit_id',
    'post',
    'employment_type',
    'status',
    'created_at',
    'phone',
  ];
  for (let i = 0; i < scale.staff; i++) {
    const id = rand.id(EPOCH + 1000 + i);
    await bulk.add('users', userCols, [
      id,
      orgId,
      `s${index}-${i}`,
      `s${index}-${i}`,
      `${rand.pick(SURNAMES)} ${rand.pick(GIVEN)}`,
      null,
      rand.pick(unitIds),
      i % 20 === 0 ? '係長' : '主事',
      'regular',
      'active',
      now(),
      null,
    ]);
    staffIds.push(id);
  }
  // Audit chain: continues from the head the services left.
  let seq = Number(svc.head.seq);
  let prev = svc.head.hash;
  let clock = Date.now() - 86_400_000 * 365;
  const auditCols = [...AUDIT_EVENT_COLUMNS];
  const audit = async (event: string, targetType: string, targetId: string, data: unknown) => {
    clock += 20;
    const entry: ChainedEntry = {
      id: rand.id(clock),
      organization_id: orgId,
      seq: ++seq,
      occurred_at: new Date(clock).toISOString(),
      actor_id: rand.pick(staffIds) ?? null,
      actor_label: 'ベンチ 職員',
      event,
      target_type: targetType,
      target_id: targetId,
      data: JSON.stringify(data),
      request_id: null,
      client_ip: '127.0.0.1',
      prev_hash: prev,
    };
    const hash = entryHash(entry);
    prev = hash;
    const row: Row = auditCols.map((c) =>
      c === 'hash' ? hash : (entry as unknown as Record<string, string | number | null>)[c],
    );
    await bulk.add('audit_events', auditCols, row);
  };
  let auditLeft = scale.auditEvents;
  // Assets with their search rows (the assets module's own indexing function).
  const assetIds: string[] = [];
  const assetNos: string[] = [];
  const assetCols = [
    'id',
    'organization_id',
    'asset_no',
    'name',
    'kind',
    'owner_unit_id',
    'owner_user_id',
    'restrictions',
    'location_id',
    'backup',
    'personal_info',
    'specific_personal_info',
    'retention',
    'network_segment',
    'status',
    'draft_delete_on',
    'parent_id',
    'copied_from',
    'note',
    'computed_class',
    'import_id',
    'created_by',
    'created_at',
    'updated_at',
  ];
  for (let i = 0; i < scale.assets; i++) {
    const created = EPOCH + Math.floor((SPAN * i) / scale.assets);
    const id = rand.id(created);
    const assetNo = `A-${String(i + 1).padStart(6, '0')}`;
    const words = 1 + rand.int(2);
    let name = '';
    for (let w = 0; w <= words; w++) name += rand.pick(WORDS);
    name += rand.pick(SUFFIX);
    const note = rand.int(5) === 0 ? `${rand.pick(WORDS)}に関する${rand.pick(WORDS)}` : null;
    const kind = rand.pick(KINDS);
    const status = rand.int(20) === 0 ? 'draft' : rand.int(30) === 0 ? 'disposed' : 'registered';
    const createdAt = new Date(created).toISOString();
    const updatedAt = new Date(created + rand.int(EPOCH + SPAN - created)).toISOString();
    const owner = rand.pick(unitIds);
    await bulk.add('assets', assetCols, [
      id,
      orgId,
      assetNo,
      name,
      kind,
      owner,
      rand.pick(staffIds) ?? null,
      '[]',
      null,
      null,
      rand.int(4) === 0 ? 1 : 0,
      0,
      null,
      null,
      status,
      status === 'draft' ? '2026-06-30' : null,
      null,
      null,
      note,
      '[]',
      null,
      null,
      createdAt,
      updatedAt,
    ]);
    for (const r of searchRows(orgId, id, { asset_no: assetNo, name, note }))
      await bulk.add(
        'asset_search',
        ['organization_id', 'asset_id', 'gram'],
        [r.organization_id, r.asset_id, r.gram],
      );
    assetIds.push(id);
    assetNos.push(assetNo);
    if (auditLeft-- > 0)
      await audit('assets.created', 'asset', id, {
        assetNo,
        name,
        kind,
        status,
        ownerUnitId: owner,
        ownerUserId: null,
        copiedFrom: null,
        parentId: null,
      });
  }
  // Requests: most pending (the approve benchmark decides them), the rest decided.
  const reqCols = [
    'id',
    'organization_id',
    'type_id',
    'type_code',
    'requester_id',
    'unit_id',
    'asset_id',
    'asset_class',
    'approval_required',
    'status',
    'current_step',
    'waiting_key',
    'version',
    'field_values',
    'definition',
    'clause_path',
    'due_on',
    'returned_at',
    'step_started_at',
    'escalated_step',
    'last_reminder_on',
    'submitted_at',
    'decided_at',
    'closed_at',
  ];
  const definition = JSON.parse(svc.definition);
  for (let i = 0; i < scale.requests; i++) {
    const at = new Date(EPOCH + Math.floor((SPAN * i) / scale.requests)).toISOString();
    const id = rand.id(Date.parse(at));
    const a = rand.int(Math.max(1, assetIds.length));
    const r = rand.int(10);
    const status = r < 6 ? 'pending' : r < 9 ? 'approved' : 'rejected';
    const requester = rand.pick(staffIds) ?? null;
    const unitId = rand.pick(unitIds);
    const values = {
      asset: assetNos[a] ?? 'A-000001',
      take_out_date: '2026-06-01',
      return_due: '2026-06-03',
      destination: '本庁舎',
      purpose: '会議資料',
    };
    await bulk.add('requests', reqCols, [
      id,
      orgId,
      svc.typeId,
      'take-out',
      requester,
      unitId,
      assetIds[a] ?? null,
      null,
      1,
      status,
      0,
      waitingKey(status, definition, 0, unitId ?? null),
      1,
      JSON.stringify(values),
      svc.definition,
      '第2章/5./(1)/③/(ア)',
      null,
      null,
      at,
      // Pending ones were escalated already: the reminder sweep leaves them alone during the run.
      status === 'pending' ? 0 : null,
      null,
      at,
      status === 'pending' ? null : at,
      status === 'rejected' ? at : null,
    ]);
    if (auditLeft-- > 0)
      await audit('requests.submitted', 'request', id, {
        code: 'take-out',
        assetId: assetIds[a] ?? null,
        assetClass: null,
        approvalRequired: true,
        clausePath: '第2章/5./(1)/③/(ア)',
      });
  }
  // The rest of the log: edits of assets (their history) and sign-ins.
  while (auditLeft-- > 0) {
    if (rand.int(3) > 0 && assetIds.length) {
      const a = rand.int(assetIds.length);
      await audit('assets.updated', 'asset', assetIds[a], {
        assetNo: assetNos[a],
        changes: { note: { before: null, after: '保管場所を変更' } },
      });
    } else {
      const u = rand.pick(staffIds);
      await audit('accounts.signed_in', 'user', u, { method: 'password' });
    }
  }
  await bulk.flush();
  await db.updateTable('audit_heads').set({ seq, hash: prev }).where('organization_id', '=', orgId).execute();
  return {
    id: orgId,
    typeId: svc.typeId,
    benchUsers: svc.benchUsers,
    assetIds: assetIds.filter((_, i) => i % Math.max(1, Math.floor(assetIds.length / 2000)) === 0),
    assetNos: assetNos.filter((_, i) => i % Math.max(1, Math.floor(assetNos.length / 2000)) === 0),
    unitIds,
  };
}

/** Drops and recreates a PostgreSQL database for one scale; returns its URL. */
export async function freshPgDatabase(baseUrl: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Removes and recreates a SQLite data directory. */
export function freshDataDir(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
