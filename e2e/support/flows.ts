/** Steps a person takes through sign-in, shared by the browser tests. */
import assert from 'node:assert/strict';
import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';

export const NEW_PASSWORD = 'Kanri-Shitsu#2026';

export async function signIn(page: Page, loginId: string, password: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('ログインID', { exact: true }).fill(loginId);
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'サインイン', exact: true }).click();
}

/**
 * The forced change at first sign-in: the new password once (the one-time password just typed is not
 * asked again). `current` is typed only where the page asks for it (a voluntary change).
 */
export async function changePassword(page: Page, current: string, next: string): Promise<void> {
  const currentField = page.getByLabel('現在のパスワード', { exact: true });
  if (await currentField.isVisible()) await currentField.fill(current);
  await page.getByLabel('新しいパスワード', { exact: true }).fill(next);
  await page.getByRole('button', { name: 'パスワードを変更' }).click();
}

/** A TOTP code; `ahead` steps in the future lets a test sign in again within the same 30 s window. */
export function totpCode(secret: string, ahead = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + ahead * 30 });
}

/**
 * Registers the authenticator app on the enrolment screen (the sixth digit sends the code); returns the
 * secret the page shows.
 */
export async function enrollTotp(page: Page): Promise<string> {
  await page.waitForURL('**/signin/enroll');
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
  assert.match(secret, /^[A-Z2-7]{16,}$/);
  await page.getByLabel('確認コード（6桁）', { exact: true }).fill(totpCode(secret));
  return secret;
}

/** Reads the recovery codes and continues with 「控えました。次へ」. */
export async function acknowledgeRecoveryCodes(page: Page): Promise<string[]> {
  const list = page.getByTestId('recovery-codes');
  await list.waitFor();
  const codes = (await list.locator('code').allInnerTexts()).map((c) => c.trim());
  assert.ok(codes.length >= 5, 'recovery codes are shown');
  await page.getByRole('button', { name: '控えました。次へ' }).click();
  return codes;
}

/** First sign-in of the initial administrator up to the home page; returns the TOTP secret. */
export async function firstSignIn(page: Page, loginId: string, oneTimePassword: string): Promise<string> {
  await signIn(page, loginId, oneTimePassword);
  await page.waitForURL('**/signin/password');
  await changePassword(page, oneTimePassword, NEW_PASSWORD);
  const secret = await enrollTotp(page);
  await acknowledgeRecoveryCodes(page);
  await page.waitForURL((u) => u.pathname === '/');
  return secret;
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'サインアウト' }).click();
  await page.waitForURL('**/signin');
}
