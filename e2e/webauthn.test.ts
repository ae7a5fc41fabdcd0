import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser.ts';
import { acknowledgeRecoveryCodes, changePassword, NEW_PASSWORD, signIn, signOut } from './support/flows.ts';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer;
let browser: Browser;
let page: Page;
let cdp: CDPSession;
let authenticatorId = '';

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newPage(browser, server.url);
  // A virtual security key through the DevTools protocol: it answers WebAuthn as a real USB key would.
  cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const r = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'usb',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  authenticatorId = r.authenticatorId;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('[R-D9] a security key can be the second factor: enrol it, then sign in with it', async () => {
  await signIn(page, server.adminLoginId, server.adminPassword);
  await page.waitForURL('**/signin/password');
  await changePassword(page, server.adminPassword, NEW_PASSWORD);
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
  await signIn(page, server.adminLoginId, NEW_PASSWORD);
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
