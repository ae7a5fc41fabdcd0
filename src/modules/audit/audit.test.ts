import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { appendUnitEvent, forgeEvent } from '../../../test/support/audit-log.ts';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { exportEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { hasMessage } from '../../i18n/index.ts';
import { exportAudit, verifyExport } from './export.ts';
import { verifyChains } from './queries.ts';
import { auditEntry, recordAudit, recordAudits } from './service.ts';

const t = testAppPerFile();

describe('audit log', () => {
  test('events chain by hash per organization and verify', async () => {
    const org = await makeOrg(t.db);
    const rows = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('organization_id', '=', org.id)
      .orderBy('seq')
      .execute();
    assert.ok(rows.length >= 2);
    for (let i = 1; i < rows.length; i++) {
      assert.equal(rows[i].prev_hash, rows[i - 1].hash);
      assert.equal(Number(rows[i].seq), Number(rows[i - 1].seq) + 1);
    }
    const r = await verifyChains(t.db, org.id);
    assert.equal(r.ok, true);
    assert.equal(r.count, rows.length);
  });

  test('the database itself refuses UPDATE and DELETE on audit events', async () => {
    const org = await makeOrg(t.db);
    await assert.rejects(
      t.db.updateTable('audit_events').set({ event: 'x' }).where('organization_id', '=', org.id).execute(),
      /append-only/,
    );
    await assert.rejects(
      t.db.deleteFrom('audit_events').where('organization_id', '=', org.id).execute(),
      /append-only/,
    );
  });

  test('verification names the first altered entry', async () => {
    const org = await makeOrg(t.db);
    const forged = await forgeEvent(t.db, org.id);
    const r = await verifyChains(t.db, org.id);
    assert.equal(r.ok, false);
    assert.equal(r.firstBreak?.id, forged);
    assert.equal(r.firstBreak?.reason, 'hash_mismatch');
  });

  test('concurrent appends keep one unbroken chain', async () => {
    const org = await makeOrg(t.db);
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendUnitEvent(t.db, org.actor, i)));
    const r = await verifyChains(t.db, org.id);
    assert.equal(r.ok, true, JSON.stringify(r.firstBreak));
  });

  test('entries of any text verify: the append hashes them as the verifier does', async () => {
    const org = await makeOrg(t.db);
    // Quotes, backslashes, every control character (PostgreSQL text holds no NUL), a line separator,
    // Japanese, an emoji; null fields.
    const odd = `"\\/\b\f\n\r\t${Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join('')}\u2028\u007f 監査 😀`;
    const actors = [
      { ...org.actor, label: odd, clientIp: null },
      { ...org.actor, userId: null, label: null, requestId: odd },
    ];
    for (const actor of actors)
      await t.db
        .transaction()
        .execute((trx) =>
          recordAudit(
            trx,
            actor,
            'org.unit_created',
            { type: odd, id: odd },
            { name: odd, kind: '課', parentId: null },
          ),
        );
    await t.db
      .transaction()
      .execute((trx) =>
        recordAudit(trx, org.actor, 'org.unit_created', null, { name: '', kind: '', parentId: null }),
      );
    const r = await verifyChains(t.db, org.id);
    assert.equal(r.ok, true, JSON.stringify(r.firstBreak));
    const last = await t.db
      .selectFrom('audit_events')
      .select(['actor_label', 'target_id'])
      .where('organization_id', '=', org.id)
      .where('target_type', '=', odd)
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      last.map((x) => [x.actor_label, x.target_id]),
      [
        [odd, odd],
        [null, odd],
      ],
    );
  });

  test('several events of one change append in one call, in order, and verify; concurrent batches keep one chain', async () => {
    const org = await makeOrg(t.db);
    const odd = `"\\/\b\n\t\u2028 監査 😀`;
    const unit = (i: number, name: string) =>
      auditEntry('org.unit_created', { type: 'unit', id: `b${i}` }, { name, kind: '課', parentId: null });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.db.transaction().execute((trx) =>
          recordAudits(
            trx,
            { ...org.actor, label: i % 2 ? odd : org.actor.label },
            Array.from({ length: 1 + (i % 3) }, (_, k) => unit(i, `${odd}${k}`)),
          ),
        ),
      ),
    );
    const r = await verifyChains(t.db, org.id);
    assert.equal(r.ok, true, JSON.stringify(r.firstBreak));
    const rows = await t.db
      .selectFrom('audit_events')
      .select(['target_id', 'data', 'seq'])
      .where('organization_id', '=', org.id)
      .where('target_type', '=', 'unit')
      .where('target_id', 'like', 'b%')
      .orderBy('seq')
      .execute();
    assert.equal(rows.length, 12 + 8 + 4); // 1, 2 or 3 events per change
    // A change's events are adjacent and in the order given.
    const byChange = new Map<string, { seq: number; name: string }[]>();
    for (const x of rows) {
      const list = byChange.get(x.target_id ?? '') ?? [];
      list.push({ seq: Number(x.seq), name: JSON.parse(x.data).name });
      byChange.set(x.target_id ?? '', list);
    }
    for (const list of byChange.values())
      list.forEach((e, k) => {
        assert.equal(e.name, `${odd}${k}`);
        assert.equal(e.seq, list[0].seq + k);
      });
    // A rewrite of the middle event of a batch is caught there.
    const middle = [...byChange.values()].find((l) => l.length === 3)?.[1];
    assert.ok(middle);
    const forged = await forgeEvent(t.db, org.id, middle.seq);
    const broken = await verifyChains(t.db, org.id);
    assert.equal(broken.ok, false);
    assert.equal(broken.firstBreak?.id, forged);
  });

  test('an export verifies offline with its signed digest, and a changed line is caught', async () => {
    const org = await makeOrg(t.db);
    const keys = t.ctx.keys;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-audit-'));
    const d = await exportAudit(t.db, org.id, dir, keys);
    assert.ok(d.count >= 2);
    assert.equal(verifyExport(dir).ok, true);
    const file = path.join(dir, 'events.jsonl');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('総務課', '総務部'));
    const bad = verifyExport(dir);
    assert.equal(bad.ok, false);
    assert.equal(bad.problem, 'file_hash');
    fs.rmSync(dir, { recursive: true });
  });

  test('the audit-log API filters, needs audit.read, and exports CSV in UTF-8 with BOM and Shift_JIS', async () => {
    const org = await makeOrg(t.db);
    const reader = await makeUser(t.db, org, { functions: ['audit.read'] });
    const other = await makeUser(t.db, org, { functions: [] });
    const c = await signedIn(t, reader);
    const list = await c.get('/api/audit?event=org.unit');
    assert.equal(list.statusCode, 200);
    const items = list.json().items;
    assert.ok(items.length >= 1);
    assert.ok(items.every((i: { event: string }) => i.event.startsWith('org.unit')));
    assert.equal(items[0].eventLabel, '所属作成');
    const denied = await (await signedIn(t, other)).get('/api/audit');
    assert.equal(denied.statusCode, 403);
    assert.equal(denied.json().error.code, 'common.forbidden');
    const utf8 = await c.get('/api/audit/export.csv?encoding=utf8');
    assert.deepEqual([...utf8.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(utf8.rawPayload.toString('utf8').includes('総務課'));
    const sjis = await c.get('/api/audit/export.csv?encoding=sjis');
    assert.match(String(sjis.headers['content-type']), /Shift_JIS/);
    assert.ok(iconv.decode(sjis.rawPayload, 'cp932').includes('総務課'));
    // [R-F4] Reading the log out is itself recorded: one event per file, before it is sent.
    const exported = await exportEvents(t.db, org.id);
    assert.deepEqual(
      exported.map((e) => [e.type, e.id, e.book, e.format]),
      [
        ['audit_log', 'list', '監査ログ', 'csv-utf8'],
        ['audit_log', 'list', '監査ログ', 'csv-sjis'],
      ],
    );
    assert.ok(exported.every((e) => e.count >= 1));
    const badQuery = await c.get('/api/audit?limit=9999');
    assert.equal(badQuery.statusCode, 400);
    assert.equal(badQuery.json().error.fields[0].field, 'limit');
    const verify = await c.get('/api/audit/verify');
    assert.equal(verify.json().ok, true);
    assert.match(utf8.rawPayload.toString('utf8'), /^\uFEFF?連番,日時\(JST\),操作者,イベント/);
    const en = await c.request('GET', '/api/audit/export.csv?encoding=utf8', undefined, {
      'accept-language': 'en',
    });
    assert.match(en.rawPayload.toString('utf8'), /^\uFEFF?Seq,Time \(JST\),Actor,Event/);
  });

  test('another organization’s events are never listed', async () => {
    const a = await makeOrg(t.db);
    const b = await makeOrg(t.db);
    const reader = await makeUser(t.db, a, { functions: ['audit.read'] });
    const c = await signedIn(t, reader);
    const res = await c.get(`/api/audit?targetId=${b.id}`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().items.length, 0);
  });
  test('the event filter offers every kind of event by its name in words, and filters by the one chosen', async () => {
    const org = await makeOrg(t.db);
    const reader = await makeUser(t.db, org, { functions: ['audit.read'] });
    const c = await signedIn(t, reader);
    const kinds = (await c.get('/api/audit/event-kinds')).json().items as { event: string; label: string }[];
    assert.ok(kinds.length > 50, 'the kinds of event of every module are listed');
    assert.deepEqual(
      kinds.find((k) => k.event === 'org.unit_created'),
      { event: 'org.unit_created', label: '所属作成' },
    );
    const unnamed = kinds.filter((k) => k.label === `event.${k.event}` || k.label === k.event);
    assert.deepEqual(unnamed, [], 'every kind has a name in words');
    const en = (
      await c.request('GET', '/api/audit/event-kinds', undefined, { 'accept-language': 'en' })
    ).json().items;
    assert.notEqual(en.find((k: { event: string }) => k.event === 'org.unit_created').label, '所属作成');
    const chosen = (await c.get('/api/audit?event=org.unit_created')).json().items as { event: string }[];
    assert.ok(chosen.length >= 1 && chosen.every((i) => i.event === 'org.unit_created'));
    const other = await makeUser(t.db, org, { functions: [] });
    assert.equal((await (await signedIn(t, other)).get('/api/audit/event-kinds')).statusCode, 403);
  });

  test('the screen names the kind of record and the event in words, and shows no ids or function keys', async () => {
    const org = await makeOrg(t.db);
    const reader = await makeUser(t.db, org, { functions: ['audit.read'] });
    const c = await signedIn(t, reader);
    const roleId = '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b';
    await t.db
      .transaction()
      .execute((trx) =>
        recordAudit(
          trx,
          org.actor,
          'org.role_functions_set',
          { type: 'role', id: roleId },
          { role: roleId, before: ['incidents.receive'], after: ['incidents.receive', 'audit.read'] },
        ),
      );
    const items = (await c.get(`/api/audit?targetType=role&targetId=${roleId}`)).json().items as {
      targetType: string;
      targetLabel: string;
      targetId: string;
      summary: string;
    }[];
    assert.equal(items.length, 1);
    assert.equal(items[0].targetLabel, '役割');
    assert.equal(items[0].targetId, roleId, 'the id stays in the data, for the link and the CSV');
    assert.doesNotMatch(items[0].summary, /0193a2b4|incidents\.receive|audit\.read|\[/);
    assert.match(items[0].summary, /インシデント報告の受付（最初の報告先） → /);
    const kinds = (await c.get('/api/audit/target-kinds')).json().items as {
      targetType: string;
      label: string;
    }[];
    assert.deepEqual(
      kinds.find((k) => k.targetType === 'role'),
      { targetType: 'role', label: '役割' },
    );
    assert.ok(kinds.some((k) => k.targetType === 'organization' && k.label === '組織'));
    const en = (
      await c.request('GET', '/api/audit/target-kinds', undefined, { 'accept-language': 'en' })
    ).json().items;
    assert.equal(en.find((k: { targetType: string }) => k.targetType === 'role').label, 'Role');
    const csv = await c.get(`/api/audit/export.csv?targetId=${roleId}`);
    assert.match(csv.body, /0193a2b4-5c6d/, 'the CSV keeps the ids for auditors');
    const other = await makeUser(t.db, org, { functions: [] });
    assert.equal((await (await signedIn(t, other)).get('/api/audit/target-kinds')).statusCode, 403);
  });

  test('every kind of record the code audits has a name in both languages', () => {
    const found = new Set<string>();
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) {
          const text = fs.readFileSync(p, 'utf8');
          for (const call of text.matchAll(/recordAudit\(([\s\S]*?)\);/g))
            for (const m of call[1].matchAll(/\{\s*type: '([a-z_]+)'/g)) found.add(m[1]);
          // Register kit definitions name their records' kind as `target`.
          if (/kit/.test(text))
            for (const m of text.matchAll(/^ {2}target: '([a-z_]+)',$/gm)) found.add(m[1]);
        }
      }
    };
    walk(path.resolve(import.meta.dirname, '..'));
    assert.ok(found.size > 40, `${found.size} kinds found`);
    const unnamed = [...found].filter((k) => !hasMessage(`audit.target.${k}`));
    assert.deepEqual(unnamed, []);
  });
});
