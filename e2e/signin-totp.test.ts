import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser.ts';
import {
  acknowledgeRecoveryCodes,
  changePassword,
  enrollTotp,
  NEW_PASSWORD,
  signIn,
  signOut,
  totpCode,
} from './support/flows.ts';
import { browserRun } from './support/run.ts';

let page: Page;
let secret = '';

const run = browserRun({
  ready: async (r) => {
    page = await r.page();
  },
});

test('[R-E12] first sign-in forces a password change that follows the policy', async () => {
  await signIn(page, run.server.adminLoginId, run.server.adminPassword);
  await page.waitForURL('**/signin/password');
  await page.getByRole('heading', { name: 'パスワードの変更' }).waitFor();

  // Nothing else opens until the password is changed.
  await page.goto('/audit');
  await page.waitForURL('**/signin/password');

  // The one-time password just typed is not asked again; the new one is typed once, and can be shown.
  assert.equal(await page.getByLabel('現在のパスワード', { exact: true }).count(), 0);
  const shown = page.getByLabel('新しいパスワード', { exact: true });
  await shown.fill('password');
  await page.getByLabel('パスワードを表示する').check();
  assert.equal(await shown.getAttribute('type'), 'text');

  // A password the policy refuses: the server's reason is shown at the field and announced.
  await changePassword(page, run.server.adminPassword, 'password');
  const input = page.getByLabel('新しいパスワード', { exact: true });
  await page.locator('#pw-newPassword-error').waitFor();
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.match((await input.getAttribute('aria-describedby')) ?? '', /pw-newPassword-error/);
  assert.match(await page.getByRole('alert').innerText(), /\S/);
  await screenshot(page, 'password-change-error');

  await changePassword(page, run.server.adminPassword, NEW_PASSWORD);
  await page.waitForURL('**/signin/enroll');
});

test('[R-D9] sign-in needs a second factor: enrol an authenticator app, then sign in with it', async () => {
  await page.getByRole('heading', { name: '二要素認証の登録' }).waitFor();
  await screenshot(page, 'enroll-totp');
  secret = await enrollTotp(page);
  await page.getByTestId('recovery-codes').waitFor();
  await screenshot(page, 'recovery-codes');
  // The only way on says the codes were kept.
  assert.deepEqual(
    await page.getByTestId('recovery-codes').locator('xpath=..').getByRole('button').allInnerTexts(),
    ['印刷', 'コードをコピー', '控えました。次へ'],
  );
  await acknowledgeRecoveryCodes(page);
  await page.waitForURL((u) => u.pathname === '/');
  await page.getByRole('heading', { level: 1 }).filter({ hasText: 'こんにちは' }).waitFor();
  await screenshot(page, 'home');

  await signOut(page);
  await page.getByText('サインアウトしました。').waitFor();

  // The password alone is not enough.
  await signIn(page, run.server.adminLoginId, NEW_PASSWORD);
  await page.waitForURL('**/signin/mfa');
  await page.goto('/');
  await page.waitForURL('**/signin/mfa');
  await page.getByLabel('確認コード（6桁）', { exact: true }).fill('000000');
  await page.getByRole('button', { name: '確認', exact: true }).click();
  await page.locator('#mfa-code-error').waitFor();
  await screenshot(page, 'mfa-wrong-code');

  // The next time step's code: the one used at enrolment cannot be replayed.
  await page.getByLabel('確認コード（6桁）', { exact: true }).fill(totpCode(secret, 1));
  await page.getByRole('button', { name: '確認', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/');
});

test('[R-D9] the audit log shows the sign-in events', async () => {
  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: '監査ログ' })
    .click();
  await page.waitForURL('**/audit');
  const table = page.getByRole('table');
  await table.waitFor();
  const text = await table.innerText();
  assert.match(text, /サインイン失敗/);
  assert.match(text, /パスワード変更/);
  const signIns = await table.getByRole('cell', { name: /^サインイン$/ }).count();
  assert.ok(signIns >= 2, `expected at least two sign-in events, saw ${signIns}`);
  assert.match(text, /令和\d+年\d+月\d+日 \d{2}:\d{2}/);

  // Filter by the kind of event, chosen by its name from a list.
  await page.getByLabel('操作の種類', { exact: true }).selectOption({ label: 'サインイン' });
  await page.getByRole('button', { name: '検索' }).click();
  await page.waitForURL(/event=accounts\.signed_in/);
  await page.getByText(/件を表示中/).waitFor();
  const rows = await page.getByRole('table').locator('tbody tr').allInnerTexts();
  assert.ok(rows.length >= 2 && rows.every((r) => /サインイン(?!失敗)/.test(r)));
  // The screen names events in words: no event key is shown.
  assert.ok(rows.every((r) => !r.includes('accounts.signed_in')));

  // The hash chain verifies.
  await page.getByRole('button', { name: '改ざん検証' }).click();
  await page.getByTestId('verify-result').waitFor();
  assert.match(await page.getByTestId('verify-result').innerText(), /改ざんは見つかりませんでした/);
  await screenshot(page, 'audit-log');

  // The CSV exports download.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSV（UTF-8）をダウンロード' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.csv$/);
});
