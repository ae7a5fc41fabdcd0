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

test('an idle session warns one minute before it ends, then returns to sign-in', async () => {
  await firstSignIn(page, run.server.adminLoginId, run.server.adminPassword);
  const idleSeconds = await page.evaluate(
    async () => (await (await fetch('/api/session')).json()).idleSeconds,
  );
  assert.ok(idleSeconds >= 120, 'the organization has an idle limit of a few minutes at least');

  // The page's clock is faked from here; the server keeps real time (its session stays valid).
  await page.clock.install();
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The page's own loads must be answered first: an answer arriving after the jump counts as use at the
  // jumped time (as it should), and the warning would then rightly not come.
  await page.waitForLoadState('networkidle');
  const dialog = page.getByRole('dialog', { name: 'まもなくサインアウトします' });

  // 75 s before the end (the server's clock may lag 15 s), the warning appears.
  await page.clock.fastForward((idleSeconds - 74) * 1000);
  await dialog.waitFor();
  await screenshot(page, 'idle-warning');
  await page.getByRole('button', { name: '作業を続ける' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.waitForLoadState('networkidle');

  await page.clock.fastForward((idleSeconds - 74) * 1000);
  await dialog.waitFor();
  await page.clock.fastForward(70_000);
  await page.waitForURL('**/signin');
  await page.getByText('一定時間操作がなかったため、サインアウトしました。').waitFor();
});
