import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeUser } from '../../../test/support/factories.ts';
import { auditEvents, testAppPerFile } from '../../../test/support/http.ts';
import { ledgerXlsx } from '../../../test/support/ledger.ts';
import {
  rowInOrg,
  rowInOrgOrThrow,
  rowsInOrg,
  rowsWhere,
  rowWhere,
  rowWhereOrThrow,
} from '../../db/rows-in-org.ts';
import { enterSingleAxisScheme } from '../assets/fixtures.test-support.ts';
import { countInOrg, errorCells, importOrg, refusedWhole, run } from './testkit.ts';

const t = testAppPerFile();

const events = async (orgId: string, name: string) =>
  (await auditEvents(t.db, orgId)).filter((e) => e.event === name);

describe('imports of assets, staff, attendance and last year’s self-assessment', () => {
  test('[R-B1] the information asset register from Excel: classes, owners by name, 和暦, full-width numbers', async () => {
    const { org, c } = await importOrg(t, ['assets.manage', 'classification.manage', 'assets.read_all']);
    await enterSingleAxisScheme(c);
    assert.equal(
      (await c.post('/api/asset-locations', { name: '書庫', lockable: true, offsite: false })).statusCode,
      200,
    );
    const book = (rows: (string | null)[][]) =>
      ledgerXlsx({
        title: '情報資産管理台帳（令和8年度）',
        headings: [
          '管理番号',
          '資産名',
          '種類',
          '担当課',
          '管理者',
          '保管場所',
          '重要性',
          '個人情報',
          '下書き削除予定日',
        ],
        rows: rows.map((r) => (r[0] === null ? null : r)),
      });
    const bad = book([
      ['Ａ－００１', '住民基本台帳データ', '電子情報', '総務課', '山口 太郎', '書庫', 'I', '有', ''],
      [null],
      ['A-002', '会議録', '紙文書', '総務課', '１００１', '', 'III', '無', ''],
      ['A-003', '古い資料', '紙文書', '総務課', '知らない人', '', 'IV', '無', '令和8年13月1日'],
      ['A-001', '番号重複', '電子情報', '総務課', '', '', 'III', '無', ''],
    ]);
    const dry = await run(c, 'assets', bad.xlsx, { dryRun: true });
    assert.equal(dry.statusCode, 200, dry.body);
    const [, , r3, r4] = bad.rowOf;
    assert.deepEqual(errorCells(dry.json()), [`${r3}:I`, `${r4}:A`]);
    await refusedWhole(t, c, 'assets', bad.xlsx, { table: 'assets', organizationId: org.id });
    assert.equal((await events(org.id, 'imports.completed')).length, 0);
    // Date fixed, the duplicate removed; the owner, level and storage checks run as in the CSV import.
    const fixed = book([
      ['Ａ－００１', '住民基本台帳データ', '電子情報', '総務課', '山口 太郎', '書庫', 'I', '有', ''],
      [null],
      ['A-002', '会議録', '紙文書', '総務課', '１００１', '', 'III', '無', ''],
      ['A-003', '古い資料', '紙文書', '総務課', '知らない人', '', 'IV', '無', 'R8.12.1'],
    ]);
    const dry2 = await run(c, 'assets', fixed.xlsx, { dryRun: true });
    const r3b = fixed.rowOf[2];
    assert.deepEqual(errorCells(dry2.json()), [`${r3b}:E`, `${r3b}:G`]);
    assert.match(dry2.json().errors[0].message, new RegExp(`${r3b} 行目 E列「管理責任者」`));
    const ok = await run(
      c,
      'assets',
      book([
        fixed
          ? ['Ａ－００１', '住民基本台帳データ', '電子情報', '総務課', '山口 太郎', '書庫', 'I', '有', '']
          : [],
        ['A-002', '会議録', '紙文書', '総務課', '１００１', '', 'III', '無', ''],
      ]).xlsx,
    );
    assert.equal(ok.statusCode, 200, ok.body);
    const assets = await rowsInOrg(t.db, 'assets', org.id, {}, '*', ['asset_no']);
    assert.deepEqual(
      assets.map((a) => a.asset_no),
      ['A-001', 'A-002'],
    );
    const yamaguchi = await rowInOrgOrThrow(t.db, 'users', org.id, { staff_no: '1001' }, ['id']);
    assert.deepEqual(
      assets.map((a) => a.owner_user_id),
      [yamaguchi.id, yamaguchi.id],
    );
    assert.equal((await events(org.id, 'imports.completed')).length, 1);
    assert.equal((await events(org.id, 'assets.imported')).length, 0);
  });

  test('[R-A4] the staff list: people matched by staff number or name are updated, new ones added with units and posts', async () => {
    const { org, c, yamaguchi } = await importOrg(t, ['org.admin']);
    const list = (extra: (string | null)[][] = []) =>
      ledgerXlsx({
        title: '職員名簿',
        headings: ['職員番号', '氏名', { group: '所属', columns: ['部', '課'] }, '職名', '内線'],
        rows: [
          ['１００１', '山口　太郎', '総務部', '総務課', '課長', '２０１'],
          null,
          ['2002', '佐藤 花子', '市民部', '市民課', '主査', '301'],
          ['2003', '鈴木 一郎', '市民部', '市民課', '', ''],
          ...extra,
        ],
      });
    const bad = list([['2002', '重複 太郎', '', '', '', '']]);
    const dry = await run(c, 'org.people', bad.xlsx, { dryRun: true });
    assert.deepEqual(errorCells(dry.json()), [`${bad.rowOf[3]}:A`]);
    await refusedWhole(t, c, 'org.people', bad.xlsx, { table: 'users', organizationId: org.id });
    assert.equal(await rowInOrg(t.db, 'units', org.id, { name: '市民課' }, ['id']), undefined);

    const ok = await run(c, 'org.people', list().xlsx);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual([ok.json().created, ok.json().updated], [2, 1]);
    // New people get a one-time password, shown once for the administrator to hand over.
    assert.equal(ok.json().handover.length, 2);
    assert.match(ok.json().handover[0].label, /佐藤 花子/);
    const y = await rowWhereOrThrow(t.db, 'users', { id: yamaguchi.id });
    assert.deepEqual([y.post, y.phone, y.staff_no], ['課長', '201', '1001']);
    const sato = await rowInOrgOrThrow(t.db, 'users', org.id, { staff_no: '2002' });
    const unit = await rowWhereOrThrow(t.db, 'units', { id: sato.unit_id ?? '' });
    const parent = await rowWhereOrThrow(t.db, 'units', { id: unit.parent_id ?? '' });
    assert.deepEqual([unit.name, parent.name, sato.post], ['市民課', '市民部', '主査']);
    const pw = await rowWhereOrThrow(t.db, 'passwords', { user_id: sato.id });
    assert.equal(pw.must_change, 1);
    const ev = await events(org.id, 'imports.completed');
    assert.equal(ev.length, 1);
    const data = JSON.parse(ev[0].data);
    assert.deepEqual(data.detail.unitsAdded.sort(), ['市民部', '市民課', '総務部'].sort());
    assert.doesNotMatch(
      ev[0].data,
      new RegExp(ok.json().handover[0].value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
  });

  test('[R-E9] training attendance from an Excel 出欠表, people by name or staff number', async () => {
    const { org, c, yamaguchi } = await importOrg(t, ['training.manage']);
    const other = await makeUser(t.db, org);
    await t.db.updateTable('users').set({ display_name: '佐藤 花子' }).where('id', '=', other.id).execute();
    const plan = await c.post('/api/training/plans', { fiscalYear: 2026, title: '情報セキュリティ研修' });
    assert.equal(plan.statusCode, 201, plan.body);
    const session = await c.post(`/api/training/plans/${plan.json().id}/sessions`, {
      heldOn: '令和8年6月10日',
      place: '大会議室',
    });
    assert.equal(session.statusCode, 201, session.body);
    const sessionId = session.json().id;
    const sheet = (rows: (string | null)[][]) =>
      ledgerXlsx({
        title: '情報セキュリティ研修 出欠表',
        headings: ['No', '氏名', '出欠'],
        rows: rows.map((r) => (r[0] === null ? null : r)),
      });
    const bad = sheet([
      ['１', '山口 太郎', '○'],
      [null],
      ['２', '佐藤　花子', '欠席'],
      ['３', '田中 三郎', '出席'],
      ['４', '山口 太郎', '×'],
    ]);
    const dry = await run(c, 'training.attendance', bad.xlsx, { dryRun: true, context: { sessionId } });
    assert.deepEqual(errorCells(dry.json()), [`${bad.rowOf[2]}:B`, `${bad.rowOf[3]}:B`]);
    const refused = await run(c, 'training.attendance', bad.xlsx, { context: { sessionId } });
    assert.equal(refused.statusCode, 400);
    assert.equal(await rowWhere(t.db, 'training_attendance', { session_id: sessionId }), undefined);
    const ok = await run(
      c,
      'training.attendance',
      sheet([
        ['１', '1001', '○'],
        ['２', '佐藤　花子', '欠席'],
      ]).xlsx,
      { context: { sessionId } },
    );
    assert.equal(ok.statusCode, 200, ok.body);
    const rows = await rowsWhere(t.db, 'training_attendance', { session_id: sessionId });
    assert.deepEqual(
      rows.map((r) => [r.user_id, r.attended, r.source]).sort(),
      [
        [yamaguchi.id, 1, 'xlsx'],
        [other.id, 0, 'xlsx'],
      ].sort(),
    );
    assert.equal((await events(org.id, 'imports.completed')).length, 1);
    assert.equal((await events(org.id, 'training.attendance_recorded')).length, 0);
    const noContext = await run(c, 'training.attendance', bad.xlsx, { dryRun: true });
    assert.equal(noContext.statusCode, 400);
    assert.equal(noContext.json().error.fields[0].field, 'context.sessionId');
  });

  test('[R-G1] last year’s self-assessment answers become a closed campaign of that year', async () => {
    const { org, c, yamaguchi } = await importOrg(t, ['assessment.manage']);
    const sheet = (rows: (string | null)[][]) =>
      ledgerXlsx({
        title: '令和7年度 情報セキュリティ自己点検結果',
        headings: ['No', '区分', '点検項目', { group: '回答', columns: ['回答者', '結果'] }, '備考'],
        rows: rows.map((r) => (r[0] === null ? null : r)),
      });
    const bad = sheet([
      ['１', '人的セキュリティ', 'パスワードを他人に教えていないか', '山口 太郎', '○', ''],
      [null],
      ['２', '物理的セキュリティ', '離席時に画面をロックしているか', '1001', '△', '徹底を周知'],
      ['３', '物理的セキュリティ', '', '1001', 'たぶん', ''],
    ]);
    const dry = await run(c, 'assessment.answers', bad.xlsx, { dryRun: true, context: { fiscalYear: 2025 } });
    const r3 = bad.rowOf[2];
    assert.deepEqual(errorCells(dry.json()), [`${r3}:C`, `${r3}:E`]);
    assert.equal(
      (await run(c, 'assessment.answers', bad.xlsx, { context: { fiscalYear: 2025 } })).statusCode,
      400,
    );
    assert.equal(await countInOrg(t.db, 'assessment_campaigns', org.id), 0);
    const ok = await run(
      c,
      'assessment.answers',
      sheet([
        ['１', '人的セキュリティ', 'パスワードを他人に教えていないか', '山口 太郎', '○', ''],
        [null],
        ['２', '物理的セキュリティ', '離席時に画面をロックしているか', '1001', '△', '徹底を周知'],
      ]).xlsx,
      { context: { fiscalYear: 2025 } },
    );
    assert.equal(ok.statusCode, 200, ok.body);
    const campaign = await rowInOrgOrThrow(t.db, 'assessment_campaigns', org.id, {});
    assert.deepEqual([campaign.fiscal_year, campaign.status, campaign.kind], [2025, 'closed', 'imported']);
    const answers = await rowsWhere(t.db, 'assessment_responses', { campaign_id: campaign.id });
    assert.deepEqual(
      answers.map((a) => [a.user_id, a.answer, a.comment]).sort(),
      [
        [yamaguchi.id, 'done', null],
        [yamaguchi.id, 'partial', '徹底を周知'],
      ].sort(),
    );
    const items = await rowsWhere(t.db, 'assessment_items', { campaign_id: campaign.id }, '*', ['seq']);
    assert.deepEqual(
      items.map((i) => i.area),
      ['human', 'physical'],
    );
    assert.equal((await events(org.id, 'imports.completed')).length, 1);
  });
});
