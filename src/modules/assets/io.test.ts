import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, exportEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { encodeCsv, toCsv } from '../../shared/csv.ts';
import { parseCsv } from '../../shared/csv-parse.ts';
import { readXlsx } from '../../shared/xlsx.ts';
import { enterSingleAxisScheme } from './fixtures.test-support.ts';

const t = testAppPerFile();

const ALL = ['classification.manage', 'assets.read', 'assets.read_all', 'assets.manage', 'assets.classify'];
const HEADER = ['資産番号', '名称', '種類', '所管課', '管理責任者', '保存場所', '重要性', '個人情報', '備考'];

async function setup() {
  const org = await makeOrg(t.db);
  const u = await makeUser(t.db, org, { functions: ALL });
  const c = await signedIn(t, u);
  await enterSingleAxisScheme(c);
  await c.post('/api/asset-locations', { name: '書庫', lockable: true, offsite: false });
  await c.post('/api/asset-locations', { name: '棚', lockable: false, offsite: false });
  return { org, u, c };
}

const send = (
  c: Awaited<ReturnType<typeof setup>>['c'],
  bytes: Buffer,
  encoding: 'utf8' | 'sjis',
  dryRun: boolean,
) => c.post('/api/assets/import', { content: bytes.toString('base64'), encoding, dryRun });

describe('CSV import and export', () => {
  test('the CSV parser handles quotes, doubled quotes, line breaks in fields, CRLF and a BOM', () => {
    assert.deepEqual(parseCsv('\ufeffa,b\r\n"x,1","say ""hi""\r\nnext"\r\n\r\nlast,\n'), [
      ['a', 'b'],
      ['x,1', 'say "hi"\r\nnext'],
      [],
      ['last', ''],
    ]);
  });

  test('a dry run names each bad row and field; an import with errors writes nothing', async () => {
    const { org, u, c } = await setup();
    const other = await makeOrg(t.db);
    const stranger = await makeUser(t.db, other);
    const rows = [
      ['K-1', '良い行', '電子情報', '総務課', u.loginId, '書庫', 'I', '有', ''],
      ['K-2', '区分違い', '電子情報', '総務課', '', '', 'IV', '無', ''],
      ['K-3', '外部の人', '紙文書', '総務課', stranger.loginId, '', 'II', '無', ''],
      ['K-4', '棚にII', '媒体', '総務課', '', '棚', 'II', '無', ''],
      ['K-1', '番号重複', '電子情報', '総務課', '', '', 'III', '無', ''],
    ];
    const csv = encodeCsv(toCsv(HEADER, rows), 'utf8');
    const dry = await send(c, csv, 'utf8', true);
    assert.equal(dry.statusCode, 200, dry.body);
    const errs = dry.json().errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`);
    assert.deepEqual(errs, ['3:重要性', '4:管理責任者', '5:保存場所', '6:資産番号']);
    assert.match(dry.json().errors[0].message, /3 行目「重要性」/);
    const en = await c.request(
      'POST',
      '/api/assets/import',
      { content: csv.toString('base64'), encoding: 'utf8', dryRun: true },
      { 'accept-language': 'en' },
    );
    assert.match(en.json().errors[0].message, /Row 3, “重要性”: level “IV” is not in axis “重要性”/);
    const real = await send(c, csv, 'utf8', false);
    assert.equal(real.statusCode, 400);
    assert.equal(real.json().error.fields[0].field, '3:重要性');
    assert.equal(
      (await t.db.selectFrom('assets').select('id').where('organization_id', '=', org.id).execute()).length,
      0,
    );
    assert.ok(!(await auditEvents(t.db, org.id)).some((e) => e.event === 'assets.imported'));
  });

  test('Shift_JIS round trip: import, export in Shift_JIS and UTF-8 BOM, and xlsx, keep every value', async () => {
    const { org, u, c } = await setup();
    const rows = [
      [
        'J-1',
        '髙橋さんの監査資料～',
        '電子情報',
        '総務課',
        u.loginId,
        '書庫',
        'I',
        '有',
        '備考, "引用" 付き',
      ],
      ['J-2', 'ＵＳＢメモリ①', '媒体', '総務課', '', '', 'III', '無', ''],
      ['J-3', 'J-2 の中身', '電子情報', '総務課', '', '', 'II', '無', ''],
    ];
    const sjis = iconv.encode(toCsv(HEADER, rows), 'cp932');
    const r = await send(c, sjis, 'sjis', false);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().imported, 3);
    const ev = (await auditEvents(t.db, org.id)).find((e) => e.event === 'assets.imported');
    assert.deepEqual(JSON.parse(ev?.data ?? '{}').assetNos, ['J-1', 'J-2', 'J-3']);
    assert.equal(ev?.target_type, 'asset_import');
    const exp = await c.get('/api/assets/export?format=csv&encoding=sjis');
    assert.match(String(exp.headers['content-type']), /Shift_JIS/);
    const table = parseCsv(iconv.decode(exp.rawPayload, 'cp932'));
    const col = (name: string) => table[0].indexOf(name);
    assert.deepEqual(
      table
        .slice(1)
        .map((row) => [
          row[col('名称')],
          row[col('重要性')],
          row[col('管理責任者')],
          row[col('備考')],
          row[col('個人情報')],
        ]),
      [
        ['髙橋さんの監査資料～', 'I', u.loginId, '備考, "引用" 付き', '有'],
        ['ＵＳＢメモリ①', 'III', '', '', '無'],
        ['J-2 の中身', 'II', '', '', '無'],
      ],
    );
    const utf = await c.get('/api/assets/export?encoding=utf8');
    assert.deepEqual([...utf.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(parseCsv(utf.rawPayload.toString('utf8'))[1][1], '髙橋さんの監査資料～');
    const x = await readXlsx((await c.get('/api/assets/export?format=xlsx')).rawPayload);
    assert.equal(x[1][1], '髙橋さんの監査資料～');
    // Every download of the register is audited: its format and the rows it held.
    assert.deepEqual(
      (await exportEvents(t.db, org.id)).map((e) => [e.type, e.id, e.book, e.format, e.count]),
      [
        ['asset', 'list', '情報資産管理台帳', 'csv-sjis', 3],
        ['asset', 'list', '情報資産管理台帳', 'csv-utf8', 3],
        ['asset', 'list', '情報資産管理台帳', 'xlsx', 3],
      ],
    );
    // The imported asset shows the import in its history.
    const id = (await c.get('/api/assets?q=監査')).json().items[0].id;
    assert.ok(
      (await c.get(`/api/assets/${id}`))
        .json()
        .history.some((h: { event: string }) => h.event === 'assets.imported'),
    );
  });

  test('an import of 1,000 rows with containers lands in one transaction and computes container classes', async () => {
    const { c } = await setup();
    const rows = [['BOX', '保存箱', '媒体', '総務課', '', '書庫', 'III', '無', '']];
    for (let i = 0; i < 1000; i++)
      rows.push([
        `N-${String(i).padStart(5, '0')}`,
        `文書 ${i} 委託`,
        '紙文書',
        '総務課',
        '',
        '',
        i === 500 ? 'I' : 'III',
        '無',
        '',
      ]);
    const header = [...HEADER, '格納先'];
    const csv = encodeCsv(
      toCsv(
        header,
        rows.map((r, i) => [...r, i === 0 ? '' : 'BOX']),
      ),
      'utf8',
    );
    const r = await send(c, csv, 'utf8', false);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().imported, 1001);
    const box = (await c.get('/api/assets?q=保存箱')).json().items[0];
    assert.equal(box.computedLabel, '重要性I');
  });

  test('403 for import without assets.manage', async () => {
    const { org } = await setup();
    const reader = await signedIn(t, await makeUser(t.db, org, { functions: ['assets.read'] }));
    const r = await send(reader, Buffer.from('a'), 'utf8', true);
    assert.equal(r.statusCode, 403);
    assert.match(r.json().error.message, /「情報資産の登録・変更」/);
  });
});
