// Finding 7: an insider with database access rewrote or shortened the audit log (recomputing every later
// hash and audit_heads) and nothing noticed; a signed export of the rewritten log verified too, since the
// signing key was in the same database. Now the key lives outside it and signed checkpoints pin each chain.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../../src/db/dialect.ts';
import type { DB } from '../../src/db/schema.ts';
import { entryHash } from '../../src/modules/audit/chain.ts';
import { checkpointNow } from '../../src/modules/audit/checkpoint-job.ts';
import { latestCheckpoints } from '../../src/modules/audit/checkpoints.ts';
import { exportAudit, verifyExport } from '../../src/modules/audit/export.ts';
import { verifyChains } from '../../src/modules/audit/queries.ts';
import { recordAudit } from '../../src/modules/audit/service.ts';
import { verifyAuditLog } from '../../src/modules/audit/verify-log.ts';
import { loadServerKeys } from '../../src/modules/system/keys.ts';
import { systemActor } from '../../src/shared/actor.ts';
import { onPostgres } from '../support/db.ts';
import { makeOrg, makeUser } from '../support/factories.ts';
import { signedIn, startTestApp, type TestApp } from '../support/http.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

let t: TestApp;
before(async () => {
  t = await startTestApp();
  await allowTampering(t.db);
});
after(() => t.close());

/** What an insider with the database's owner rights does first: switch off the append-only triggers. */
async function allowTampering(db: Kysely<DB>): Promise<void> {
  if (isPostgres(db)) {
    await sql`DROP TRIGGER audit_events_append_only ON audit_events`.execute(db);
    await sql`DROP TRIGGER audit_events_no_truncate ON audit_events`.execute(db);
  } else {
    await sql`DROP TRIGGER audit_events_no_update`.execute(db);
    await sql`DROP TRIGGER audit_events_no_delete`.execute(db);
  }
}

/** Edits entry `seq` and recomputes every later link and the head, so the chain itself is consistent. */
async function rewrite(db: Kysely<DB>, orgId: string, seq: number, data: string): Promise<void> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('organization_id', '=', orgId)
    .where('seq', '>=', seq - 1)
    .orderBy('seq')
    .execute();
  let prev = rows[0].hash;
  for (const r of rows.slice(1)) {
    const entry = { ...r, seq: Number(r.seq), prev_hash: prev, data: Number(r.seq) === seq ? data : r.data };
    const hash = entryHash(entry);
    await db
      .updateTable('audit_events')
      .set({ prev_hash: prev, data: entry.data, hash })
      .where('id', '=', r.id)
      .execute();
    prev = hash;
  }
  await db.updateTable('audit_heads').set({ hash: prev }).where('organization_id', '=', orgId).execute();
}

/** Deletes the entries from `seq` on and moves the head back to the one before. */
async function truncate(db: Kysely<DB>, orgId: string, seq: number): Promise<void> {
  await db.deleteFrom('audit_events').where('organization_id', '=', orgId).where('seq', '>=', seq).execute();
  const last = await db
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .where('organization_id', '=', orgId)
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('audit_heads')
    .set({ seq: last.seq, hash: last.hash })
    .where('organization_id', '=', orgId)
    .execute();
}

async function events(orgId: string, n: number): Promise<void> {
  await t.db.transaction().execute(async (trx) => {
    for (let i = 0; i < n; i++)
      await recordAudit(trx, systemActor(orgId, 'test'), 'org.settings_changed', null, {
        changes: [`n${i}`],
      } as never);
  });
}

const trust = () => ({
  checkpointDir: t.ctx.config.audit.checkpointDir,
  trustedKeys: t.ctx.keys.trustedSigningKeys,
});

/** `npm run audit:verify` against this test's database and data, as an operator runs it. */
async function cli(args: string[] = []): Promise<{ code: number; out: string }> {
  const source = t.database.source ?? {};
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MAMORI_SIGNING_KEY: path.join(t.ctx.config.dataDir, 'signing-key.pem'),
    AUDIT_CHECKPOINT_DIR: t.ctx.config.audit.checkpointDir,
  };
  if (source.sqliteFile) {
    env.DATA_DIR = path.dirname(source.sqliteFile);
    delete env.DATABASE_URL;
  } else {
    const url = new URL(source.databaseUrl as string);
    url.searchParams.set('options', `-c search_path=${source.pgSchema}`);
    env.DATABASE_URL = url.toString();
    env.DATA_DIR = t.ctx.config.dataDir;
  }
  try {
    const r = await run(process.execPath, ['src/cli/audit-verify.ts', ...args], { cwd: root, env });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

describe('the audit log against an insider', { timeout: 180_000 }, () => {
  test('the signing key is outside the database: a file of mode 0600 in DATA_DIR, no table row', async () => {
    const rows = await t.db.selectFrom('server_keys').select('name').execute();
    assert.deepEqual(
      rows.map((r) => r.name).filter((n) => n !== 'encryption'),
      [],
      'no signing key in the database',
    );
    const file = path.join(t.ctx.config.dataDir, 'signing-key.pem');
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.match(fs.readFileSync(file, 'utf8'), /BEGIN PRIVATE KEY/);
  });

  test('a rewritten entry with every later hash and the head recomputed is caught by the checkpoint, naming the organization', async () => {
    const victim = await makeOrg(t.db, '改ざん対象組合');
    const bystander = await makeOrg(t.db, '無関係組合');
    await events(victim.id, 5);
    await events(bystander.id, 3);
    assert.ok((await checkpointNow(t.ctx)) >= 2, 'checkpoints written');
    await events(victim.id, 3);
    assert.equal((await verifyAuditLog(t.db, t.database.source, trust())).ok, true, 'intact before');

    await rewrite(t.db, victim.id, 3, JSON.stringify({ changes: ['nothing happened'] }));
    assert.equal((await verifyChains(t.db, victim.id)).ok, true, 'the chain alone no longer shows it');
    const r = await verifyAuditLog(t.db, t.database.source, trust());
    assert.equal(r.ok, false);
    assert.deepEqual(
      r.checkpoints.problems.map((p) => [p.organizationCode, p.kind]),
      [[victim.code, 'rewritten']],
    );

    const auditor = await signedIn(t, await makeUser(t.db, victim, { functions: ['audit.read'] }));
    const api = (await auditor.get('/api/audit/verify')).json();
    assert.equal(api.ok, false);
    assert.match(api.message, /書き換えられています/);
    const other = await signedIn(t, await makeUser(t.db, bystander, { functions: ['audit.read'] }));
    assert.equal(
      (await other.get('/api/audit/verify')).json().ok,
      true,
      'another organization is unaffected',
    );

    const c = await cli();
    assert.equal(c.code, 1, c.out);
    assert.match(c.out, new RegExp(`${victim.code}.*rewritten`));
  });

  test('deleting the last entries (and moving the head back) is caught as truncated', async () => {
    const org = await makeOrg(t.db, '削除対象組合');
    await events(org.id, 6);
    await checkpointNow(t.ctx);
    const head = await t.db
      .selectFrom('audit_heads')
      .select('seq')
      .where('organization_id', '=', org.id)
      .executeTakeFirstOrThrow();
    await truncate(t.db, org.id, Number(head.seq) - 2);
    assert.equal((await verifyChains(t.db, org.id)).ok, true, 'the chain alone no longer shows it');
    const r = await verifyAuditLog(t.db, t.database.source, trust(), org.id);
    assert.deepEqual(
      r.checkpoints.problems.map((p) => [p.organizationCode, p.kind, p.seq]),
      [[org.code, 'truncated', Number(head.seq)]],
    );
    const c = await cli(['--org', org.code]);
    assert.equal(c.code, 1);
    assert.match(c.out, new RegExp(`${org.code}.*truncated`));
  });

  test('a signed export of a rewritten log does not verify against the checkpoint or the server key', async () => {
    const org = await makeOrg(t.db, '輸出組合');
    await events(org.id, 4);
    await checkpointNow(t.ctx);
    await rewrite(t.db, org.id, 2, JSON.stringify({ changes: ['forged'] }));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-export-'));
    try {
      await exportAudit(t.db, org.id, dir, t.ctx.keys);
      const checkpoint = latestCheckpoints(t.ctx.config.audit.checkpointDir, t.ctx.keys.trustedSigningKeys, [
        org.id,
      ]).latest.get(org.id);
      const check = verifyExport(dir, { trustedKeys: t.ctx.keys.trustedSigningKeys, checkpoint });
      assert.equal(check.ok, false);
      assert.equal(check.problem, 'rewritten');
      // The insider signs with a key of their own: not the server's.
      const digestFile = path.join(dir, 'digest.json');
      const digest = JSON.parse(fs.readFileSync(digestFile, 'utf8'));
      const mine = generateKeyPairSync('ed25519');
      digest.publicKeyPem = mine.publicKey.export({ type: 'spki', format: 'pem' });
      const part = Buffer.from(
        JSON.stringify([
          digest.format,
          digest.organizationId,
          digest.organizationCode,
          digest.exportedAt,
          digest.count,
          digest.lastSeq,
          digest.lastHash,
          digest.fileSha256,
          digest.publicKeyPem,
        ]),
      );
      digest.signature = sign(null, part, mine.privateKey).toString('base64');
      fs.writeFileSync(digestFile, JSON.stringify(digest));
      assert.equal(verifyExport(dir).ok, true, 'consistent with its own key');
      assert.equal(
        verifyExport(dir, { trustedKeys: t.ctx.keys.trustedSigningKeys }).problem,
        'untrusted_key',
      );
      const c = await cli(['--file', dir]);
      assert.equal(c.code, 1);
      assert.match(c.out, /untrusted_key/);
      // And the server refuses to sign a log that fails its checkpoint.
      const refused = await cli(['--export', path.join(dir, 'again'), '--org', org.code]);
      assert.equal(refused.code, 1);
      assert.match(refused.out, /署名しません|not signed/);
      assert.ok(!fs.existsSync(path.join(dir, 'again', 'digest.json')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an edited checkpoint line is reported, and unchanged chains get no new checkpoint the same day', async () => {
    const org = await makeOrg(t.db, '点検組合');
    await events(org.id, 2);
    await checkpointNow(t.ctx);
    assert.equal(await checkpointNow(t.ctx), 0, 'nothing moved: nothing written');
    const dir = t.ctx.config.audit.checkpointDir;
    const file = path.join(dir, fs.readdirSync(dir).sort().at(-1) as string);
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    const i = lines.findIndex((l) => l.includes(org.id));
    const forged = JSON.parse(lines[i]);
    forged.seq += 1;
    fs.appendFileSync(file, `${JSON.stringify(forged)}\n`);
    const r = await verifyAuditLog(t.db, t.database.source, trust(), org.id);
    assert.deepEqual(
      r.checkpoints.problems.map((p) => p.kind),
      ['untrusted_checkpoint'],
    );
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  });

  test('a key stored in the database by an earlier version is retired: removed from the table, its exports still verify', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-legacy-'));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-export-'));
    try {
      const old = generateKeyPairSync('ed25519');
      const legacy = {
        privatePem: old.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        publicPem: old.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      };
      await t.db
        .insertInto('server_keys')
        .values({ name: 'signing', value: JSON.stringify(legacy), created_at: new Date().toISOString() })
        .execute();
      const org = await makeOrg(t.db);
      await exportAudit(t.db, org.id, out, {
        signingPrivatePem: legacy.privatePem,
        signingPublicPem: legacy.publicPem,
      });
      const keys = await loadServerKeys(t.db, { dataDir, audit: { signingKey: undefined } });
      const row = await t.db
        .selectFrom('server_keys')
        .select('name')
        .where('name', '=', 'signing')
        .executeTakeFirst();
      assert.equal(row, undefined, 'the stored key is gone from the table');
      assert.notEqual(
        keys.signingPublicPem,
        legacy.publicPem,
        'a new key, outside the database, signs from now on',
      );
      assert.equal(
        verifyExport(out, { trustedKeys: keys.trustedSigningKeys }).ok,
        true,
        'old exports still verify',
      );
      // MAMORI_SIGNING_KEY as the key itself.
      const fromEnv = await loadServerKeys(t.db, {
        dataDir,
        audit: { signingKey: legacy.privatePem.replace(/\n/g, '\\n') },
      });
      assert.equal(fromEnv.signingPublicPem, legacy.publicPem);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

if (onPostgres) console.log('audit tamper tests on PostgreSQL');
