import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CDPSession, Page } from 'playwright-core';
import { screenshot } from './support/browser.ts';
import { acknowledgeRecoveryCodes, changePassword, NEW_PASSWORD, signIn, signOut } from './support/flows.ts';
import { browserRun } from './support/run.ts';

let page: Page;
let cdp: CDPSession;
let authenticatorId = '';

const run = browserRun({
  ready: async (r) => {
    page = await r.page();
    // A virtual security key through the DevTools protocol: it answers WebAuthn as a real USB key would.
    cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const key = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'usb',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });
    authenticatorId = key.authenticatorId;
  },
});

test('[R-D9] a security key can be the second factor: enrol it, then sign in with it', async () => {
  await signIn(page, run.server.adminLoginId, run.server.adminPassword);
  await page.waitForURL('**/signin/password');
  await changePassword(page, run.server.adminPassword, NEW_PASSWORD);
  await page.waitForURL('**/signin/enroll');

  await page.getByLabel('セキュリティキー・パスキー').check();
  await page.getByLabel('キーの名前').fill('執務室のUSBキー');
  await screenshot(page, 'enroll-key');
  await page.getByRole('button', { name: 'セキュリティキーを登録' }).click();
  await acknowledgeRecoveryCodes(page);
  await page.waitForURL((u) => u.pathname === '/');

  const creds = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  assert.equal(creds.credentials.length, 1, 'the key holds one credential for mamori');

  await signOut(page);
  await signIn(page, run.server.adminLoginId, NEW_PASSWORD);
  await page.waitForURL('**/signin/mfa');
  await page.getByLabel('セキュリティキー', { exact: true }).check();
  await screenshot(page, 'mfa-key');
  await page.getByRole('button', { name: 'セキュリティキーで確認' }).click();
  await page.waitForURL((u) => u.pathname === '/');

  // The key is listed in the account settings.
  await page.goto('/settings/account');
  await page.getByText('執務室のUSBキー').waitFor();
  await screenshot(page, 'account-settings');
});
