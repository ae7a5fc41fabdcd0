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

test('the hosting administrator sees the state of backups on the home page and takes one now', {
  timeout: 120_000,
}, async () => {
  await firstSignIn(page, run.server.adminLoginId, run.server.adminPassword);
  const card = page.getByRole('region', { name: /バックアップ/ });
  await card.waitFor();
  assert.match((await card.textContent()) ?? '', /まだありません/);
  assert.match((await card.textContent()) ?? '', /次回の予定/);
  await card.getByRole('button', { name: '今すぐバックアップ' }).click();
  await card.getByRole('status').waitFor();
  // The job runner takes it within seconds; the card then shows the verified backup.
  for (let i = 0; i < 60; i++) {
    await page.reload();
    await card.waitFor();
    if (/正常/.test((await card.textContent()) ?? '')) break;
    await page.waitForTimeout(1000);
  }
  const text = (await card.textContent()) ?? '';
  assert.match(text, /正常/);
  assert.match(text, /監査ログ \d+ 件の連鎖を検証済み/);
  assert.match(text, /令和/, 'dates in 和暦');
  await screenshot(page, 'home-backup-card');
});
