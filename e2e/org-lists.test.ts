/** The organization area's lists on the kit: tabs, sortable tables, and the add forms. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser.ts';
import { firstSignIn } from './support/flows.ts';
import { demoPassword, startServer, type TestServer } from './support/server.ts';

let server: TestServer;
let browser: Browser;
let page: Page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newPage(browser, server.url);
  // The CISO's role holds org.admin in the demo body.
  await firstSignIn(page, 'hagi-ciso', demoPassword(server, 'hagi-ciso'));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('[R-A8] a committee added under the list shows in it, and the list sorts by its headings', async () => {
  await page.goto('/organization/committees');
  const tabs = page.getByRole('navigation', { name: '組織・役割' });
  assert.equal(await tabs.getByRole('link', { name: '委員会' }).getAttribute('aria-current'), 'page');
  await page.getByLabel('名称', { exact: true }).fill('情報セキュリティ委員会');
  await page.getByLabel('目的', { exact: true }).fill('ポリシーの審議');
  await page.getByRole('button', { name: '追加' }).click();
  const table = page.getByRole('table', { name: '委員会' });
  await table.getByRole('row', { name: /情報セキュリティ委員会/ }).waitFor();
  assert.equal(await page.getByLabel('名称', { exact: true }).inputValue(), '', 'the form is emptied');

  const heading = table.getByRole('columnheader', { name: /委員会/ });
  await heading.getByRole('button').click();
  assert.equal(await heading.getAttribute('aria-sort'), 'ascending');
  await screenshot(page, 'org-committees');
});

test('a role added with its tier shows in the roles table', async () => {
  await page.goto('/organization/roles');
  await page.getByLabel('名称', { exact: true }).fill('情報化推進員');
  await page.getByRole('spinbutton', { name: /階層/ }).fill('5');
  await page.getByRole('button', { name: '追加' }).click();
  await page
    .getByRole('table', { name: '役割' })
    .getByRole('row', { name: /情報化推進員/ })
    .waitFor();
  await screenshot(page, 'org-roles');
});

test('the people list asks the server with the typed search and sorts by name', async () => {
  await page.goto('/organization/people');
  const table = page.getByRole('table', { name: '職員' });
  await table.getByRole('row', { name: /長門 一郎/ }).waitFor();
  const asked = page.waitForResponse((r) => r.url().includes('/api/org/people?q='));
  await page.getByLabel('氏名・ID・役職で検索').fill('長門');
  await asked;
  await table.getByRole('row', { name: /長門 一郎/ }).waitFor();
  assert.equal(await table.getByRole('row', { name: /萩 花子/ }).count(), 0);
  const heading = table.getByRole('columnheader', { name: /氏名/ });
  await heading.getByRole('button').click();
  assert.equal(await heading.getAttribute('aria-sort'), 'ascending');
});

test('[R-E8] a transfer recorded for a later day shows in the transfers table as waiting', async () => {
  await page.goto('/organization/transfers');
  const person = page.locator('#tr-userId');
  await person.locator('option').nth(1).waitFor({ state: 'attached' });
  await person.selectOption({ index: 1 });
  const name = (await person.locator('option').nth(1).innerText()).split('（')[0];
  await page.locator('#tr-effectiveOn').fill('2099-04-01');
  await page.locator('#tr-toUnitId').selectOption({ index: 1 });
  await page.getByRole('button', { name: '記録する' }).click();
  await screenshot(page, 'org-transfers');
  const row = page.getByRole('table', { name: '異動・退職' }).getByRole('row', { name: new RegExp(name) });
  await row.waitFor();
  assert.match(await row.innerText(), /発令日待ち/);
});
