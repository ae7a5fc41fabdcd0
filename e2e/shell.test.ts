import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser.ts';
import { firstSignIn, signOut } from './support/flows.ts';
import { browserRun } from './support/run.ts';
import { demoPassword } from './support/server.ts';

let page: Page;

const run = browserRun({
  ready: async (r) => {
    page = await r.page();
  },
});

const nav = () => page.getByRole('navigation', { name: 'メインメニュー' });

test('every area in the navigation opens its screen or a plain 準備中 page; unknown pages say not found', async () => {
  await firstSignIn(page, run.server.adminLoginId, run.server.adminPassword);
  const names = await nav().getByRole('link').allInnerTexts();
  assert.ok(names.length >= 9, `all areas are listed for the administrator: ${names.join(', ')}`);
  let placeholders = 0;
  for (const name of names) {
    await nav().getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    assert.equal(await nav().getByRole('link', { name, exact: true }).getAttribute('aria-current'), 'page');
    const notice = page.getByRole('note');
    if ((await notice.count()) > 0) {
      placeholders++;
      assert.match(await notice.innerText(), new RegExp(`準備中[\\s\\S]*${name}は準備中です`));
      if (placeholders === 1) await screenshot(page, 'placeholder');
    }
  }
  await page.goto('/no/such/page');
  await page.getByRole('heading', { name: 'ページが見つかりません' }).waitFor();
});

test('the system administrator creates an organization and acts in it', async () => {
  await page.goto('/settings');
  await page.getByRole('link', { name: /組織の切替・作成/ }).click();
  await page.waitForURL('**/settings/organizations');
  await page.getByLabel('組織コード', { exact: true }).fill('Bad Code!');
  await page.getByLabel('組織名', { exact: true }).fill('テスト市');
  await page.getByRole('button', { name: '作成' }).click();
  await page.locator('#org-code-error').waitFor();

  await page.getByLabel('組織コード', { exact: true }).fill('test-city');
  await page.getByRole('button', { name: '作成' }).click();
  await page.getByText('「テスト市」を作成しました。').waitFor();
  await page.getByLabel('操作する組織').selectOption({ label: 'テスト市（test-city）' });
  await page.getByRole('button', { name: '切り替える', exact: true }).click();
  await page.getByText('「テスト市」に切り替えました。').waitFor();
  assert.match(await page.getByRole('banner').innerText(), /テスト市/);
  await screenshot(page, 'organizations');
  await signOut(page);
});

test('navigation shows only what the role functions allow', async () => {
  const password = demoPassword(run.server, 'hagi-staff');
  await firstSignIn(page, 'hagi-staff', password);
  assert.equal(await nav().getByRole('link', { name: '監査ログ' }).count(), 0);
  assert.equal(await nav().getByRole('link', { name: '設定' }).count(), 1);
  assert.match(await page.getByRole('banner').innerText(), /萩・長門清掃一部事務組合/);
  await page.goto('/audit');
  await page.getByRole('heading', { name: 'この画面を表示する権限がありません' }).waitFor();
  await page.goto('/settings');
  await page
    .getByRole('link', { name: /アカウント設定/ })
    .first()
    .waitFor();
  assert.equal(await page.getByRole('link', { name: /組織の切替・作成/ }).count(), 0);
  await screenshot(page, 'staff-settings');
});
