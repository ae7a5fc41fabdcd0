/**
 * Issue 17: a plain member of staff of a NEW body (no role, no policy yet) walks every screen and a missing
 * record of each kind: no screen stays on 読み込み中, a refusal says what is missing, no raw key shows, and
 * the emergency response plan offers no button the person may not press.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  acknowledgeRecoveryCodes,
  changePassword,
  enrollTotp,
  firstSignIn,
  NEW_PASSWORD,
  signIn,
  signOut,
} from './support/flows.ts';
import { browserRun } from './support/run.ts';

let page: Page;
const run = browserRun({
  ready: async (r) => {
    page = await r.page();
  },
});
async function call<T>(method: string, url: string, data?: unknown): Promise<T> {
  const { csrfToken } = await (await page.request.get('/api/session')).json();
  const res = await page.request.fetch(url, {
    method,
    headers: { 'X-CSRF-Token': csrfToken, Accept: 'application/json' },
    ...(data === undefined ? {} : { data }),
  });
  assert.ok(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`);
  return (res.status() === 204 ? undefined : await res.json()) as T;
}
const PATHS =
  '/audit /incidents /incidents/compliance /incidents/failures /incidents/list /incidents/log-reviews /incidents/plan /incidents/settings /incidents/violations /inspections /inspections/assessment /inspections/assessment/mine /inspections/audits /inspections/reviews /inspections/traceability /inspections/training /inspections/vendors /my-work /notifications /organization /organization/committees /organization/contacts /organization/directory /organization/directory/sync /organization/notices /organization/people /organization/review /organization/roles /organization/settings /organization/transfers /organization/units /policies /policies/import /policies/reviews /registers /registers/assets /registers/assets/import /registers/assets/labels /registers/assets/new /registers/classification /registers/imports /registers/software /registers/systems /registers/vendors /requests /requests/catalogue /requests/mine /requests/new /requests/records /requests/types /requests/types/new /settings /settings/account /settings/organizations /setup /incidents/0190aaaa-0000-7000-8000-000000000000 /inspections/audits/0190aaaa-0000-7000-8000-000000000000 /inspections/assessment/0190aaaa-0000-7000-8000-000000000000 /requests/0190aaaa-0000-7000-8000-000000000000 /registers/assets/0190aaaa-0000-7000-8000-000000000000 /inspections/training/0190aaaa-0000-7000-8000-000000000000 /policies/versions/0190aaaa-0000-7000-8000-000000000000'.split(
    ' ',
  );

/** Text that must never reach a clerk: `a.b_c` keys, `[bracketed]` keys, 8-hex ids, function keys (as e2e/mywork). */
const RAW = [
  /\b[a-z]+(?:\.[a-z]+)*\.[a-z]+_[a-z_]+\b/,
  /\[[a-z_]+\]/,
  /\b[0-9a-f]{8}\b/,
  /\b(?:audits|assessment|incidents|org|requests|training|policy|vendors|assets|systems|reports|dashboard)\.[a-z_]+\b/,
];

test('a plain member of staff of a new body sees every screen load or refuse in words, and no button they may not press', {
  timeout: 600_000,
}, async () => {
  await firstSignIn(page, run.server.adminLoginId, run.server.adminPassword);
  await page.goto('/settings/organizations');
  await page.getByLabel('組織コード', { exact: true }).fill('walk-city');
  await page.getByLabel('組織名', { exact: true }).fill('歩行試験町');
  await page.getByRole('button', { name: '作成' }).click();
  await page.getByText('「歩行試験町」を作成しました。').waitFor();
  await page.getByLabel('操作する組織').selectOption({ label: '歩行試験町（walk-city）' });
  await page.getByRole('button', { name: '切り替える', exact: true }).click();
  await page.getByText('「歩行試験町」に切り替えました。').waitFor();
  const person = await call<{ id: string; oneTimePassword: string }>('POST', '/api/org/people', {
    loginId: 'walk-staff',
    displayName: '歩行 職員',
  });
  await signOut(page);
  await signIn(page, 'walk-staff', person.oneTimePassword);
  await page.waitForURL('**/signin/password');
  await changePassword(page, person.oneTimePassword, NEW_PASSWORD);
  await enrollTotp(page);
  await acknowledgeRecoveryCodes(page);
  await page.waitForURL((u) => u.pathname === '/');
  for (const p of ['/', ...PATHS]) {
    await page.goto(p);
    await page.locator('main').waitFor();
    await page
      .waitForFunction(
        () =>
          !document.querySelector('.loading') &&
          !document.querySelector('main')?.textContent?.includes('読み込み中'),
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => {
        throw new Error(`${p}: still 読み込み中`);
      });
    const text = await page.locator('main').innerText();
    assert.ok(text.trim().length > 0, `${p}: an empty screen`);
    for (const re of RAW) {
      const hit = text.match(re);
      assert.equal(hit, null, `${p}: raw text 「${hit?.[0]}」`);
    }
  }
  // The plan is there to read; changing it needs the function, so no button to change it is offered.
  await page.goto('/incidents/plan');
  await page.getByRole('heading', { name: '緊急時対応計画', level: 1 }).waitFor();
  await page
    .getByText(/閲覧のみ|権限/)
    .first()
    .waitFor();
  for (const name of ['保存', '項目を追加', '削除'])
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, `no 「${name}」`);
});
