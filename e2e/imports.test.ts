/**
 * Import in the browser: the body's administrator brings in its 職員名簿 from Excel — picks the sheet
 * under a cover page, sees the columns matched under a title row and merged headings, gets the trial
 * run's errors by Excel row, fixes the file and imports it; the new people's one-time passwords show once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ledgerXlsx } from '../test/support/ledger.ts';
import { screenshot } from './support/browser.ts';
import { browserRun } from './support/run.ts';

const run = browserRun();

const staffList = (extra: (string | null)[][]) =>
  ledgerXlsx({
    title: '職員名簿（令和8年4月1日現在）',
    cover: true,
    headings: ['職員番号', '氏名', { group: '所属', columns: ['部', '課'] }, '職名'],
    rows: [['９００１', '長門　一郎', '総務部', '情報政策課', '主任'], null, ...extra],
  });

test('[R-A4] the 職員名簿 comes in from Excel: sheet, columns, trial run by Excel row, import', async () => {
  const page = await run.signedIn('hagi-ciso');
  await page.goto(`${run.server.url}/registers/imports`);
  await page.getByRole('link', { name: /職員名簿/ }).click();
  await page.waitForURL(/\/registers\/imports\/org\.people$/);

  const bad = staffList([['9002', '', '総務部', '情報政策課', '主事']]);
  await page.setInputFiles('#import-file', {
    name: '職員名簿.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bad.xlsx,
  });
  await page.getByRole('button', { name: '読み込む' }).click();
  await page.getByRole('heading', { name: '3. 列の対応（プレビュー）' }).waitFor();
  // The sheet under the cover page was found, and each column matched by its heading.
  assert.equal(await page.locator('#import-sheet').inputValue(), '台帳');
  assert.equal(await page.locator('#map-staffNo option:checked').textContent(), 'A：職員番号');
  assert.equal(await page.locator('#map-unit option:checked').textContent(), 'D：所属・課');
  await screenshot(page, 'import-mapping');
  await page.getByRole('button', { name: '試し取込み' }).click();
  const problem = page.getByRole('cell', { name: new RegExp(`${bad.rowOf[1]} 行目 B列「氏名」`) });
  await problem.waitFor();
  assert.equal(await page.getByRole('button', { name: /件を取り込む/ }).isDisabled(), true);
  await screenshot(page, 'import-errors');

  const good = staffList([['9002', '萩　花子', '総務部', '情報政策課', '主事']]);
  await page.setInputFiles('#import-file', {
    name: '職員名簿.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: good.xlsx,
  });
  await page.getByRole('button', { name: '読み込む' }).click();
  await page.getByRole('button', { name: '試し取込み' }).click();
  await page.getByText('誤りはありません。2 件を取り込めます。').waitFor();
  await page.getByRole('button', { name: '2 件を取り込む' }).click();
  await page.getByText('2 件を取り込みました（新規 2 件、更新 0 件）。').waitFor();
  assert.equal(await page.locator('table caption', { hasText: '初回パスワード' }).count(), 1);
  await screenshot(page, 'import-done');
});
