import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { auditEvents, testAppPerFile } from '../../../test/support/http.ts';
import { ledgerXlsx } from '../../../test/support/ledger.ts';
import { type OrgScopedTable, rowInOrgOrThrow, rowsInOrg } from '../../db/rows-in-org.ts';
import { countInOrg, errorCells, importOrg, inspect, run } from './testkit.ts';

const t = testAppPerFile();

const imported = async (orgId: string) =>
  (await auditEvents(t.db, orgId)).filter((e) => e.event === 'imports.completed');
const count = (table: OrgScopedTable, orgId: string) => countInOrg(t.db, table, orgId);

describe('register imports from Excel 台帳', () => {
  test('[R-D1] information systems and equipment: title row, merged headings, 和暦, full-width digits, blank rows', async () => {
    const { org, c } = await importOrg(t, ['systems.manage']);
    const systemsBook = (extra: ((string | null)[] | null)[], cover = false) =>
      ledgerXlsx({
        title: '情報システム台帳',
        cover,
        headings: [
          'システム名',
          '所管課',
          { group: 'システム管理者', columns: ['氏名', '職員番号'] },
          '多要素認証',
          '概要',
        ],
        rows: [
          ['住民記録システム', '総務課', '山口 太郎', '', '有', '住民基本台帳'],
          null,
          ['財務会計システム', '情報政策課', '', '１００１', '無', '予算・決算'],
          ...extra,
        ],
      });
    const systems = systemsBook([['文書管理システム', '存在しない課', '', '', 'たぶん', ''], null], true);
    const found = await inspect(c, 'systems.systems', systems.xlsx, { sheet: '台帳' });
    assert.deepEqual(found.sheets, ['表紙', '台帳']);
    assert.equal(found.headingRow, systems.headingRow);
    assert.deepEqual(found.headings.map((h: { text: string }) => h.text).slice(0, 4), [
      'システム名',
      '所管課',
      'システム管理者・氏名',
      'システム管理者・職員番号',
    ]);
    assert.equal(found.mapping.name, 1);
    assert.equal(found.mapping.ownerUnitId, 2);
    assert.equal(found.rowCount, 3);
    // Both 氏名 and 職員番号 name the administrator: the first wins, the importer may choose the other.
    const mapping = { ...found.mapping, administratorUserId: 3 };
    const dry = await run(c, 'systems.systems', systems.xlsx, { dryRun: true, mapping, sheet: '台帳' });
    assert.equal(dry.statusCode, 200, dry.body);
    assert.equal(dry.json().valid, false);
    const bad = systems.rowOf[2];
    assert.deepEqual(errorCells(dry.json()), [`${bad}:B`, `${bad}:E`]);
    assert.match(
      dry.json().errors[0].message,
      new RegExp(`${bad} 行目 B列「所管課」: 「存在しない課」が見つかりません`),
    );
    const refused = await run(c, 'systems.systems', systems.xlsx, { mapping, sheet: '台帳' });
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().error.code, 'imports.invalid');
    assert.equal(await count('information_systems', org.id), 0);
    assert.equal((await imported(org.id)).length, 0);

    const fixed = systemsBook([]);
    const byNumber = { ...mapping, administratorUserId: 4 };
    const dryNumber = await run(c, 'systems.systems', fixed.xlsx, { dryRun: true, mapping: byNumber });
    assert.deepEqual(errorCells(dryNumber.json()), []);
    const ok = await run(c, 'systems.systems', fixed.xlsx, { mapping: { ...mapping } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().imported, 2);
    const rows = await rowsInOrg(t.db, 'information_systems', org.id, {}, '*', ['name']);
    assert.deepEqual(
      rows.map((r) => [r.name, r.mfa]),
      [
        ['住民記録システム', 1],
        ['財務会計システム', 0],
      ],
    );
    const events = await imported(org.id);
    assert.equal(events.length, 1);
    const data = JSON.parse(events[0].data);
    assert.equal(data.register, 'systems.systems');
    assert.equal(data.fileName, '台帳.xlsx');
    assert.equal(data.created, 2);
    // No audit event per record: the import is one event.
    assert.equal(
      (await auditEvents(t.db, org.id)).filter((e) => e.event === 'systems.system_created').length,
      0,
    );
    // The mapping is remembered for next year's file.
    const again = await inspect(c, 'systems.systems', fixed.xlsx);
    assert.equal(again.remembered, true);
    assert.equal(again.mapping.administratorUserId, 3);

    const equipmentBook = (extra: ((string | null)[] | null)[]) =>
      ledgerXlsx({
        title: '機器台帳',
        headings: ['機器名', '種別', '管理番号', '情報システム', '設置場所', '保守間隔(日)', 'UPS'],
        rows: [
          ['基幹サーバ１号機', 'サーバー', 'ＳＶ－００１', '住民記録システム', 'サーバ室', '９０', '○'],
          ...extra,
        ],
      });
    const equipment = equipmentBook([
      null,
      ['庁内スイッチ', 'ネットワーク機器', 'NW-002', '', 'サーバ室', '', '×'],
      ['複合機', 'プリンタ', 'PR-003', '未登録システム', '２階', '三十', ''],
    ]);
    const dryEq = await run(c, 'systems.equipment', equipment.xlsx, { dryRun: true });
    const r3 = equipment.rowOf[2];
    assert.deepEqual(errorCells(dryEq.json()), [`${r3}:B`, `${r3}:D`, `${r3}:F`]);
    assert.equal(await count('equipment', org.id), 0);
    const okEq = await run(c, 'systems.equipment', equipmentBook([]).xlsx);
    assert.equal(okEq.statusCode, 200, okEq.body);
    const eq = await rowInOrgOrThrow(t.db, 'equipment', org.id, {});
    assert.deepEqual(
      [eq.kind, eq.asset_number, eq.maintenance_interval_days, eq.ups],
      ['server', 'SV-001', 90, 1],
    );
    assert.equal(eq.system_id, rows[0].id);
  });

  test('[R-F19] software: 和暦 and R8.4.1 and Excel date serials, licence counts in full-width digits', async () => {
    const { org, c } = await importOrg(t, ['software.manage']);
    const book = (extra: (string | number | { date: string } | null)[][]) =>
      ledgerXlsx({
        title: 'ソフトウェア台帳',
        headings: ['製品名', 'バージョン', 'メーカー', 'ライセンス数', 'サポート期限', '利用期限'],
        rows: [
          ['一太郎', '2025', 'ジャストシステム', '１２', '令和10年2月8日', 'R9.3.31'],
          null,
          ['Office', 'LTSC 2021', 'Microsoft', 30, { date: '2026-10-13' }, '2027-03-31'],
          ...extra,
        ],
      });
    const bad = book([['旧ソフト', '', '', '十本', '令和8年2月30日', '平成32年1月1日']]);
    const dry = await run(c, 'software.products', bad.xlsx, { dryRun: true });
    const r = bad.rowOf[2];
    assert.deepEqual(errorCells(dry.json()), [`${r}:D`, `${r}:E`, `${r}:F`]);
    assert.match(dry.json().errors[2].message, /平成32年1月1日」は平成の期間外です/);
    assert.equal(await count('software', org.id), 0);
    const ok = await run(c, 'software.products', book([]).xlsx);
    assert.equal(ok.statusCode, 200, ok.body);
    const rows = await rowsInOrg(t.db, 'software', org.id, {}, '*', ['product']);
    assert.deepEqual(
      rows.map((x) => [x.product, x.licence_count, x.support_ends_on, x.planned_use_until]),
      [
        ['Office', 30, '2026-10-13', '2027-03-31'],
        ['一太郎', 12, '2028-02-08', '2027-03-31'],
      ],
    );
  });

  test('[R-H2] vendors, their contracts and cloud services; a contract names its vendor by name', async () => {
    const { org, c } = await importOrg(t, ['vendors.manage']);
    const vendors = ledgerXlsx({
      title: '委託先一覧',
      headings: ['事業者名', '住所', '監査状況', '最終監査日'],
      rows: [
        ['株式会社ながとシステム', '長門市東深川１－２', '監査済（問題なし）', 'R7.11.20'],
        ['萩データセンター株式会社', '萩市', '未監査', ''],
      ],
    });
    const okV = await run(c, 'vendors.vendors', vendors.xlsx);
    assert.equal(okV.statusCode, 200, okV.body);
    assert.equal(await count('vendors', org.id), 2);
    // Contracts start from the body's required clause list, each unchecked, as when typed in.
    assert.equal(
      (await c.put('/api/vendors/clause-list', { clauses: ['秘密保持', '再委託の制限'] })).statusCode,
      200,
    );
    const contracts = ledgerXlsx({
      title: '委託契約一覧',
      headings: ['委託先名', '件名', '契約締結日', '満了日', '再委託'],
      rows: [
        ['株式会社ながとシステム', '住民記録システム保守業務', '令和8年4月1日', '令和9年3月31日', '無'],
        ['萩データセンター株式会社', 'データセンター利用', '2026/4/1', 'R9.3.31', '有'],
      ],
    });
    const okC = await run(c, 'vendors.contracts', contracts.xlsx);
    assert.equal(okC.statusCode, 200, okC.body);
    const contract = await rowInOrgOrThrow(t.db, 'vendor_contracts', org.id, {
      title: '住民記録システム保守業務',
    });
    assert.deepEqual(
      [contract.signed_on, contract.ends_on, contract.subcontracting],
      ['2026-04-01', '2027-03-31', 0],
    );
    assert.deepEqual(JSON.parse(contract.clauses), [
      { text: '秘密保持', present: false },
      { text: '再委託の制限', present: false },
    ]);
    const cloudBook = (extra: ((string | null)[] | null)[]) =>
      ledgerXlsx({
        title: 'クラウドサービス利用台帳',
        headings: ['サービス名', '提供事業者', '委託先', '取扱情報', 'ISMAP', '評価日'],
        rows: [
          [
            '電子申請サービス',
            'ながとクラウド',
            '株式会社ながとシステム',
            '重要性II、重要性III',
            '有',
            '令和７年１２月１日',
          ],
          ...extra,
        ],
      });
    const cloud = cloudBook([null, ['オンライン会議', 'X社', '知らない会社', '', 'はい', '']]);
    const dry = await run(c, 'vendors.cloud', cloud.xlsx, { dryRun: true });
    assert.deepEqual(errorCells(dry.json()), [`${cloud.rowOf[1]}:C`]);
    const fixed = cloudBook([]);
    const ok = await run(c, 'vendors.cloud', fixed.xlsx);
    assert.equal(ok.statusCode, 200, ok.body);
    const row = await rowInOrgOrThrow(t.db, 'cloud_services', org.id, {});
    assert.deepEqual(
      [JSON.parse(row.info_classes), row.ismap, row.evaluated_on],
      [['重要性II', '重要性III'], 1, '2025-12-01'],
    );
    assert.equal((await imported(org.id)).length, 3);
  });

  test('a Shift_JIS CSV goes through the same steps; an unclosed quote names its row and nothing is written', async () => {
    const { org, c } = await importOrg(t, ['software.manage']);
    const csv = (text: string) => ({
      fileName: 'ソフトウェア台帳.csv',
      content: iconv.encode(text, 'cp932').toString('base64'),
    });
    const good =
      'ソフトウェア台帳\r\n\r\n製品名,バージョン,ライセンス数,サポート期限\r\n一太郎,2025,１２,令和10年2月8日\r\n\r\n"花子, 2025",2025,3,R10.2.8\r\n';
    const found = await c.post('/api/imports/software.products/inspect', csv(good));
    assert.equal(found.statusCode, 200, found.body);
    assert.equal(found.json().headingRow, 3);
    assert.deepEqual(
      found.json().preview.map((r: { row: number }) => r.row),
      [4, 6],
    );
    const broken = `${good}"壊れた行,1,1,2026-01-01\r\n追加,1,1,2026-01-01\r\n`;
    const r = await c.post('/api/imports/software.products', {
      ...csv(broken),
      mapping: found.json().mapping,
      dryRun: true,
    });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.code, 'csv.unclosed_quote');
    assert.match(r.json().error.message, /7 行目/);
    const ok = await c.post('/api/imports/software.products', {
      ...csv(good),
      mapping: found.json().mapping,
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const rows = await rowsInOrg(t.db, 'software', org.id, {}, ['product', 'licence_count'], ['product']);
    assert.deepEqual(
      rows.map((x) => [x.product, x.licence_count]),
      [
        ['一太郎', 12],
        ['花子, 2025', 3],
      ],
    );
  });
});
