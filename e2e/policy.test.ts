/**
 * The policy import as a first-time administrator of a new body does it: create the organization, give
 * someone the policy function, import seed policies (text and Word) and check the review screen's
 * proposals, the clause links, the gap analysis, the version diff and the document view's search bar.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Document, Packer, Paragraph, Tab, TextRun } from 'docx';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './support/build.ts';
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

/** A screenshot under e2e/screenshots/ of at most the first 5000 px (the review page is long). */
async function screenshot(p: Page, name: string, viewportOnly = false): Promise<void> {
  const dir = path.join(ROOT, 'e2e/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  if (viewportOnly) return void (await p.screenshot({ path: path.join(dir, `${name}.png`) }));
  const height = Math.min(5000, await p.evaluate(() => document.documentElement.scrollHeight));
  const width = p.viewportSize()?.width ?? 1280;
  await p.screenshot({
    path: path.join(dir, `${name}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height },
  });
}

let page: Page;
let tmp: string;

const seed = (name: string) => path.join(ROOT, 'samples/policies', `${name}.txt`);
const seedText = (name: string) => fs.readFileSync(seed(name), 'utf8');

const run = browserRun({
  ready: async (r) => {
    page = await r.page();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-policy-e2e-'));
  },
  cleanup: () => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  },
});

/** A .docx with one paragraph per line of the text, tabs kept as Word tabs. */
async function makeDocx(text: string): Promise<Buffer> {
  const paragraphs = text.split('\n').map((line) => {
    const parts = line.split('\t');
    const children = parts.flatMap((p, i) =>
      i === 0 ? [new TextRun(p)] : [new TextRun({ children: [new Tab(), p] })],
    );
    return new Paragraph({ children });
  });
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

/** A JSON call with the page's session and CSRF token (set-up the test is not about). */
async function call<T>(method: 'GET' | 'POST', url: string, data?: unknown): Promise<T> {
  const { csrfToken } = await (await page.request.get('/api/session')).json();
  const res = await page.request.fetch(url, {
    method,
    headers: { 'X-CSRF-Token': csrfToken, Accept: 'application/json' },
    ...(data === undefined ? {} : { data }),
  });
  assert.ok(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`);
  return (res.status() === 204 ? undefined : await res.json()) as T;
}

/** Imports a file through the import screen and waits for the review screen; returns the version id. */
async function importFile(file: string): Promise<string> {
  await page.goto('/policies/import');
  await page.getByLabel(/^ファイル/).setInputFiles(file);
  await page.getByRole('button', { name: '取り込む', exact: true }).click();
  await page.waitForURL('**/proposals', { timeout: 60_000 });
  await page.getByRole('heading', { level: 1, name: '取込み結果の確認（提案）' }).waitFor();
  await page.locator('fieldset[data-kind]').first().waitFor();
  return new URL(page.url()).pathname.split('/')[3];
}

const group = (kind: string) => page.locator(`fieldset[data-kind="${kind}"]`);
const titles = async (g: Locator) =>
  (await g.getByTestId('proposal').locator('label').allInnerTexts()).map((t) => t.trim());

let hagiVersion = '';
let hagiDocument = '';

test('[R-P1] a new body imports seed 001 and the review screen proposes its own roles and 重要性 I/II/III, each linked to its clause', async () => {
  await firstSignIn(page, run.server.adminLoginId, run.server.adminPassword);
  await page.goto('/settings/organizations');
  await page.getByLabel('組織コード', { exact: true }).fill('policy-city');
  await page.getByLabel('組織名', { exact: true }).fill('ポリシー試験組合');
  await page.getByRole('button', { name: '作成' }).click();
  await page.getByText('「ポリシー試験組合」を作成しました。').waitFor();
  await page.getByLabel('操作する組織').selectOption({ label: 'ポリシー試験組合（policy-city）' });
  await page.getByRole('button', { name: '切り替える', exact: true }).click();
  await page.getByText('「ポリシー試験組合」に切り替えました。').waitFor();

  // The hosting administrator only sets the body up: one person gets the policy function.
  const role = await call<{ id: string }>('POST', '/api/org/roles', {
    name: '導入担当',
    tier: 1,
    functions: ['policy.manage', 'policy.read'],
  });
  const person = await call<{ id: string; oneTimePassword: string }>('POST', '/api/org/people', {
    loginId: 'policy-admin',
    displayName: '導入 担当',
  });
  await call('POST', `/api/org/roles/${role.id}/assignments`, { userId: person.id });
  await signOut(page);
  await signIn(page, 'policy-admin', person.oneTimePassword);
  await page.waitForURL('**/signin/password');
  await changePassword(page, person.oneTimePassword, NEW_PASSWORD);
  await enrollTotp(page);
  await acknowledgeRecoveryCodes(page);
  await page.waitForURL((u) => u.pathname === '/');

  hagiVersion = await importFile(seed('001-hagi-nagato-seiso'));
  await screenshot(page, 'policy-review-001');
  await screenshot(page, 'policy-review-001-top', true);

  const roles = await titles(group('roles'));
  assert.deepEqual(roles.slice(0, 1), ['CISO']);
  const items = group('roles').getByTestId('proposal');
  const detailOf = async (name: RegExp) =>
    (await items.filter({ hasText: name }).first().innerText()).replace(/\s+/g, ' ');
  assert.match(await detailOf(/^CISO/), /充て職: 事務局長/);
  assert.match(await detailOf(/情報セキュリティ責任者/), /充て職: 事務局次長/);
  assert.match(await detailOf(/情報セキュリティ管理者/), /充て職: (事務局)?総務管理係長/);
  assert.ok(
    roles.some((r) => r.startsWith('情報システム担当者')),
    roles.join(', '),
  );
  for (const name of ['情報セキュリティ責任者', '情報セキュリティ管理者'])
    assert.ok(
      roles.some((r) => r.startsWith(name)),
      `${name} in ${roles.join(', ')}`,
    );

  // Classification: the provider exists and reads 重要性 I / II / III.
  const cls = group('classification');
  assert.equal(await cls.count(), 1, 'a classification proposal');
  assert.match((await cls.innerText()).replace(/\s+/g, ' '), /重要性: I \/ II \/ III/);
  // Every group says what it is; every item links to its clause.
  assert.match(await group('roles').innerText(), /「役割」に.*「委員会」に登録/);
  const ciso = items.filter({ hasText: /^CISO/ }).first();
  await ciso.getByRole('link', { name: /条項 第2章\/1\.\/\(1\) を開く/ }).waitFor();

  // Select none / all per group.
  await group('roles')
    .getByRole('button', { name: /すべて解除/ })
    .click();
  assert.equal(await group('roles').locator('input[type=checkbox]:checked').count(), 0);
  await group('roles')
    .getByRole('button', { name: /すべて選択/ })
    .click();
  assert.equal(
    await group('roles').locator('input[type=checkbox]:checked').count(),
    await group('roles').locator('input[type=checkbox]').count(),
  );

  // The gap analysis is on the review screen too.
  const counts = await page.getByTestId('gap-counts').innerText();
  assert.match(counts, /規定あり \d+・手薄 \d+・規定なし \d+/);

  // Confirm, then see what was created with links.
  await page.getByRole('button', { name: /内容を確認する/ }).click();
  const confirm = page.getByTestId('confirm');
  await confirm.waitFor();
  assert.match(await confirm.innerText(), /採用 \d+ 件/);
  await confirm.scrollIntoViewIfNeeded();
  await screenshot(page, 'policy-review-001-confirm', true);
  await confirm.getByRole('button', { name: '確定する' }).click();
  const created = page.getByTestId('created');
  await created.waitFor();
  await created.getByRole('link', { name: 'CISO', exact: true }).waitFor();
  assert.match(
    (await created.getByRole('link', { name: 'CISO', exact: true }).getAttribute('href')) ?? '',
    /^\/organization\/roles\//,
  );
  assert.match(await page.getByText(/件の採否を記録しました/).innerText(), /\d+ 件/);
  await screenshot(page, 'policy-review-001-created', true);

  // The clause link opens the document view at that clause.
  await ciso.getByRole('link', { name: /条項 第2章\/1\.\/\(1\) を開く/ }).click();
  await page.waitForURL(/\/policies\/versions\/[^/?]+\?clause=/);
  const clause = page.locator('[id="clause-第2章/1./(1)"]');
  await clause.waitFor();
  assert.equal(await clause.getByRole('button').first().getAttribute('aria-expanded'), 'true');
  hagiDocument = (await call<{ documentId: string }>('GET', `/api/policy/versions/${hagiVersion}`))
    .documentId;
});

test('[R-P1] the document view keeps its search bar above the text when the text is scrolled', async () => {
  await page.goto(`/policies/versions/${hagiVersion}`);
  const article = page.locator('article').first();
  await article.waitFor();
  await page.mouse.wheel(0, 300);
  await article.evaluate((el) => {
    el.scrollTop = 1500;
  });
  const input = page.getByLabel('本文を検索', { exact: true });
  const box = await input.boundingBox();
  assert.ok(box, 'the search box is visible');
  const onTop = await page.evaluate(
    ([x, y]) => (document.elementFromPoint(x, y) as HTMLElement | null)?.id ?? '',
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  assert.equal(onTop, 'policy-q', 'nothing is drawn over the search box');
  await screenshot(page, 'policy-document-scrolled', true);
  await input.fill('パスワード');
  await page.getByRole('button', { name: '検索', exact: true }).click();
  await page.getByText(/検索結果 \d+ 件/).waitFor();
});

test('[R-P1] the gap analysis and the version diff of two versions of a document', async () => {
  await page.goto(`/policies/versions/${hagiVersion}/gap`);
  await page.getByRole('heading', { level: 1, name: '規定の充足状況' }).waitFor();
  const row = page.locator('tr[data-gap]').filter({ hasText: '組織体制' }).first();
  assert.match(await row.innerText(), /規定あり/);
  await row.getByRole('link').first().waitFor();
  await screenshot(page, 'policy-gap-001', true);

  // A second version: one sentence changed (through the import API with documentId).
  const changed = seedText('001-hagi-nagato-seiso').replace('本基本方針は', '本基本方針（令和8年改正）は');
  assert.notEqual(changed, seedText('001-hagi-nagato-seiso'), 'the edit applies');
  const { csrfToken } = await (await page.request.get('/api/session')).json();
  const res = await page.request.post(`/api/policy/import?documentId=${hagiDocument}&fileName=v2.txt`, {
    headers: { 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/octet-stream' },
    data: Buffer.from(changed, 'utf8'),
  });
  assert.equal(res.status(), 201, await res.text());

  await page.goto(`/policies/documents/${hagiDocument}`);
  await page.getByRole('heading', { name: '版を比較' }).waitFor();
  await page.getByLabel('比較元（旧）').selectOption({ label: '第1版（下書き）' });
  await page.getByLabel('比較先（新）').selectOption({ label: '第2版（下書き）' });
  await page.getByRole('button', { name: '比較する' }).click();
  await page.waitForURL(/\/diff\//);
  const counts = await page.getByTestId('diff-counts').innerText();
  assert.match(counts, /追加 0・削除 0・変更 1・変更なし \d+/);
  const ins = page.locator('ins');
  assert.match(await ins.first().innerText(), /令和8年改正/);
  await page.locator('ins').first().scrollIntoViewIfNeeded();
  await screenshot(page, 'policy-diff', true);
});

test('[R-A7] seed 003: 情報セキュリティ責任者 (政策推進部長) on top, no CISO, ネットワーク管理者 and the committee', async () => {
  await importFile(seed('003-hanamaki-taisaku-kijun'));
  await screenshot(page, 'policy-review-003');
  const roles = await titles(group('roles'));
  assert.equal(roles[0], '情報セキュリティ責任者', roles.join(', '));
  assert.ok(!roles.some((r) => /CISO|最高情報セキュリティ責任者/.test(r)), `no CISO: ${roles.join(', ')}`);
  assert.ok(roles.includes('情報セキュリティ管理者'), roles.join(', '));
  assert.ok(roles.includes('ネットワーク管理者'), roles.join(', '));
  assert.ok(
    roles.some((r) => r.endsWith('委員会')),
    roles.join(', '),
  );
  const items = group('roles').getByTestId('proposal');
  const text = async (name: string) =>
    (
      await items
        .filter({ has: page.getByText(name, { exact: true }) })
        .first()
        .innerText()
    ).replace(/\s+/g, ' ');
  assert.match(await text('情報セキュリティ責任者'), /階層 1 \/ 充て職: 政策推進部長/);
  assert.match(await text('ネットワーク管理者'), /充て職: 企画調整課長/);
  // 003 states no levels of classification: the provider proposes nothing for it.
  assert.equal(await group('classification').count(), 0);
});

test('[R-P1] a Word file made from seed 001 gives the same clause tree as the text', async () => {
  const file = path.join(tmp, '萩長門清掃-ポリシー.docx');
  fs.writeFileSync(file, await makeDocx(seedText('001-hagi-nagato-seiso')));
  const wordVersion = await importFile(file);
  assert.equal((await titles(group('roles')))[0], 'CISO');
  type Node = { path: string; title?: string; children: Node[] };
  const paths = (ns: Node[]): string[] =>
    ns.flatMap((n) => [`${n.path} ${n.title ?? ''}`, ...paths(n.children)]);
  const txt = await call<{ tree: Node[] }>('GET', `/api/policy/versions/${hagiVersion}`);
  const word = await call<{ tree: Node[]; sourceFileName: string }>(
    'GET',
    `/api/policy/versions/${wordVersion}`,
  );
  assert.equal(word.sourceFileName, '萩長門清掃-ポリシー.docx');
  assert.deepEqual(paths(word.tree), paths(txt.tree));
  // The diff screen agrees: nothing added or removed between the text and the Word import.
  await page.goto(`/policies/versions/${hagiVersion}/diff/${wordVersion}`);
  assert.match(await page.getByTestId('diff-counts').innerText(), /追加 0・削除 0/);
  await page.goto(`/policies/versions/${wordVersion}`);
  await page
    .getByRole('navigation', { name: '目次' })
    .getByRole('button', { name: /第2章/ })
    .first()
    .waitFor();
  await screenshot(page, 'policy-document-word');
});
