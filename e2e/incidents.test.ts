import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser.ts';
import { firstSignIn, NEW_PASSWORD, signIn, signOut, totpCode } from './support/flows.ts';
import { browserRun } from './support/run.ts';
import { demoPassword } from './support/server.ts';

let page: Page;

const run = browserRun({
  ready: async (r) => {
    page = await r.page();
  },
});

/** Calls the API from the signed-in page, with the session's CSRF token, as the web client does. */
async function call(method: string, url: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ([method, url, body]) => {
      const s = await (await fetch('/api/session')).json();
      const r = await fetch(url as string, {
        method: method as string,
        headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await r.text();
      return { status: r.status, json: text ? JSON.parse(text) : null };
    },
    [method, url, body] as const,
  );
}

const main = () => page.getByRole('main');

test('[R-E10] a lost USB medium with 重要性 I data climbs the chain of hagi-nagato, is handled and closed, and the audit log shows every step', async () => {
  // The organization administrator (the CISO's role holds org.admin in the demo) maps the incident
  // functions onto the body's own roles, as a real administrator would on the roles screen.
  const cisoSecret = await firstSignIn(page, 'hagi-ciso', demoPassword(run.server, 'hagi-ciso'));
  const roles = (await call('GET', '/api/org/roles')).json as {
    items: { id: string; functions: { key: string }[]; holders: { displayName: string }[] }[];
  };
  const roleOf = (name: string) => {
    const r = roles.items.find((x) => x.holders.some((h) => h.displayName === name));
    assert.ok(r, `a role held by ${name}`);
    return r;
  };
  const grant: [string, string[]][] = [
    ['松本 健', ['incidents.receive', 'incidents.handle']],
    [
      '萩 花子',
      [
        'incidents.escalate_to',
        'incidents.handle',
        'incidents.close',
        'failures.manage',
        'violations.manage',
      ],
    ],
    [
      '長門 一郎',
      [
        'incidents.escalate_to',
        'incidents.read_all',
        'incidents.close',
        'incidents.handle',
        'emergency_plan.manage',
      ],
    ],
  ];
  for (const [holder, fns] of grant) {
    const r = roleOf(holder);
    const functions = [...new Set([...r.functions.map((f) => f.key), ...fns])];
    const res = await call('PUT', `/api/org/roles/${r.id}/functions`, { functions });
    assert.equal(res.status, 204, JSON.stringify(res.json));
  }
  // The chain proposed from the roles is saved on the settings screen; the demo names the 組合管理者 as the
  // head of the body, as policy 001 第2章 5.(3)② does.
  await page.goto('/incidents/settings');
  await page.locator('fieldset.inc-card').first().waitFor();
  assert.equal(await page.locator('fieldset.inc-card').count(), 3, 'receiver, 責任者 and CISO steps');
  assert.match(await page.locator('#chain-head-ref option:checked').innerText(), /^田村 誠一/);
  // Each step's function is named in words, never by its key.
  const chainText = await page.locator('main').innerText();
  assert.doesNotMatch(chainText, /incidents\.[a-z_]+/);
  assert.match(await page.locator('#chain-0-fn option:checked').innerText(), /^[^a-z]+$/);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('保存しました。').waitFor();
  await screenshot(page, 'incidents-chain-settings');
  await signOut(page);

  // A staff member reports on a phone-sized screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await firstSignIn(page, 'hagi-staff', demoPassword(run.server, 'hagi-staff'));
  await page.goto('/incidents');
  await page.getByLabel('種別').selectOption({ label: '端末・記録媒体の紛失・盗難' });
  await page.getByText('最後に確認した場所と日時を書き留める').waitFor();
  await page.getByLabel('何が起きたか（件名）').fill('USBメモリの紛失（重要性I）');
  await page.getByLabel('詳しい状況').fill('住民税の課税資料（重要性I）を保存したUSBメモリが見当たらない。');
  await page.getByRole('radio', { name: 'はい' }).check();
  await screenshot(page, 'incidents-report-phone');
  await page.getByRole('button', { name: '報告を送信' }).click();
  await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
  const incidentUrl = new URL(page.url()).pathname;
  await page.getByRole('heading', { name: '個人情報保護委員会への報告期限' }).waitFor();
  await signOut(page);
  await page.setViewportSize({ width: 1280, height: 860 });

  // The 管理者 receives it and escalates (not minor).
  await firstSignIn(page, 'hagi-kanri', demoPassword(run.server, 'hagi-kanri'));
  await page.goto('/incidents');
  await main().getByRole('link', { name: 'USBメモリの紛失（重要性I）' }).first().click();
  await page.getByLabel('判断の理由').fill('重要性Iの個人情報を含むため軽微ではない');
  await page.getByRole('button', { name: '受領を記録' }).click();
  await page.getByTestId('step-1').getByText('確認待ち').waitFor();
  assert.match(await page.getByTestId('step-0').innerText(), /確認済み/);
  await signOut(page);

  // The 責任者 sees it, acknowledges, reports to the police, assigns and closes a preventive action.
  await firstSignIn(page, 'hagi-sekinin', demoPassword(run.server, 'hagi-sekinin'));
  await page.goto(incidentUrl);
  await page.getByTestId('step-1').getByRole('button', { name: '受領を記録' }).click();
  await page.getByTestId('step-2').getByText('確認待ち').waitFor();
  await page.getByLabel('連絡先の区分').selectOption('police');
  await page.getByLabel('連絡先（署名・機関名）').fill('山口県萩警察署');
  await page.getByLabel('伝えた内容').fill('遺失届を提出（受理番号 123）');
  await page.getByRole('button', { name: '連絡を記録' }).click();
  await main().getByText('山口県萩警察署').first().waitFor();
  await page.getByLabel('種類', { exact: true }).first().selectOption('prevention');
  await page.locator('#act-description').fill('記録媒体の持出しを台帳で管理し、暗号化を必須にする');
  await page.getByLabel('担当者').selectOption({ label: '松本 健（hagi-kanri）' });
  await page.locator('#act-dueDate').fill('2026-12-25');
  await page.getByRole('button', { name: '対策を追加' }).click();
  await main().getByText('記録媒体の持出しを台帳で管理し').first().waitFor();
  await page.getByRole('button', { name: '完了にする' }).click();
  await main().getByText('完了', { exact: true }).first().waitFor();
  await page.locator('#evi-file').setInputFiles({
    name: 'last-seen.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('最後に見た場所: 2階会議室'),
  });
  const localHash = await page.getByTestId('evidence-local-hash').innerText();
  await page.locator('#evi-description').fill('最後に見た場所のメモ');
  await page.getByRole('button', { name: '保全する' }).click();
  await page.getByText(`SHA-256 ${localHash}`).waitFor();
  await screenshot(page, 'incidents-detail-sekinin');
  await signOut(page);

  // The CISO sees it, acknowledges and closes it; the report PDF downloads.
  await signIn(page, 'hagi-ciso', NEW_PASSWORD);
  await page.waitForURL('**/signin/mfa');
  await page.getByLabel('確認コード（6桁）', { exact: true }).fill(totpCode(cisoSecret, 1));
  await page.getByRole('button', { name: '確認', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/');
  await page.goto('/incidents');
  await page.getByRole('heading', { name: '受付・確認待ち' }).waitFor();
  await page.goto(incidentUrl);
  await page.getByTestId('step-2').getByRole('button', { name: '受領を記録' }).click();
  await page.getByTestId('step-2').getByText('確認済み').waitFor();
  const deadlines = await main().getByRole('table').first().innerText();
  assert.match(deadlines, /速報（5日）\s+令和/);
  assert.match(deadlines, /確報（30日）\s+令和/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '長への報告書（PDF）' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /_インシデント報告書 .*\.pdf$/);
  await page.getByLabel('終結の所見').fill('媒体は発見されず。再発防止策を実施済み。');
  await page.getByRole('button', { name: 'インシデントを終結' }).click();
  await main()
    .getByText(/終結 令和/)
    .first()
    .waitFor();
  await screenshot(page, 'incidents-closed');
  await page.goto('/incidents/list');
  await page.getByRole('heading', { name: /件数: 1/ }).waitFor();
  await screenshot(page, 'incidents-list-stats');

  // The audit log shows every step.
  const audit = (await call('GET', '/api/audit?limit=200')).json as { items?: { event: string }[] } | null;
  const events = new Set((audit?.items ?? []).map((e) => e.event));
  for (const e of [
    'org.role_functions_set',
    'incidents.settings_changed',
    'incidents.reported',
    'incidents.step_notified',
    'incidents.minor_judged',
    'incidents.step_acknowledged',
    'incidents.contact_recorded',
    'incidents.action_added',
    'incidents.action_completed',
    'incidents.evidence_added',
    'incidents.report_printed',
    'incidents.closed',
  ])
    assert.ok(events.has(e), `audit log has ${e}: ${[...events].join(', ')}`);
  await page.goto('/audit');
  await main().getByRole('table').getByText('インシデントを終結').first().waitFor();
  await screenshot(page, 'incidents-audit');
});

test('[R-F4] a log review is recorded with its period typed in 和暦, shown in 和暦, and audited', async () => {
  // The CISO (still signed in) takes the log-review function onto the role they hold.
  const roles = (await call('GET', '/api/org/roles')).json as {
    items: { id: string; functions: { key: string }[]; holders: { displayName: string }[] }[];
  };
  const own = roles.items.find((r) => r.holders.some((h) => h.displayName === '長門 一郎'));
  assert.ok(own, 'the CISO holds a role');
  const functions = [...new Set([...own.functions.map((f) => f.key), 'failures.manage'])];
  assert.equal((await call('PUT', `/api/org/roles/${own.id}/functions`, { functions })).status, 204);
  await page.goto('/incidents/log-reviews');
  await page.locator('#log-periodFrom').fill('令和8年4月1日');
  await page.locator('#log-periodTo').fill('R8.6.30');
  await page.getByText('令和8年6月30日として受け付けます').waitFor();
  await page.locator('#log-target').fill('住民情報システムのアクセスログ');
  await page.locator('#log-findings').fill('業務時間外の参照はなかった');
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await page.getByText('記録しました。').waitFor();
  const row = main().getByRole('row', { name: /住民情報システムのアクセスログ/ });
  assert.match(await row.innerText(), /令和8年4月1日〜令和8年6月30日/);
  // The form starts again empty for the next review.
  assert.equal(await page.locator('#log-periodFrom').inputValue(), '');
  const audit = (await call('GET', '/api/audit?limit=50')).json as { items?: { event: string }[] } | null;
  assert.ok(
    audit?.items?.some((e) => e.event === 'log_reviews.recorded'),
    'the review is in the audit log',
  );
});

test('[R-F5] a failure is received, listed in a table that sorts, and its handling and resolution are recorded from its row', async () => {
  // The CISO holds failures.manage since the log-review test.
  await page.goto('/incidents/failures');
  await page.locator('#fail-reporterName').fill('情報政策課 山口');
  await page.locator('#fail-systemName').fill('財務会計システム');
  await page.locator('#fail-event').fill('夜間バッチが停止した');
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await page.getByText('記録しました。').waitFor();
  const row = main().getByRole('row', { name: /財務会計システム/ });
  assert.match(await row.innerText(), /夜間バッチが停止した[\s\S]*情報政策課 山口[\s\S]*対応中/);
  // Every heading sorts the list.
  await main()
    .getByRole('button', { name: /^情報システム/ })
    .click();
  assert.ok(
    await main().locator('th[aria-sort="ascending"]').count(),
    'the list is sorted by the clicked heading',
  );
  await row.locator('summary').click();
  await row.getByLabel('処理内容').fill('再実行して完了');
  await row.getByLabel('状態').selectOption('resolved');
  await row.getByRole('button', { name: '処理結果を記録' }).click();
  await row.locator('span.inc-ok', { hasText: '解決' }).waitFor();
  await screenshot(page, 'incidents-failures');
});

test('[R-G6] a violation is reported, listed in a table that sorts, and its measures are decided from its row', async () => {
  // The CISO (still signed in) takes the violations function onto the role they hold.
  const roles = (await call('GET', '/api/org/roles')).json as {
    items: { id: string; functions: { key: string }[]; holders: { displayName: string }[] }[];
  };
  const own = roles.items.find((r) => r.holders.some((h) => h.displayName === '長門 一郎'));
  assert.ok(own, 'the CISO holds a role');
  const functions = [...new Set([...own.functions.map((f) => f.key), 'violations.manage'])];
  assert.equal((await call('PUT', `/api/org/roles/${own.id}/functions`, { functions })).status, 204);
  await page.goto('/incidents/violations');
  await page.locator('#vio-description').fill('私物のUSBメモリを業務端末に接続した');
  await page.getByRole('button', { name: '違反を報告', exact: true }).click();
  await page.getByText('記録しました。').waitFor();
  const row = main().getByRole('row', { name: /私物のUSBメモリを業務端末に接続した/ });
  assert.match(await row.innerText(), /未決定/);
  await main()
    .getByRole('button', { name: /^報告日時/ })
    .click();
  assert.ok(
    await main().locator('th[aria-sort="ascending"]').count(),
    'the list is sorted by the clicked heading',
  );
  await row.locator('summary').click();
  await row.getByLabel('決定内容').fill('文書により注意する');
  await row.getByRole('button', { name: '措置を決定' }).click();
  await row.getByText('決定内容: 文書により注意する').waitFor();
  assert.match(await row.innerText(), /決定済み/);
  await screenshot(page, 'incidents-violations');
});
