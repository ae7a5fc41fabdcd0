import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
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

/** Runs axe-core on the page and fails on any serious or critical violation. */
async function checkPage(name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await screenshot(page, `a11y-${name}`);
  assert.deepEqual(
    bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `${name}: no serious or critical accessibility violations`,
  );
}

test('sign-in page has no serious accessibility violations', async () => {
  await page.goto('/signin');
  await page.getByRole('heading', { name: 'サインイン' }).waitFor();
  await checkPage('signin');
  // Errors too: the live region and the alert styling.
  await page.getByRole('button', { name: 'サインイン', exact: true }).click();
  await page.locator('.alert--error').waitFor();
  await checkPage('signin-error');
});

test('home page has no serious accessibility violations', async () => {
  await firstSignIn(page, run.server.adminLoginId, run.server.adminPassword);
  await page.getByRole('banner').waitFor();
  await page.getByRole('navigation', { name: 'メインメニュー' }).waitFor();
  await page.getByRole('main').waitFor();
  await checkPage('home');
});

test('audit log page has no serious accessibility violations', async () => {
  await page.goto('/audit');
  await page.getByRole('table').waitFor();
  await checkPage('audit');
});

test('keyboard: skip link and visible focus reach the main content', async () => {
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へ移動' });
  assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(outline, 'none', 'focused elements show an outline');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
});
