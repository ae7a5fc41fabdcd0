/**
 * A new body's set-up as its first administrator meets it: the proposals read from its own policy are rows
 * ticked by their own checkbox (no list bullet beside the box), and the one-time passwords of the staff typed
 * into the table are headed by what their rows show (the login ID, with the name after it).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { ROOT } from './support/build.ts';
import { browserRun } from './support/run.ts';

const POLICY = path.join(
  ROOT,
  'test/policy-corpus/blind10/u05-mitsusawagawa-seiso-kumiai-paren-top-kana-kanaparen-kanrisha-top-no-committee.txt',
);

let page: Page;
const run = browserRun({
  ready: async (r) => {
    page = await r.signedIn('admin');
  },
});

test('a new body set up from its own policy: proposals without bullets, passwords headed by login ID and name', {
  timeout: 300_000,
}, async () => {
  assert.ok(run.server.url);
  await page.goto('/setup');
  await page.getByRole('textbox', { name: '団体の名称' }).fill('三ツ沢川清掃施設組合');
  await page.getByRole('button', { name: '団体を作成して始める' }).click();
  await page.getByText('ポリシーのファイル', { exact: true }).waitFor();
  await page.locator('input[type=file]').first().setInputFiles(POLICY);
  await page.getByRole('link', { name: '1件ずつ確認する' }).click();

  const row = page.getByTestId('proposal').filter({ hasText: '情報セキュリティ責任者' }).first();
  await row.waitFor();
  const bullet = await row.evaluate((li) => getComputedStyle(li).listStyleType);
  assert.equal(bullet, 'none', 'a proposal row starts with its checkbox, not a bullet');
  await page.getByRole('checkbox', { name: '委託事業者' }).uncheck();
  await page.getByRole('button', { name: '内容を確認する' }).click();
  await page.getByRole('button', { name: '確定する', exact: true }).click();
  await page.getByText('すべての案の採否が記録されています。').waitFor();

  await page.goto('/setup');
  const table = page.locator('table').first();
  await table.locator('tbody tr').first().locator('input').first().waitFor();
  const cells = ['三沢 一郎', 'm-kanri', '管理者', '組合の管理者', 'kanri@example.jp'];
  const inputs = table.locator('tbody tr').first().locator('input');
  for (const [i, v] of cells.entries()) await inputs.nth(i).fill(v);
  await page.getByRole('button', { name: '入力した職員を登録する' }).click();
  const passwords = page.getByTestId('one-time-passwords');
  await passwords.waitFor();
  assert.deepEqual(
    (await passwords.locator('thead th').allInnerTexts()).map((t) => t.replace(/[⇅↑↓\s]/g, '')),
    ['ログインID（氏名）', '初期パスワード', 'サインイン用のリンク'],
  );
  assert.match(await passwords.locator('tbody tr').first().innerText(), /m-kanri（三沢 一郎）/);
});
