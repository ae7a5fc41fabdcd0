/**
 * The 台帳 area on the UI kit: the area's tabs follow the user's functions, the asset register sorts by a
 * clicked heading (aria-sort), and a search asks the server once typing pauses.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser.ts';
import { browserRun } from './support/run.ts';

let page: Page;

const run = browserRun({
  ready: async (r) => {
    page = await r.signedIn('hagi-ciso');
  },
});

test('the asset register sorts by a heading and searches as the user types', async () => {
  await page.goto(`${run.server.url}/registers/assets`);
  const tabs = page.getByRole('navigation', { name: '台帳のメニュー' });
  await tabs.getByRole('link', { name: '情報資産' }).waitFor();
  assert.equal(await tabs.getByRole('link', { name: '情報資産' }).getAttribute('aria-current'), 'page');

  const table = page.getByRole('table', { name: '情報資産管理台帳' });
  await table.getByRole('row').nth(1).waitFor();
  const names = () => table.locator('tbody tr td:nth-child(2)').allTextContents();
  const before = await names();
  assert.ok(before.length > 1, 'the demo body has assets');

  const heading = table.getByRole('columnheader', { name: /名称/ });
  await heading.getByRole('button').click();
  assert.equal(await heading.getAttribute('aria-sort'), 'ascending');
  const up = await names();
  assert.deepEqual(
    up,
    [...before].sort((a, b) => a.localeCompare(b, 'ja', { numeric: true })),
  );
  await heading.getByRole('button').click();
  assert.equal(await heading.getAttribute('aria-sort'), 'descending');
  assert.deepEqual(await names(), [...up].reverse());
  await screenshot(page, 'assets-sorted');

  const wanted = before[0];
  await page.getByRole('searchbox', { name: /検索/ }).fill(wanted);
  await page.waitForFunction(
    (w) =>
      [...document.querySelectorAll('tbody tr td:nth-child(2)')].every((td) => td.textContent?.includes(w)),
    wanted,
  );
  assert.ok((await names()).every((n) => n.includes(wanted)));
  await page.getByRole('status').filter({ hasText: /件目/ }).waitFor();
});

test('a software record takes dates in all three notations (令和8年3月30日, R8.4.1, 2026-03-31) and the list shows them in 和暦', async () => {
  const page = await run.signedIn('hagi-kanri');
  await page.goto(`${run.server.url}/registers/software`);
  const panel = page.getByRole('region', { name: 'ソフトウェア台帳' });
  await panel.getByRole('button', { name: '追加' }).first().click();
  await panel.getByLabel('ソフトウェア名').fill('表計算ソフト');
  await panel.getByLabel('サポート終了日', { exact: true }).fill('R8.4.1');
  await panel.getByText('令和8年4月1日として受け付けます').waitFor();
  // The three notations offices write: 令和8年3月30日, R8.4.1 (above) and 2026-03-31.
  await panel.getByLabel('利用予定期限', { exact: true }).fill('令和8年3月30日');
  await panel.getByText('令和8年3月30日として受け付けます').waitFor();
  await panel.getByLabel('利用予定期限', { exact: true }).fill('令和8年13月1日');
  await panel.getByText('その日付は存在しません。').waitFor();
  await panel.getByLabel('利用予定期限', { exact: true }).fill('2026-03-31');
  await panel.getByText('令和8年3月31日として受け付けます').waitFor();
  await panel.getByRole('button', { name: '保存' }).click();
  const row = panel.getByRole('row', { name: /表計算ソフト/ });
  await row.waitFor();
  assert.match((await row.textContent()) ?? '', /令和8年4月1日/);
  assert.match((await row.textContent()) ?? '', /令和8年3月31日/);
  await panel
    .getByRole('status')
    .filter({ hasText: /全\d+件/ })
    .waitFor();
  await screenshot(page, 'software-added');
});
