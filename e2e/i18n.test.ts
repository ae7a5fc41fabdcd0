import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser.ts';
import { firstSignIn } from './support/flows.ts';
import { browserRun } from './support/run.ts';

let page: Page;

const run = browserRun({
  ready: async (r) => {
    page = await r.page();
  },
});

async function langCookie(): Promise<string | undefined> {
  return (await page.context().cookies()).find((c) => c.name === 'lang')?.value;
}

test('Japanese by default; switching to English shows English UI and English server errors', async () => {
  await page.goto('/signin');
  await page.getByRole('heading', { name: 'サインイン' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.equal(await langCookie(), 'ja');

  await page.getByRole('button', { name: /Switch to English/ }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'lang');
  assert.equal(cookie?.value, 'en');
  assert.equal(cookie?.sameSite, 'Strict');
  assert.equal(cookie?.path, '/');

  await page.getByLabel('Login ID', { exact: true }).fill('nobody');
  await page.getByLabel('Password', { exact: true }).fill('wrong password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText('The login ID or password is not correct.').waitFor();
  await screenshot(page, 'signin-english-error');

  // The choice survives a reload.
  await page.reload();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByRole('button', { name: /日本語に切り替える/ }).click();
  await page.getByRole('heading', { name: 'サインイン' }).waitFor();
});

test('signed in, the header toggle switches the whole app and the server answers in English', async () => {
  await firstSignIn(page, run.server.adminLoginId, run.server.adminPassword);
  await page.getByRole('button', { name: /Switch to English/ }).click();
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  await nav.getByRole('link', { name: 'Audit log' }).waitFor();
  await nav.getByRole('link', { name: 'Policies' }).click();
  await page.getByRole('heading', { level: 1, name: 'Policy' }).waitFor();

  await page.goto('/settings/account');
  await page.getByRole('heading', { name: 'Account settings' }).waitFor();
  await page.getByLabel('Current password', { exact: true }).fill('not my password');
  await page.getByLabel('New password', { exact: true }).fill('Another-Passw0rd!');
  // Typed once, with a switch to show it.
  await page.getByLabel('Show password', { exact: true }).check();
  await page.getByRole('button', { name: 'Change password' }).click();
  await page
    .locator('#acct-pw-currentPassword-error')
    .getByText('The current password is not correct.')
    .waitFor();

  await page.goto('/audit');
  await page.getByRole('table').waitFor();
  assert.match(await page.getByRole('table').innerText(), /Signed in/);
  assert.match(await page.getByRole('table').innerText(), /\d{1,2} \w{3} \d{4}, \d{2}:\d{2} JST/);
  await screenshot(page, 'audit-english');
});
