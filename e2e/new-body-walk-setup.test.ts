/**
 * The set-up of a NEW body, click by click, as its hosting administrator meets it (not the demo bodies):
 * the proposals page says what its links open and lists request types by their names alone; accepting the
 * roles by post when one of them approves requests — which only the body's own administrator may give —
 * shows the refusal and stays on the step; every list to pick from offers the same empty choice.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { KASUMIGAURA_POLICY } from './support/kasumigaura.ts';
import { browserRun } from './support/run.ts';

let page: Page;
browserRun({
  env: { MAMORI_DEMO: '' },
  ready: async (r) => {
    page = await r.signedIn('admin');
  },
});

test('a new body set up by its hosting administrator: proposals named plainly, a refused role shown and the step kept', {
  timeout: 300_000,
}, async () => {
  await page.goto('/setup');
  await page.getByRole('textbox', { name: '団体の名称' }).fill('霞ヶ浦町');
  await page.getByRole('button', { name: '団体を作成して始める' }).click();
  await page.getByText('ポリシーのファイル', { exact: true }).waitFor();
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({
      name: '霞ヶ浦町情報セキュリティ対策基準.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(KASUMIGAURA_POLICY, 'utf8'),
    });

  // The proposals page: its link says what it opens; a request type is listed under 申請の種類 by its name.
  await page.getByRole('link', { name: '1件ずつ確認する' }).click();
  await page.getByRole('heading', { name: '取込み結果の確認（提案）' }).waitFor();
  await page.getByRole('link', { name: 'ポリシーの本文を開く' }).waitFor();
  assert.equal(await page.getByRole('link', { name: '開く', exact: true }).count(), 0, 'no bare 「開く」');
  const types = page.locator('fieldset[data-kind="request_types"] [data-testid="proposal"] label');
  await types.first().waitFor();
  for (const label of await types.allInnerTexts())
    assert.doesNotMatch(label, /申請種別/, `「${label}」 repeats the group's name`);
  for (const row of await page.getByTestId('proposal').all())
    if (await row.isVisible())
      assert.ok(
        await row.getByRole('link').count(),
        `a proposal without its clause: ${await row.textContent()}`,
      );

  await page.goto('/setup');
  await page.getByRole('button', { name: '提案をすべて採用する' }).click();
  const grid = page.locator('table').first();
  await grid.locator('tbody tr').first().locator('input').first().waitFor();
  const people = [
    ['総務 花子', 'kasumi-somu', '総務課', '総務課長', 'somu@kasumi.example.lg.jp'],
    ['住民 三子', 'kasumi-tanto', '住民課', '主事', 'tanto@kasumi.example.lg.jp'],
  ];
  for (const [r, cells] of people.entries()) {
    const inputs = grid.locator('tbody tr').nth(r).locator('input');
    for (const [i, v] of cells.entries()) await inputs.nth(i).fill(v);
  }
  await page.getByRole('button', { name: '入力した職員を登録する' }).click();
  await page.getByTestId('one-time-passwords').waitFor();

  // 総務課長 holds 統括情報セキュリティ責任者, who permits take-outs: the hosting administrator may not give it.
  const before = page.url();
  await page.getByRole('button', { name: '役職どおりに割り当てて次へ' }).click();
  const refused = page.getByTestId('roles-refused');
  await refused.waitFor();
  assert.match((await refused.textContent()) ?? '', /統括情報セキュリティ責任者/);
  assert.match((await refused.textContent()) ?? '', /割り当てずに次へ/);
  // Still on the same step, the refusal on screen, not carried on to the next step.
  assert.equal(page.url(), before);
  await page.getByTestId('one-time-passwords').waitFor();
  await page.getByRole('button', { name: '割り当てずに次へ' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: '資産番号' }).count(), 0);

  // The same refusal in English.
  await page.getByRole('button', { name: /Switch to English/ }).click();
  await page.getByRole('button', { name: 'Assign by post and continue' }).click();
  await refused.getByText(/These roles were not given: 統括情報セキュリティ責任者/).waitFor();
  // Only the body's own role names stay in Japanese.
  const english = ((await refused.textContent()) ?? '').replaceAll('統括情報セキュリティ責任者', '');
  assert.doesNotMatch(english, /[ぁ-んァ-ヶ一-龠]/u, english);
  await page.getByRole('button', { name: /日本語に切り替える/ }).click();

  // The first register entry: both lists offer the same empty choice.
  await page.getByRole('button', { name: '割り当てずに次へ' }).click();
  await page.getByRole('textbox', { name: '資産番号' }).waitFor();
  await page.getByRole('combobox', { name: '所管する所属' }).waitFor();
  await page.getByRole('combobox', { name: '機密性' }).waitFor();
  const empty = await page.locator('main select option[value=""]').allInnerTexts();
  assert.ok(empty.length >= 2, `lists on the step: ${empty.length}`);
  assert.deepEqual([...new Set(empty)], ['選んでください']);
});
