/** The organization area's lists on the kit: tabs, sortable tables, and the add forms. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser.ts';
import { browserRun } from './support/run.ts';

let page: Page;

const _run = browserRun({
  ready: async (r) => {
    // The CISO's role holds org.admin in the demo body.
    page = await r.signedIn('hagi-ciso');
  },
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

test('[R-A1] a unit added under the tree shows in it, is renamed in place and is offered as a parent', async () => {
  await page.goto('/organization/units');
  const tree = page.getByRole('region', { name: '所属' });
  await tree.locator('.tree').waitFor();
  await page.locator('#unit-name').fill('情報企画係');
  await page.locator('#unit-kind').fill('係');
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await tree.locator('.tree__name', { hasText: '情報企画係' }).waitFor();
  assert.equal(await page.locator('#unit-name').inputValue(), '', 'the form is emptied');
  await page.getByText('保存しました。').waitFor();
  await page
    .locator('#unit-parentId option')
    .filter({ hasText: '情報企画係' })
    .waitFor({ state: 'attached' });

  const item = tree.locator('li').filter({ hasText: '情報企画係' }).last();
  await item.getByRole('button', { name: '名称変更' }).click();
  await page.getByRole('textbox', { name: '名称: 情報企画係' }).fill('情報推進係');
  await page
    .getByRole('form', { name: '名称変更: 情報企画係' })
    .getByRole('button', { name: '保存' })
    .click();
  await tree.locator('.tree__name', { hasText: '情報推進係' }).waitFor();
  assert.equal(await tree.locator('.tree__name', { hasText: '情報企画係' }).count(), 0);
});

test('[R-E12] the organization settings load, keep a changed idle limit and refuse one out of range', async () => {
  await page.goto('/organization/settings');
  const idle = page.getByLabel('無操作で終了（分）');
  await idle.waitFor();
  await page.getByLabel('団体の種類').selectOption({ label: '一部事務組合・広域連合' });
  await idle.fill('45');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('保存しました。').waitFor();
  await page.reload();
  assert.equal(await page.getByLabel('無操作で終了（分）').inputValue(), '45');

  await page.getByLabel('無操作で終了（分）').fill('0');
  await page.locator('#os-session\\.idleMinutes').evaluate((el) => el.removeAttribute('min'));
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: /\S/ }).first().waitFor();
  assert.equal(await page.getByText('保存しました。').count(), 0);
});

test('[R-E12] a person added on the people screen gets a one-time password shown once with its sign-in link, with an employment type', async () => {
  await page.goto('/organization/people');
  await page.locator('#pn-loginId').fill('hagi-shinki');
  await page.locator('#pn-displayName').fill('新規 太郎');
  assert.notEqual(await page.locator('#pn-employmentType').inputValue(), '', 'an employment type is chosen');
  await page.locator('#pn-displayName').press('Enter');
  const otp = page.getByRole('status').filter({ hasText: '初回パスワード' });
  await otp.waitFor();
  assert.match(await otp.innerText(), /hagi-shinki: \S{8,}/);
  assert.match(
    await otp.innerText(),
    /サインイン用のリンク.*\/signin\?id=hagi-shinki/,
    'the link to hand over fills the ID in',
  );
  assert.equal(await page.locator('#pn-loginId').inputValue(), '', 'ready for the next person');
  await page
    .getByRole('table', { name: '職員' })
    .getByRole('row', { name: /新規 太郎/ })
    .waitFor();
});

test("[R-A1] a role's functions are recorded on its page and stay ticked after a reload", async () => {
  await page.goto('/organization/roles');
  await page.getByRole('table', { name: '役割' }).getByRole('link', { name: '情報化推進員' }).click();
  await page.waitForURL(/\/organization\/roles\/[^/]+$/);
  const box = page.locator('input[id^="fn-"]').first();
  await box.waitFor();
  const id = (await box.getAttribute('id')) as string;
  assert.equal(await box.isChecked(), false);
  await box.check();
  await page.getByRole('button', { name: '権限: 記録する' }).click();
  await page.getByText('保存しました。').waitFor();
  await page.reload();
  assert.equal(await page.locator(`[id="${id}"]`).isChecked(), true);

  // The role's own fields: the post that fills it is kept.
  await page.locator('#re-post').fill('情報政策課長');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('保存しました。').waitFor();
  await page.reload();
  assert.equal(await page.locator('#re-post').inputValue(), '情報政策課長');
  await screenshot(page, 'org-role-detail');
});
