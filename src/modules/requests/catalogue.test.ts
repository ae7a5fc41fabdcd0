import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg } from '../../../test/support/factories.ts';
import { auditEvents, testAppPerFile } from '../../../test/support/http.ts';
import { readXlsx } from '../../shared/xlsx.ts';
import { allFunctions } from '../org/functions.ts';
import { catalogueEntry } from './catalogue.ts';
import { addType, decideAs, file, person } from './testkit.ts';

const t = testAppPerFile();

/**
 * Files a catalogue type as a person without any role, checks that nothing is granted until the
 * holder of the type's function decides, and returns the record it wrote.
 */
async function flow(key: string, values: Record<string, unknown>, assetClass?: string) {
  const org = await makeOrg(t.db);
  const entry = catalogueEntry(key);
  assert.ok(entry);
  const typeId = await addType(t, org, key);
  const staff = await person(t, org);
  const fn = entry.type.definition.chain[0].function;
  const outsider = await person(t, org, ['requests.approve.exception_not_this']);
  const approver = await person(t, org, [fn]);
  const approver2 = entry.type.definition.chain[0].mode === 'all' ? await person(t, org, [fn]) : null;
  const id = await file(staff.c, typeId, values, assetClass);
  assert.equal((await staff.c.get(`/api/requests/${id}`)).json().status, 'pending');
  const denied = await decideAs(outsider.c, id);
  assert.equal(denied.statusCode, 403);
  const label = allFunctions().find((f) => f.key === fn)?.ja ?? fn;
  assert.ok(denied.json().error.message.includes(`「${label}」`), denied.body);
  assert.equal((await decideAs(approver.c, id)).statusCode, 200);
  if (approver2) assert.equal((await decideAs(approver2.c, id)).statusCode, 200);
  const d = (await staff.c.get(`/api/requests/${id}`)).json();
  assert.ok(['approved', 'closed'].includes(d.status), d.status);
  assert.equal(d.clausePath, null, 'a template never carries the sample policy’s clause into another body');
  const records = await t.db.selectFrom('request_records').selectAll().where('request_id', '=', id).execute();
  assert.equal(records.length, 1);
  assert.equal(records[0].kind, entry.type.recordKind);
  const events = (await auditEvents(t.db, org.id)).map((e) => e.event);
  assert.ok(events.includes('requests.record_written'));
  const fields = Object.fromEntries(
    (JSON.parse(records[0].fields) as { key: string; value: string }[]).map((f) => [f.key, f.value]),
  );
  return { record: records[0], fields, staff, org };
}

const purpose = '業務のため';

describe('catalogue types', () => {
  test('[R-E5] bring-in is recorded in the take-out / bring-in register', async () => {
    const { record, fields } = await flow('bring_in_001', {
      device: 'USBメモリ 登録番号12',
      bring_in_date: '2026-07-01',
      purpose,
    });
    assert.equal(record.kind, 'carry');
    assert.equal(fields.device, 'USBメモリ 登録番号12');
  });
  test('[R-B9] e-mailing I/II information outside needs permission with encryption', async () => {
    const { fields } = await flow(
      'external_email_001',
      {
        asset: 'A-9',
        to_address: 'x@example.jp',
        send_date: '2026-07-01',
        safeguards: ['添付ファイルを暗号化した', 'パスワードは別の経路で伝える'],
        purpose,
      },
      '重要性I',
    );
    assert.match(fields.safeguards, /暗号化/);
  });
  test('[R-B10] transporting I/II assets needs permission', async () => {
    const { fields } = await flow(
      'transport_001',
      { asset: 'A-2', transport_date: '2026-07-02', destination: '長門支所', protection: '暗号化', purpose },
      '重要性II',
    );
    assert.equal(fields.protection, '暗号化');
  });
  test('[R-B11] providing I/II information to outsiders needs permission', async () => {
    const { record } = await flow(
      'external_provision_001',
      {
        asset: 'A-3',
        recipient: '委託業者',
        provide_date: '2026-07-03',
        safeguards: ['暗号化またはパスワード設定', '提供範囲を必要最小限にした'],
        purpose,
      },
      '重要性II',
    );
    assert.equal(record.asset_class, '重要性II');
  });
  test('[R-B12] disposal produces a record with date, person, method, certificate', async () => {
    const { record, fields, staff } = await flow('disposal_001', {
      asset: 'PC-17',
      disposal_date: '2026-07-10',
      handler: '山口 太郎',
      method: '委託先による消去',
      contractor: '清掃リサイクル社',
      certificate: '証明書 R8-031',
    });
    assert.equal(record.occurred_on, '2026-07-10');
    assert.deepEqual(
      [fields.handler, fields.method, fields.certificate],
      ['山口 太郎', '委託先による消去', '証明書 R8-031'],
    );
    const csv = await staff.c.get('/api/requests/records/export?kind=disposal&format=csv');
    assert.equal(csv.statusCode, 200);
    assert.equal(csv.rawPayload.subarray(0, 3).toString('hex'), 'efbbbf');
    assert.match(csv.body, /日時,担当者,対象機器・媒体/);
    assert.match(csv.body, /2026-07-10,山口 太郎,PC-17/);
    const pdf = await staff.c.get('/api/requests/records/export?kind=disposal&format=pdf');
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const xlsx = await staff.c.get('/api/requests/records/export?kind=disposal&format=xlsx');
    assert.equal(xlsx.statusCode, 200);
    const rows = await readXlsx(xlsx.rawPayload);
    assert.deepEqual(rows[0].slice(0, 3), ['日時', '担当者', '対象機器・媒体']);
    assert.equal(rows[1][1], '山口 太郎');
  });
  test('[R-D3] cabling changes need permission', async () => {
    const { fields } = await flow('cabling_001', {
      place: 'サーバ室',
      work: 'LAN配線の増設',
      work_date: '2026-07-04',
      worker: '電気工事社',
    });
    assert.equal(fields.place, 'サーバ室');
  });
  test('[R-D5] external repair records whether storage was erased and the contract', async () => {
    const { fields } = await flow('repair_001', {
      asset: 'PC-3',
      vendor: '修理社',
      erased: '消去せず（守秘義務契約あり）',
      contract_ref: '契約 R8-12',
      repair_date: '2026-07-05',
    });
    assert.deepEqual([fields.erased, fields.contract_ref], ['消去せず（守秘義務契約あり）', '契約 R8-12']);
  });
  test('[R-E6] security-setting changes need the approver', async () => {
    await flow('security_setting_001', {
      setting: 'ファイアウォールの例外',
      change_date: '2026-07-06',
      purpose,
    });
  });
  test('[R-F10] device modification needs both approvers', async () => {
    await flow('device_modification_001', { change: 'メモリ増設', purpose });
  });
  test('[R-F11] connecting a device to the network needs permission', async () => {
    await flow('network_connection_001', {
      device: '複合機',
      network: 'LGWAN接続系',
      connect_date: '2026-07-07',
      purpose,
    });
  });
  test('[R-F23] introducing a system is discussed beforehand', async () => {
    const { record } = await flow('system_introduction_003', {
      system: '電子申請',
      planned_date: '2026-10-01',
      purpose,
    });
    assert.equal(record.kind, 'system_consultation');
  });
  test('[R-H5] cloud use needs a reliability evaluation', async () => {
    const org = await makeOrg(t.db);
    const typeId = await addType(t, org, 'cloud_use_001');
    const staff = await person(t, org);
    const bad = await staff.c.post('/api/requests', {
      typeId,
      values: { service: 'X', provider: 'Y', info_class: '重要性III', purpose },
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      bad
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
      ['values.evaluation', 'values.evaluation_note'],
    );
    const { fields } = await flow('cloud_use_001', {
      service: 'オンライン会議',
      provider: '事業者A',
      info_class: '重要性III',
      evaluation: [
        'ISMAP 等の認証・監査報告を確認した',
        'データの保存場所と準拠法を確認した',
        '契約終了時のデータ返却・消去を確認した',
      ],
      evaluation_note: 'ISMAP 登録済み',
      purpose,
    });
    assert.equal(fields.evaluation_note, 'ISMAP 登録済み');
  });
  test('[R-A9] a 推進員 reports a network connection to the network administrator', async () => {
    const { record } = await flow('network_notice_003', {
      device: '会議室PC',
      place: '2階会議室',
      connect_date: '2026-07-08',
    });
    assert.equal(record.kind, 'network_notice');
  });
});
