/**
 * R-E3 in the browser: a take-out of a 重要性II laptop is asked for, approved, returned, confirmed by two
 * people and shows in the 持出し記録簿 (seed 001, hagi-nagato); the 管理者 approves the same in seed 003 (hanamaki).
 * The demo roles hold only core functions, so each organization's administrator maps the request, asset and
 * classification functions onto its own roles through the roles API first, as a real body would on the roles screen.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { callApi } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { firstSignIn } from './support/flows.ts';
import { browserRun } from './support/run.ts';
import { demoPassword } from './support/server.ts';

const run = browserRun();

/** A demo user signed in on their own page (a phone-sized one when `phone`). */
async function person(loginId: string, phone = false): Promise<Page> {
  const page = await run.page();
  if (phone) await page.setViewportSize({ width: 390, height: 844 });
  await firstSignIn(page, loginId, demoPassword(run.server, loginId));
  return page;
}

const call = callApi;

interface Role {
  id: string;
  name: string;
  functions: { key: string }[];
}

/** Adds functions to the roles whose names start with the given words (keeping what they hold). */
async function grant(admin: Page, grants: Record<string, string[]>): Promise<Role[]> {
  const roles = (await call<{ items: Role[] }>(admin, 'GET', '/api/org/roles')).items;
  for (const [prefix, add] of Object.entries(grants)) {
    const role = roles.find((r) => r.name.startsWith(prefix));
    assert.ok(role, `role ${prefix} exists: ${roles.map((r) => r.name).join(', ')}`);
    const keys = [...new Set([...role.functions.map((f) => f.key), ...add])];
    await call(admin, 'PUT', `/api/org/roles/${role.id}/functions`, { functions: keys });
  }
  return roles;
}

/** The scheme, a 重要性II laptop in the staff member's unit, and a 職員 role that may read the register. */
async function setUpAsset(admin: Page, staffLogin: string, assetNo: string): Promise<void> {
  await call(admin, 'POST', '/api/classification/versions', {
    name: '情報資産の分類',
    axes: [{ name: '重要性', levels: ['I', 'II', 'III', 'IV'].map((label) => ({ label })) }],
  });
  const scheme = await call<{ active: { axes: { levels: { id: string; label: string }[] }[] } }>(
    admin,
    'GET',
    '/api/classification',
  );
  const two = scheme.active.axes[0].levels.find((l) => l.label === 'II');
  assert.ok(two);
  const people = (
    await call<{ items: { id: string; loginId: string; unitId: string }[] }>(admin, 'GET', '/api/org/people')
  ).items;
  const staff = people.find((p) => p.loginId === staffLogin);
  assert.ok(staff);
  await call(admin, 'POST', '/api/assets', {
    assetNo,
    name: '持出用ノートパソコン',
    kind: 'device',
    ownerUnitId: staff.unitId,
    status: 'registered',
    levels: [two.id],
  });
  const { id: roleId } = await call<{ id: string }>(admin, 'POST', '/api/org/roles', {
    name: '職員',
    tier: 9,
    functions: ['policy.read', 'assets.read'],
  });
  await call(admin, 'POST', `/api/org/roles/${roleId}/assignments`, { userId: staff.id });
}

/** Chooses a role by (the start of) its name in the type editor's approver picker. */
async function chooseRole(page: Page, label: string, name: string): Promise<void> {
  const select = page.getByLabel(label).first();
  const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
  assert.ok(value, `role ${name} is offered`);
  await select.selectOption(value);
}

const ADMIN_FNS = [
  'classification.manage',
  'assets.read',
  'assets.read_all',
  'assets.manage',
  'requests.manage_types',
  'requests.read_all',
];

/** Pixels between the bottom of what the selector finds and the top of what follows it on the page. */
async function gapBelow(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const next = el.nextElementSibling;
      if (!next) throw new Error('nothing follows');
      return next.getBoundingClientRect().top - el.getBoundingClientRect().bottom;
    });
}

/** The tab the area's sub-navigation marks as the current page. */
const currentTab = (page: Page) =>
  page.getByRole('navigation', { name: '申請・承認' }).locator('[aria-current="page"]').innerText();

function isoDate(offsetDays: number): string {
  const d = new Date(Date.now() + 9 * 3600_000 + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/**
 * Chooses the asset (number and name) on the new request page: found by its number, or already chosen
 * when it is the only one the person may choose.
 */
async function chooseAsset(staff: Page, label: string): Promise<void> {
  const chosen = staff.getByTestId('chosen-asset');
  const search = staff.getByLabel('資産番号・名称で検索');
  await chosen.or(search).first().waitFor();
  if ((await chosen.count()) && (await chosen.innerText()) === label) {
    await staff.getByText('選べる情報資産はこの1件です。').waitFor();
    return;
  }
  await search.fill(label.split(' ')[0]);
  await staff.getByRole('button', { name: '検索', exact: true }).click();
  await staff.getByRole('button', { name: `これを選ぶ: ${label}` }).click();
}

/** The staff member files a take-out of the laptop; returns the request's page path. */
async function fileTakeOut(staff: Page, assetNo: string, typeName: RegExp): Promise<string> {
  await staff.goto('/requests/new');
  await chooseAsset(staff, `${assetNo} 持出用ノートパソコン`);
  const needed = staff.getByRole('region', { name: 'この資産で許可が必要なこと' });
  await needed
    .getByText(/^情報資産の持出し：承認が必要/)
    .first()
    .waitFor();
  await staff.getByRole('radio', { name: typeName }).check();
  await staff.getByLabel('持出日', { exact: true }).fill(isoDate(0));
  await staff.getByLabel('返却予定日', { exact: true }).fill(isoDate(3));
  await staff.getByLabel('持出先').fill('萩市役所 会議室');
  await staff.getByLabel('目的・理由').fill('住民説明会での資料投影のため');
  assert.ok((await gapBelow(staff, '.rq-needed')) >= 16, 'what the asset needs stands apart from step 2');
  await screenshot(staff, 'requests-new');
  await staff.getByRole('button', { name: '申請する' }).click();
  await staff.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
  await staff.getByText('申請しました。').waitFor();
  assert.equal(await staff.getByTestId('request-status').innerText(), '審査中');
  return new URL(staff.url()).pathname;
}

test('[R-E3] hagi-nagato: a 重要性II laptop goes out with the 責任者’s approval, comes back, two people confirm, the 持出し記録簿 shows and exports it', async () => {
  const admin = await person('hagi-ciso');
  await grant(admin, {
    CISO: ADMIN_FNS,
    情報セキュリティ責任者: ['requests.approve.take_out'],
    情報セキュリティ管理者: ['requests.confirm_return'],
    情報システム担当者: ['requests.confirm_return'],
  });
  await setUpAsset(admin, 'hagi-staff', 'PC-001');

  // The policy import proposed a take-out type; the administrator checks it against the policy and asks for
  // two confirmations after the return (what the catalogue's seed-003 entry does).
  await admin.goto('/requests/types');
  await admin.getByRole('link', { name: '編集: 情報資産の持出し', exact: true }).click();
  // Levels are ticked from the body's own scheme, the approver chosen by its role's name: nothing typed.
  for (const level of await admin.getByRole('checkbox', { checked: true, name: /^重要性/ }).all())
    await level.uncheck();
  await admin.getByRole('checkbox', { name: '重要性I', exact: true }).check();
  await admin.getByRole('checkbox', { name: '重要性II', exact: true }).check();
  await chooseRole(admin, '承認する役割', '情報セキュリティ責任者');
  await admin.getByLabel('判断する人').selectOption('any');
  await admin.getByLabel('申請者の所属を担当する人に限る').uncheck();
  if (!(await admin.getByLabel('返却を管理する', { exact: true }).isChecked()))
    await admin.getByLabel('返却を管理する', { exact: true }).check();
  await admin.getByLabel('返却後の確認', { exact: true }).check();
  assert.equal(await admin.getByLabel('確認する人数').inputValue(), '2');
  await admin.getByRole('button', { name: '保存' }).click();
  await admin.getByText('保存しました。').waitFor();
  await screenshot(admin, 'requests-type-editor');
  await admin.goto('/requests/catalogue');
  await admin.getByText('同じコードの種別が既にあります').first().waitFor();
  await screenshot(admin, 'requests-catalogue');

  const staff = await person('hagi-staff', true);
  const path = await fileTakeOut(staff, 'PC-001', /^情報資産の持出し/);
  // Their own request is under 自分の申請; on a phone their name and every tab stay whole in sight, and
  // the print button stands apart from the message under it.
  assert.equal(await currentTab(staff), '自分の申請');
  const name = staff.locator('.app-header__user');
  assert.match(await name.innerText(), /山口 さくら$/);
  assert.ok(await name.evaluate((el) => el.scrollWidth <= el.clientWidth), 'the user name is not cut');
  for (const tab of await staff.getByRole('navigation', { name: '申請・承認' }).getByRole('link').all()) {
    const box = await tab.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${await tab.innerText()} is in sight`);
  }
  assert.ok((await gapBelow(staff, '.print-forms')) >= 16, 'the print button stands apart');

  // The 責任者 sees it in the inbox and the bell, and approves on a phone.
  const sekinin = await person('hagi-sekinin', true);
  await sekinin.goto('/requests');
  assert.equal((await sekinin.getByTestId('count-approvals').innerText()).split('\n')[0], '1');
  assert.equal(await sekinin.getByTestId('bell-count').innerText(), '1');
  await screenshot(sekinin, 'requests-inbox-phone');
  // Who asks and the dates asked for, the return date among them before anyone has approved.
  const asked = sekinin.getByRole('table', { name: '承認待ち' }).getByRole('row', { name: /山口 さくら/ });
  const cells = await asked.getByRole('cell').allInnerTexts();
  assert.match(cells.join('|'), /持出日 令和\d+年\d+月\d+日\n返却予定日 令和\d+年\d+月\d+日/);
  assert.match(cells[cells.length - 1], /^令和\d+年\d+月\d+日$/, `the return date shows: ${cells.join('|')}`);
  await sekinin
    .getByRole('table', { name: '承認待ち' })
    .getByRole('link', { name: '情報資産の持出し' })
    .click();
  assert.equal(await currentTab(sekinin), '承認・確認待ち');
  await sekinin.getByLabel('コメント').fill('返却時に報告してください。');
  await screenshot(sekinin, 'requests-approve-phone');
  await sekinin.getByRole('button', { name: '承認する' }).click();
  await sekinin.getByText('承認しました。').waitFor();
  assert.equal(await sekinin.getByTestId('request-status').innerText(), '承認済み');

  // Back in the office: the staff member reports the return on a phone.
  await staff.goto(path);
  await staff.getByRole('button', { name: '返却したことを報告する' }).click();
  await staff.getByText('返却を記録しました。').waitFor();
  assert.equal(await staff.getByTestId('request-status').innerText(), '返却済み（確認待ち）');
  await staff.getByText('PC-001 持出用ノートパソコン').waitFor();
  await screenshot(staff, 'requests-returned-phone');

  // Two people confirm nothing leaked; the second closes the request.
  for (const login of ['hagi-kanri', 'hagi-tanto']) {
    const p = await person(login);
    await p.getByRole('button', { name: /お知らせ（未読 \d+ 件）/ }).click();
    await p
      .getByRole('link', { name: /返却後の確認をお願いします/ })
      .first()
      .click();
    await p.waitForURL(`**${path}`);
    await p.getByRole('button', { name: '漏えいがないことを確認した' }).click();
    await p.getByText('確認を記録しました。').waitFor();
    if (login === 'hagi-tanto') {
      assert.equal(await p.getByTestId('request-status').innerText(), '完了');
      await screenshot(p, 'requests-detail-closed');
    }
    await p.context().close();
  }

  // The 持出し記録簿 shows it and exports it; the navigation's column runs the page's full height.
  await admin.goto('/requests/records');
  const row = admin.getByRole('row', { name: /山口 さくら/ });
  await row.waitFor();
  const [nav, frame] = await Promise.all(
    ['.side-nav', '.shell__body'].map((sel) =>
      admin.locator(sel).evaluate((el) => el.getBoundingClientRect().bottom),
    ),
  );
  assert.ok(Math.abs(nav - frame) <= 1, `the navigation reaches the bottom (${nav} of ${frame})`);
  const text = await row.innerText();
  assert.match(text, /重要性II/);
  assert.match(text, /萩 花子/);
  assert.match(text, /松本 健/);
  await screenshot(admin, 'requests-records');
  const [csv] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('link', { name: 'CSV (UTF-8)' }).click(),
  ]);
  const body = await (await import('node:fs')).promises.readFile((await csv.path()) as string, 'utf8');
  assert.match(body, /山口 さくら/);
  assert.match(body, /萩市役所 会議室/);
  const [pdf] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('link', { name: 'PDF（記録簿の様式）' }).click(),
  ]);
  assert.match(pdf.suggestedFilename(), /\.pdf$/);
  const [sjis] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('button', { name: 'CSV (Shift_JIS)' }).click(),
  ]);
  assert.match(sjis.suggestedFilename(), /\.csv$/);
  for (const p of [admin, staff, sekinin]) await p.context().close();
});

test('[R-E3] hanamaki: the 管理者 of the requester’s 課 approves the same take-out; a type a clerk makes in the editor (levels ticked, approver chosen by role) waits for that role', async () => {
  const admin = await person('hanamaki-sekinin');
  await grant(admin, {
    情報セキュリティ責任者: ADMIN_FNS,
    情報セキュリティ管理者: ['requests.approve.take_out'],
  });
  await setUpAsset(admin, 'hanamaki-staff', 'PC-101');
  await admin.goto('/requests/catalogue');
  await admin.getByRole('button', { name: '追加: 情報資産の持出し（事後確認あり）', exact: true }).click();
  await admin.getByText('「情報資産の持出し（事後確認あり）」を追加しました。').waitFor();
  // Only the 管理者 of the requester's own 課 decides: the chain step is limited to the requester's unit.
  await admin.goto('/requests/types');
  await admin.getByRole('link', { name: '編集: 情報資産の持出し（事後確認あり）', exact: true }).click();
  await admin.getByLabel('申請者の所属を担当する人に限る').check();
  await admin.getByRole('button', { name: '保存' }).click();
  await admin.getByText('保存しました。').waitFor();

  const staff = await person('hanamaki-staff');
  const path = await fileTakeOut(staff, 'PC-101', /^情報資産の持出し（事後確認あり）/);

  const other = await person('hanamaki-kanri-soumu');
  await other.goto('/requests');
  assert.equal((await other.getByTestId('count-approvals').innerText()).split('\n')[0], '0');
  await other.context().close();

  const kanri = await person('hanamaki-kanri-shimin', true);
  await kanri.goto('/requests');
  assert.equal((await kanri.getByTestId('count-approvals').innerText()).split('\n')[0], '1');
  await kanri.goto(path);
  await kanri.getByRole('button', { name: '承認する' }).click();
  await kanri.getByText('承認しました。').waitFor();
  assert.equal(await kanri.getByTestId('request-status').innerText(), '承認済み');
  await screenshot(kanri, 'requests-hanamaki-approved-phone');

  // A new type made in the editor by a clerk: levels ticked from the scheme, the approver chosen by role.
  await admin.goto('/requests/types/new');
  await admin.getByLabel('名称', { exact: true }).fill('情報資産の貸出し');
  // The grounds are chosen from the clauses of the body's policy in force, not typed.
  const grounds = admin.getByLabel('根拠条項', { exact: true });
  assert.equal(await grounds.evaluate((el) => el.tagName), 'SELECT');
  const offered = await grounds.locator('optgroup option').count();
  assert.ok(offered > 5, `the policy's clauses are offered (${offered})`);
  await grounds.selectOption({ index: 2 });
  const cited = await grounds.inputValue();
  assert.ok(cited, 'a clause is chosen');
  await chooseRole(admin, '承認する役割', '情報セキュリティ管理者');
  await admin.getByText('承認に使う機能：持出しの承認').waitFor();
  assert.equal(await admin.getByLabel('有効').isChecked(), true, 'it is active when saved');
  await screenshot(admin, 'requests-type-new');
  await admin.getByRole('button', { name: '保存' }).click();
  await admin.getByText('保存しました。').waitFor();
  const body = await admin.locator('main').innerText();
  assert.doesNotMatch(body, /requests\.|take_out|R-[A-Z]\d/, 'no raw keys or requirement IDs in the editor');

  await staff.goto('/requests/new');
  await chooseAsset(staff, 'PC-101 持出用ノートパソコン');
  await staff.getByRole('radio', { name: /^情報資産の貸出し/ }).check();
  assert.doesNotMatch(
    await staff.locator('main').innerText(),
    /根拠条項/,
    'the person filing is not shown the clause',
  );
  await staff.getByLabel('目的・理由').fill('研修での使用のため');
  await staff.getByRole('button', { name: '申請する' }).click();
  await staff.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
  assert.equal(
    await staff.getByTestId('request-status').innerText(),
    '審査中',
    'it waits for the role chosen',
  );
  await kanri.goto('/requests');
  assert.equal((await kanri.getByTestId('count-approvals').innerText()).split('\n')[0], '1');
  await kanri
    .getByRole('table', { name: '承認待ち' })
    .getByRole('link', { name: '情報資産の貸出し' })
    .waitFor();
  for (const p of [admin, staff, kanri]) await p.context().close();
});
