/**
 * The reviewer corrects what the engine misread, through the screens: a new body imports its policy,
 * corrects a role's post, who must act in a sentence, the approver of a permission, a heading and a
 * classification level, sees the proposals follow, then imports the next version of the document and
 * finds the corrections applied again — and the one whose sentence was rewritten listed as not applied.
 * Sample 001 uploaded as a PDF through the import screen reads as its text does.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { V1 } from '../src/modules/policy/corrections.test-support.ts';
import { laidOutPdf } from '../test/support/policy-renditions.ts';
import { screenshot } from './support/browser.ts';
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

let page: Page;
let tmp: string;

const run = browserRun({
  ready: async (r) => {
    page = await r.page();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-corrections-e2e-'));
  },
  cleanup: () => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  },
});

/** The next version: an article inserted (numbers shift), the 記録 sentence rewritten. */
const V2 = V1.replace(
  '（教育）',
  '（返却）\n第４条の２　職員は、持ち出した情報資産を速やかに返却しなければならない。\n（教育）',
).replace('２　記録は、５年間保存しなければならない。', '２　記録は、１０年間保存しなければならない。');

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

/** Uploads a file on the import screen (opened at `from`) and waits for the screen it leads to. */
async function upload(from: string, file: string, lands: 'proposals' | 'corrections'): Promise<string> {
  await page.goto(from);
  await page.getByLabel(/^ファイル/).setInputFiles(file);
  await page.getByRole('button', { name: '取り込む', exact: true }).click();
  await page.waitForURL(`**/${lands}`, { timeout: 60_000 });
  return new URL(page.url()).pathname.split('/')[3];
}

const write = (name: string, text: string) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
};

/** The list of corrections, one line per row. */
const rows = async () =>
  (await page.getByTestId('corrections').locator('tbody tr').allInnerTexts()).map((r) =>
    r.replace(/\s+/g, ' '),
  );
const roleRow = (name: string) => page.getByTestId('fix-roles').locator('tbody tr').filter({ hasText: name });
/** A classification level's row, by its description. */
const levelRow = (definition: string) =>
  page.getByTestId('fix-levels').locator('tbody tr').filter({ hasText: definition });
const listed = (n: number) => page.getByRole('heading', { level: 2, name: `この版の訂正（${n}）` }).waitFor();

test('[R-P1] the reviewer corrects misreadings on the screen, the proposals follow, and the next version gets them again', async () => {
  await firstSignIn(page, run.server.adminLoginId, run.server.adminPassword);
  await page.goto('/settings/organizations');
  await page.getByLabel('組織コード', { exact: true }).fill('higashitani');
  await page.getByLabel('組織名', { exact: true }).fill('東谷村');
  await page.getByRole('button', { name: '作成' }).click();
  await page.getByText('「東谷村」を作成しました。').waitFor();
  await page.getByLabel('操作する組織').selectOption({ label: '東谷村（higashitani）' });
  await page.getByRole('button', { name: '切り替える', exact: true }).click();
  await page.getByText('「東谷村」に切り替えました。').waitFor();
  const role = await call<{ id: string }>('POST', '/api/org/roles', {
    name: '導入担当',
    tier: 1,
    functions: ['policy.manage', 'policy.read'],
  });
  const person = await call<{ id: string; oneTimePassword: string }>('POST', '/api/org/people', {
    loginId: 'policy-reviewer',
    displayName: '審査 担当',
  });
  await call('POST', `/api/org/roles/${role.id}/assignments`, { userId: person.id });
  await signOut(page);
  await signIn(page, 'policy-reviewer', person.oneTimePassword);
  await page.waitForURL('**/signin/password');
  await changePassword(page, person.oneTimePassword, NEW_PASSWORD);
  await enrollTotp(page);
  await acknowledgeRecoveryCodes(page);
  await page.waitForURL((u) => u.pathname === '/');

  const v1 = await upload('/policies/import', write('kijun-1.txt', V1), 'proposals');
  await page.getByRole('link', { name: '読取り結果を訂正する' }).click();
  await page.getByRole('heading', { level: 1, name: '読取り結果の訂正' }).waitFor();
  await listed(0);
  await screenshot(page, 'policy-corrections-empty');

  // A correction that changes nothing is refused in plain Japanese, and nothing is recorded.
  await roleRow('情報セキュリティ管理者').getByRole('button', { name: /訂正/ }).click();
  await page.getByTestId('fix-roles').getByRole('button', { name: '訂正する' }).click();
  await page.getByTestId('fix-roles').getByText('訂正する内容を入力してください。').first().waitFor();
  await listed(0);

  // A role's post and tier.
  await roleRow('情報セキュリティ管理者').getByRole('button', { name: /訂正/ }).click();
  await page.getByLabel('充て職', { exact: true }).fill('各課の長');
  await page.getByTestId('fix-roles').getByRole('button', { name: '訂正する' }).click();
  await listed(1);
  await roleRow('情報セキュリティ管理者').getByText('訂正済み').waitFor();

  // Who must act in a sentence the engine could not attribute (listed first, marked).
  const unknown = page.getByTestId('obligation').filter({ hasText: '記録は' });
  await unknown.getByText('行為者不明').waitFor();
  await unknown.getByRole('button', { name: '訂正' }).click();
  await page.getByLabel(/^行為者/).fill('情報セキュリティ管理者');
  await page.getByTestId('fix-obligations').getByRole('button', { name: '訂正する' }).click();
  await listed(2);

  // The approver of the take-out permission.
  await page.getByLabel('文で絞り込む').fill('持ち出す');
  await page
    .getByTestId('obligation')
    .filter({ hasText: '持ち出す' })
    .getByRole('button', { name: '訂正' })
    .click();
  await page.getByLabel(/^許可・承認する者/).fill('情報セキュリティ責任者');
  await page.getByTestId('fix-obligations').getByRole('button', { name: '訂正する' }).click();
  await listed(3);

  // A heading, and a classification level's place.
  await page.getByLabel('条項', { exact: true }).selectOption('第5条');
  await page.getByLabel('見出し', { exact: true }).fill('職員の教育');
  await page.getByTestId('fix-clauses').getByRole('button', { name: '訂正する' }).click();
  await listed(4);
  await page.getByLabel('観点', { exact: true }).fill('機密性');
  await page.getByLabel('区分', { exact: true }).fill('1');
  await page.getByLabel(/^順位/).fill('1');
  await page.getByTestId('fix-levels').getByRole('button', { name: '訂正する' }).click();
  await listed(5);
  const list = await rows();
  assert.ok(
    list.every((r) => r.includes('適用中')),
    list.join('\n'),
  );
  assert.match(list[0], /役割 情報セキュリティ管理者 .*充て職「各課の長」/);
  assert.match(list[1], /義務 記録は.*行為者「情報セキュリティ管理者」/);
  assert.match(list[2], /許可する者「情報セキュリティ責任者」/);
  assert.match(list[3], /見出し「職員の教育」/);
  assert.match(list[4], /分類 機密性1 .*順位 1/);
  assert.match(list[0], /審査 担当/);
  await levelRow('その他の情報資産').getByText('訂正済み').waitFor();
  await screenshot(page, 'policy-corrections-v1');

  // Undo, then correct again: the list and the reading follow.
  await page
    .getByTestId('corrections')
    .locator('tbody tr')
    .filter({ hasText: '機密性1' })
    .getByRole('button', { name: /取り消す/ })
    .click();
  await listed(4);
  assert.equal(await levelRow('その他の情報資産').locator('td').nth(2).innerText(), '3');
  await page.getByLabel('観点', { exact: true }).fill('機密性');
  await page.getByLabel('区分', { exact: true }).fill('1');
  await page.getByLabel(/^順位/).fill('1');
  await page.getByTestId('fix-levels').getByRole('button', { name: '訂正する' }).click();
  await listed(5);

  // A paragraph's level: moved to the top level, its path follows; then undone.
  await page.getByLabel('条項', { exact: true }).selectOption('第4条/2');
  await page.getByLabel('上位の条項').selectOption({ label: '最上位（どの条項の下にも置かない）' });
  await page.getByTestId('fix-clauses').getByRole('button', { name: '訂正する' }).click();
  await listed(6);
  assert.match(
    (await rows())[5],
    /条項 2 記録は、5年間保存しなければならない。 第4条\/2 最上位へ移動 適用中/,
  );
  const moved = await call<{ clauses: { path: string; depth: number }[] }>(
    'GET',
    `/api/policy/versions/${v1}/analysis`,
  );
  assert.ok(
    moved.clauses.some((c) => c.path === '2' && c.depth === 1),
    JSON.stringify(moved.clauses),
  );
  assert.ok(!moved.clauses.some((c) => c.path === '第4条/2'));
  await page
    .getByTestId('corrections')
    .locator('tbody tr')
    .filter({ hasText: '最上位へ移動' })
    .getByRole('button', { name: /取り消す/ })
    .click();
  await listed(5);

  // A classification axis renamed: its levels keep their labels and order.
  await page.getByLabel('観点（今の名前）').selectOption('機密性');
  await page.getByLabel('新しい名前').fill('秘匿性');
  await page.getByTestId('fix-axis').getByRole('button', { name: '名前を訂正する' }).click();
  await listed(6);
  assert.match((await rows())[5], /分類の観点 機密性 .*観点の名前を「秘匿性」に 適用中/);
  await levelRow('その他の情報資産').getByText('秘匿性').waitFor();

  // The proposals are made from the corrected reading.
  await page.getByRole('link', { name: '取込み結果の確認（提案）へ' }).click();
  await page.locator('fieldset[data-kind="roles"]').waitFor();
  const roleText = (await page.locator('fieldset[data-kind="roles"]').innerText()).replace(/\s+/g, ' ');
  assert.match(roleText, /情報セキュリティ管理者 階層 2 \/ 充て職: 各課の長/);
  const types = (await page.locator('fieldset[data-kind="request_types"]').innerText()).replace(/\s+/g, ' ');
  assert.match(types, /承認者: 情報セキュリティ責任者/);
  assert.doesNotMatch(types, /承認者: 情報セキュリティ管理者/);
  const cls = (await page.locator('fieldset[data-kind="classification"]').innerText()).replace(/\s+/g, ' ');
  assert.match(cls, /秘匿性: 1 \/ 3 \/ 2/);
  // What the corrections changed is marked on the proposals, with what was changed; the rest are not.
  const proposal = (kind: string, title: string) =>
    page.locator(`fieldset[data-kind="${kind}"] [data-testid="proposal"]`).filter({ hasText: title });
  assert.match(
    (await proposal('roles', '情報セキュリティ管理者').innerText()).replace(/\s+/g, ' '),
    /訂正済み 訂正: 役割「情報セキュリティ管理者」充て職「各課の長」/,
  );
  assert.equal(
    await proposal('roles', '情報セキュリティ責任者').getByTestId('proposal-corrected').count(),
    0,
  );
  assert.match(cls, /訂正済み 訂正: 分類「機密性1」順位 1／分類の観点「機密性」観点の名前を「秘匿性」に/);
  assert.match(
    types,
    /訂正済み 訂正: 義務「職員は、情報資産を持ち出す.*許可する者「情報セキュリティ責任者」/,
  );
  await screenshot(page, 'policy-corrections-proposals');

  // The next version, imported from the document's page, is read with the corrections again.
  const { documentId } = await call<{ documentId: string }>('GET', `/api/policy/versions/${v1}`);
  await page.goto(`/policies/documents/${documentId}`);
  await page.getByRole('link', { name: '新しい版を取り込む' }).click();
  await page.getByText('「東谷村情報セキュリティ対策基準」の新しい版として取り込みます。').waitFor();
  const v2 = await upload(page.url(), write('kijun-2.txt', V2), 'corrections');
  assert.notEqual(v2, v1);
  await listed(6);
  await page.getByTestId('unmatched-note').waitFor();
  const carried = await rows();
  assert.ok(
    carried.every((r) => r.includes('前の版から引継ぎ')),
    carried.join('\n'),
  );
  const stale = carried.filter((r) => r.includes('本文が変わったため未適用'));
  assert.equal(stale.length, 1, carried.join('\n'));
  assert.match(stale[0], /記録は、5年間保存/);
  assert.equal(await roleRow('情報セキュリティ管理者').locator('td').nth(1).innerText(), '各課の長');
  await roleRow('情報セキュリティ管理者').getByText('訂正済み').waitFor();
  await page
    .getByTestId('obligation')
    .filter({ hasText: '記録は、10年間' })
    .getByText('行為者不明')
    .waitFor();
  await screenshot(page, 'policy-corrections-v2');
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
  );
  // The same screen in English.
  await page.getByRole('button', { name: /Switch to English/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Correct the reading' }).waitFor();
  await page.getByText('Not applied: the text changed').waitFor();
  assert.match((await rows()).join('\n'), /post “各課の長”/);
  await screenshot(page, 'policy-corrections-v2-en');
  await page.getByRole('button', { name: /日本語に切り替える/ }).click();
  await page.getByRole('heading', { level: 1, name: '読取り結果の訂正' }).waitFor();
  const a2 = await call<{ clauses: { path: string; title?: string }[] }>(
    'GET',
    `/api/policy/versions/${v2}/analysis`,
  );
  assert.equal(a2.clauses.find((c) => c.path === '第5条')?.title, '職員の教育');
});

test('[R-P1] sample 001 uploaded as a PDF on the import screen reads as its text: the same tree, CISO on top, the same classification', async () => {
  const text = fs.readFileSync(path.join(ROOT, 'samples/policies/001-hagi-nagato-seiso.txt'), 'utf8');
  const pdf = path.join(tmp, '001.pdf');
  fs.writeFileSync(pdf, await laidOutPdf(text, '情報セキュリティポリシー'));
  const fromPdf = await upload('/policies/import', pdf, 'proposals');
  await page.locator('fieldset[data-kind="roles"]').waitFor();
  const roleTitles = (
    await page.locator('fieldset[data-kind="roles"]').getByTestId('proposal').locator('label').allInnerTexts()
  ).map((t) => t.trim());
  assert.equal(roleTitles[0], 'CISO', roleTitles.join(', '));
  const ciso = (
    await page.locator('fieldset[data-kind="roles"]').getByTestId('proposal').first().innerText()
  ).replace(/\s+/g, ' ');
  assert.match(ciso, /階層 1 \/ 充て職: 事務局長/);
  const clsPdf = (await page.locator('fieldset[data-kind="classification"]').innerText()).replace(
    /\s+/g,
    ' ',
  );
  assert.match(clsPdf, /重要性: I \/ II \/ III/);
  await screenshot(page, 'policy-import-001-pdf');

  const fromText = (
    await call<{ versionId: string }>('POST', '/api/policy/import', { text, fileName: '001.txt' })
  ).versionId;
  type Node = { path: string; title?: string; children: Node[] };
  const paths = async (id: string) => {
    const out: string[] = [];
    const walk = (ns: Node[]) => {
      for (const n of ns) {
        out.push(`${n.path}|${n.title ?? ''}`);
        walk(n.children);
      }
    };
    walk((await call<{ tree: Node[] }>('GET', `/api/policy/versions/${id}`)).tree);
    return out;
  };
  assert.deepEqual(await paths(fromPdf), await paths(fromText));
  type Item = { kind: string; title: string; detail: string };
  const proposals = async (id: string) =>
    (await call<{ items: Item[] }>('GET', `/api/policy/versions/${id}/proposals`)).items
      .filter((p) => p.kind === 'roles' || p.kind === 'classification')
      .map((p) => `${p.kind} ${p.title} ${p.detail}`);
  assert.deepEqual(await proposals(fromPdf), await proposals(fromText));
});
