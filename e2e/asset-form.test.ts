/** The new-asset form on the kit: labelled fields, the unit picker, classes, and saving. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser.ts';
import { browserRun } from './support/run.ts';

let page: Page;

const _run = browserRun({
  ready: async (r) => {
    // The 責任者 registers assets and reads every unit's in the demo body.
    page = await r.signedIn('hagi-sekinin');
  },
});

test('[R-B1] an asset is registered with its unit and class from the form', async () => {
  await page.goto('/registers/assets/new');
  await page.getByLabel('資産番号', { exact: true }).fill('KIT-001');
  await page.getByLabel('名称', { exact: true }).fill('会議録の原本');
  const unit = page.getByLabel('所管課', { exact: true });
  await unit.locator('option').nth(1).waitFor({ state: 'attached' });
  await unit.selectOption({ index: 1 });
  const axes = page.locator('select[id^="axis-"]');
  for (let i = 0; i < (await axes.count()); i++) await axes.nth(i).selectOption({ index: 1 });
  await screenshot(page, 'asset-form');
  await page.getByRole('button', { name: '登録', exact: true }).click();
  await page.waitForURL(/\/registers\/assets\/[0-9a-f-]{20,}$/);
  await page.getByText('KIT-001').first().waitFor();
  assert.match(page.url(), /\/registers\/assets\//);
});
