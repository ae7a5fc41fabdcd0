/**
 * Issue 10 in the browser (seed 001, hagi-nagato): the yearly self-assessment generated from the policy,
 * answered by two roles with evidence, compiled, a measure closed and the results published (R-I1); an
 * external audit with one finding followed to closure (R-I3, R-I4); training attendance imported from CSV
 * and checked by the 責任者 (R-E9); a contractor reviewed against its contract checklist (R-H3); the
 * dashboard and the traceability matrix with their exports.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { callApi } from './support/api.ts';
import { ROOT } from './support/build.ts';
import { browserRun } from './support/run.ts';

let sekinin: Page;
let kanri: Page;
let tanto: Page;

const run = browserRun({
  ready: async (r) => {
    sekinin = await r.signedIn('hagi-sekinin');
    kanri = await r.signedIn('hagi-kanri');
    tanto = await r.signedIn('hagi-tanto');
  },
});

const call = callApi;

/** Status and content type of a download link's target, fetched with the page's session. */
async function head(page: Page, path: string): Promise<{ status: number; type: string; size: number }> {
  return page.evaluate(async (p) => {
    const r = await fetch(p);
    const b = await r.arrayBuffer();
    return { status: r.status, type: r.headers.get('content-type') ?? '', size: b.byteLength };
  }, path);
}

/** A screenshot under e2e/screenshots/ of at most the first 4000 px (item lists are long). */
async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(ROOT, 'e2e/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()?.width ?? 1280;
  await page.screenshot({
    path: path.join(dir, `${name}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height: Math.min(height, 4000) },
    // A year's items make a page of some 50,000 px, slow to draw on a busy machine.
    timeout: 60_000,
  });
}

function isoDate(offsetDays: number): string {
  return new Date(Date.now() + 9 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** A respondent answers their item and attaches evidence; the page shows the file's SHA-256. */
async function answerItem(page: Page, question: string, answer: string, evidence: string): Promise<void> {
  await page.goto('/inspections/assessment/mine');
  const item = page.locator('li.as-item', { hasText: question });
  await item.waitFor();
  await item.getByLabel(answer, { exact: true }).check();
  await item.getByLabel('コメント').fill(`${answer}の状況を記録しました。`);
  await page
    .getByRole('button', { name: /回答をまとめて保存/ })
    .first()
    .click();
  await page.getByText('1 件の回答を保存しました。').waitFor();
  const bytes = Buffer.from(evidence, 'utf8');
  await item
    .getByLabel(/証跡ファイル/)
    .setInputFiles({ name: 'evidence.txt', mimeType: 'text/plain', buffer: bytes });
  await item.getByRole('button', { name: /添付/ }).click();
  const sha = createHash('sha256').update(bytes).digest('hex');
  await item.getByText(sha, { exact: false }).waitFor();
  // The file stays listed with its item when the page is opened again.
  await page.reload();
  await page.locator('li.as-item', { hasText: question }).getByText(sha, { exact: false }).waitFor();
}

test('[R-I1] the yearly self-assessment is generated from the policy, answered with evidence, compiled, improved and published', async () => {
  const page = sekinin;
  await page.goto('/inspections');
  await page.getByRole('heading', { name: '点検・監査', level: 1 }).waitFor();
  for (const card of ['自己点検', '監査', '研修', '委託先点検', '追跡表']) {
    await page
      .getByRole('link', { name: new RegExp(`^${card}`) })
      .first()
      .waitFor();
  }
  await screenshot(page, 'assurance-entry');

  await page.goto('/inspections/assessment');
  await page.getByRole('button', { name: '点検を作成' }).click();
  await page.waitForURL(/\/inspections\/assessment\/[0-9a-f-]{20,}$/);
  await page.getByRole('heading', { name: /点検項目（\d+項目）/ }).waitFor();
  const campaignId = page.url().split('/').pop() as string;
  const generated = await call<{ items: unknown[]; policyVersionId: string }>(
    page,
    'GET',
    `/api/assessment/campaigns/${campaignId}`,
  );
  assert.ok(generated.items.length > 5, 'items come from the policy’s obligations');
  assert.ok(generated.policyVersionId, 'from the version in force');
  await screenshot(page, 'assurance-campaign-draft');

  // One item for each of two respondents' roles, added in the draft.
  const people = (
    await call<{ items: { loginId: string; roles: { roleId: string; roleName: string }[] }[] }>(
      page,
      'GET',
      '/api/org/people',
    )
  ).items;
  const roleOf = (login: string) => {
    const r = people.find((p) => p.loginId === login)?.roles[0];
    assert.ok(r, `${login} holds a role`);
    return r;
  };
  const questions = {
    kanri: '【総務】鍵の管理簿を毎月点検しているか。',
    tanto: '【情報】サーバのアクセス記録を毎週確認しているか。',
  };
  for (const [who, q] of Object.entries(questions)) {
    await page.getByLabel('点検内容', { exact: true }).fill(q);
    await page.getByLabel('役割', { exact: true }).selectOption(roleOf(`hagi-${who}`).roleId);
    await page.getByRole('button', { name: '項目を追加' }).click();
    // Added items join their policy area's group, which stays folded when there are many areas.
    await page.getByText(q).first().waitFor({ state: 'attached' });
  }
  await page.getByRole('button', { name: '回答受付を開始' }).click();
  await page.getByText(/回答受付を開始しました/).waitFor();

  await answerItem(kanri, questions.kanri, '一部実施', '鍵管理簿 令和8年度 点検記録');
  await screenshot(kanri, 'assurance-my-items');
  await answerItem(tanto, questions.tanto, '実施', 'アクセス記録 確認票');

  await page.reload();
  await page.getByRole('button', { name: '締め切る' }).click();
  // Closing asks first, saying how many answers are still missing.
  const ask = page.getByRole('dialog', { name: '回答の受付を締め切りますか。' });
  await ask.getByText(/件の回答のうち \d+ 件がまだ回答されていません|すべて回答されています/).waitFor();
  await ask.getByRole('button', { name: '締め切る' }).click();
  await page.getByText('締め切りました。').waitFor();
  await page.getByRole('heading', { name: '集計結果' }).waitFor();
  await page.getByRole('img', { name: /課別のグラフ/ }).waitFor();
  await page.getByRole('table').filter({ hasText: '総務管理係' }).first().waitFor();

  // An improvement measure with owner and due date, followed to closure.
  await page.getByLabel('改善策の内容', { exact: true }).fill('鍵管理簿の点検を毎月の係内会議の議題にする');
  await page.getByLabel('担当者', { exact: true }).selectOption({ label: '松本 健（hagi-kanri）' });
  await page.getByLabel('期限', { exact: true }).fill(isoDate(30));
  await page.getByRole('button', { name: '改善策を登録' }).click();
  const result = page.getByLabel(/^実施結果（鍵管理簿の点検/);
  await result.fill('4月から毎月の係内会議で点検している。');
  await page.getByRole('button', { name: '完了にする' }).click();
  await page.locator('li.as-item', { hasText: '鍵管理簿の点検を毎月' }).getByText('完了').waitFor();

  await page.getByLabel('周知文').fill('令和8年度の自己点検結果をお知らせします。');
  await page.getByRole('button', { name: '結果を職員に周知' }).click();
  await page.getByText(/既読 \d+ \/ \d+ 人/).waitFor();
  // Who has read it: a table of the recipients that sorts, every one still 未読.
  await page.locator('summary', { hasText: '既読の状況' }).click();
  const receipts = page.getByRole('table', { name: '既読の状況' });
  assert.ok((await receipts.getByRole('row').count()) > 1, 'the recipients are listed');
  assert.equal(await receipts.getByRole('cell', { name: /^既読/ }).count(), 0);
  await screenshot(page, 'assurance-campaign-results');
});

test('[R-I4] an external audit with one finding is followed to closure; auditors must be independent', async () => {
  const page = sekinin;
  await page.goto('/inspections/audits');
  await page.getByLabel('監査の種類').selectOption({ label: '外部監査' });
  await page.getByLabel('件名', { exact: true }).fill('令和8年度 外部監査（総務管理係）');
  await page.getByLabel('目的', { exact: true }).fill('情報セキュリティポリシーの遵守状況を確認する。');
  await page.getByLabel('総務管理係').check();
  await page.getByLabel('時期', { exact: true }).fill('令和8年11月');
  await page.getByLabel('監査法人・外部監査人').fill('山口監査法人');
  await page.getByLabel('体制', { exact: true }).fill('外部監査人2名、事務局長が立会い');
  await page
    .getByLabel('監査基準', { exact: true })
    .fill('萩・長門清掃一部事務組合 情報セキュリティポリシー');
  await page.getByLabel('監査人 1').selectOption({ label: '松本 健（hagi-kanri）' });
  await page.getByRole('button', { name: '監査計画を作成' }).click();
  await page
    .locator('#au-auditorIds\\.0-error')
    .getByText(/自らが所属する課/)
    .waitFor();
  await screenshot(page, 'assurance-audit-independence');
  await page.getByLabel('監査人 1').selectOption({ label: '長門 一郎（hagi-ciso）' });
  await page.getByRole('button', { name: '監査計画を作成' }).click();
  await page.waitForURL(/\/inspections\/audits\/[0-9a-f-]{20,}$/);

  await page.getByLabel('重要度').selectOption({ label: '高' });
  await page.getByLabel('条項', { exact: true }).fill('第2章/9./(1)');
  await page.getByLabel('件名', { exact: true }).fill('鍵管理簿の記載漏れ');
  await page.getByLabel('内容', { exact: true }).fill('10月分の鍵の貸出しが記録されていない。');
  await page.getByRole('button', { name: '指摘事項を登録' }).click();
  await page.getByText('鍵管理簿の記載漏れ').first().waitFor();
  await page
    .getByLabel('被監査部門の回答（鍵管理簿の記載漏れ）')
    .fill('記録様式を改め、係長が毎週確認する。');
  await page.getByRole('button', { name: '回答を登録' }).click();
  await page.getByText('回答済み').waitFor();
  await page
    .getByLabel('フォローアップ（鍵管理簿の記載漏れ）')
    .fill('11月分から記録が揃っていることを確認した。');
  await page.getByLabel('この記録で指摘を完了にする').check();
  await page.getByRole('button', { name: 'フォローアップを登録' }).click();
  await page.locator('li.as-item').getByText('完了', { exact: true }).waitFor();
  await page.getByRole('button', { name: '監査報告書を発行' }).click();
  await page.getByText('報告書を発行しました。', { exact: true }).waitFor();
  const planId = page.url().split('/').pop() as string;
  const pdf = await head(page, `/api/audits/plans/${planId}/report.pdf`);
  assert.equal(pdf.status, 200);
  assert.match(pdf.type, /application\/pdf/);
  await page.getByRole('button', { name: '監査を完了' }).click();
  await page.getByText('監査を完了しました。').waitFor();
  await screenshot(page, 'assurance-audit-closed');
  const plan = await call<{ status: string; auditType: string }>(page, 'GET', `/api/audits/plans/${planId}`);
  assert.equal(plan.status, 'closed');
  assert.equal(plan.auditType, 'external');
});

test('[R-E9] training attendance is imported from CSV after a dry run and checked by the 責任者', async () => {
  const page = sekinin;
  await page.goto('/inspections/training');
  await page.getByLabel('件名', { exact: true }).fill('情報セキュリティ研修（全職員）');
  await page.getByLabel('主催（他団体の研修の場合）').fill('山口県市町村総合事務組合');
  await page.getByRole('button', { name: '研修計画を作成' }).click();
  await page.waitForURL(/\/inspections\/training\/[0-9a-f-]{20,}$/);
  await page.getByLabel('場所').fill('第1会議室');
  await page.getByRole('button', { name: '実施回を追加' }).click();
  const file = page.getByLabel('CSVファイル');
  await file.waitFor();
  const csv = (rows: string[]) => Buffer.from(`\ufeffログインID,出欠\n${rows.join('\n')}\n`, 'utf8');
  await file.setInputFiles({
    name: 'attendance.csv',
    mimeType: 'text/csv',
    buffer: csv(['hagi-kanri,出席', 'hagi-tanto,欠席', 'nobody,出席']),
  });
  await page.getByRole('button', { name: '確認する（取り込まない）' }).click();
  await page.getByText(/誤り 1 件/).waitFor();
  await page.getByText(/4行目/).waitFor();
  await screenshot(page, 'assurance-training-dry-run');
  await file.setInputFiles({
    name: 'attendance.csv',
    mimeType: 'text/csv',
    buffer: csv(['hagi-kanri,出席', 'hagi-tanto,欠席', 'hagi-staff,○', 'hagi-sekinin,出席']),
  });
  await page.getByRole('button', { name: '確認する（取り込まない）' }).click();
  await page.getByText(/誤り 0 件/).waitFor();
  await page.getByRole('button', { name: '取り込む', exact: true }).click();
  await page.getByText(/取り込みました/).waitFor();
  await page.getByRole('img', { name: /課別の受講状況のグラフ/ }).waitFor();
  await page.getByLabel('確認の所見').fill('未受講者には次回の研修を案内すること。');
  await page.getByRole('button', { name: '受講状況を確認した' }).click();
  await page.getByText('確認を記録しました。').waitFor();
  await screenshot(page, 'assurance-training');
  const planId = page.url().split('/').pop() as string;
  const c = await call<{ overall: { completed: number }; checks: unknown[] }>(
    page,
    'GET',
    `/api/training/plans/${planId}/completion`,
  );
  assert.equal(c.overall.completed, 3);
  assert.equal(c.checks.length, 1);
});

test('[R-H3] a contractor due for review is reviewed against the contract checklist, and at the end of the contract', async () => {
  const vendor = await call<{ id: string }>(kanri, 'POST', '/api/vendors/vendors', {
    name: '長門環境サービス株式会社',
    auditStatus: 'unknown',
  });
  await call(kanri, 'POST', '/api/vendors/contracts', {
    vendorId: vendor.id,
    title: 'ごみ収集運搬業務委託',
    nextReviewOn: isoDate(0),
    endsOn: isoDate(20),
  });

  const page = sekinin;
  await page.goto('/inspections/vendors');
  await page.getByRole('cell', { name: '長門環境サービス株式会社' }).first().waitFor();
  await screenshot(page, 'assurance-vendors-due');
  await page.getByRole('button', { name: /点検する.*定期確認/ }).click();
  await page.getByRole('heading', { name: /点検の記録:/ }).waitFor();
  for (const box of await page.locator('form input[type="checkbox"]').all()) await box.check();
  await page.getByLabel('所見').fill('契約の条項どおり管理されていることを確認した。');
  await page.getByRole('button', { name: '点検を記録' }).click();
  await page.getByText('点検を記録し、報告先に通知しました。').waitFor();

  await page.getByRole('button', { name: /点検する.*契約終了時の確認/ }).click();
  await page.getByRole('heading', { name: /点検の記録:/ }).waitFor();
  const boxes = await page.locator('form input[type="checkbox"]').all();
  for (const box of boxes.slice(1)) await box.check();
  await page.getByLabel('所見').fill('消去証明書が未着。受領まで追跡する。');
  await page.getByRole('button', { name: '点検を記録' }).click();
  await page.getByText('点検を記録し、報告先に通知しました。').waitFor();
  await page.getByText('不備あり').waitFor();
  await screenshot(page, 'assurance-vendors-reviewed');
  const reviews = await call<{ result: string }[]>(page, 'GET', '/api/vendor-reviews');
  assert.deepEqual(reviews.map((r) => r.result).sort(), ['issues', 'ok']);
});

test('[R-I1] the dashboard links each figure to its list, exports PDF; the traceability matrix exports xlsx', async () => {
  const page = sekinin;
  await page.goto('/');
  await page.getByRole('heading', { name: /情報セキュリティの状況/ }).waitFor();
  await page.getByRole('link', { name: /確認時期の委託事業者/ }).waitFor();
  await screenshot(page, 'assurance-dashboard');
  const pdf = await head(page, '/api/dashboard.pdf');
  assert.equal(pdf.status, 200);
  assert.match(pdf.type, /application\/pdf/);
  await page.getByRole('link', { name: /研修の受講状況/ }).click();
  await page.waitForURL(/\/inspections\/training\//);

  await page.goto('/inspections/traceability');
  await page.locator('table tbody tr').first().waitFor();
  await screenshot(page, 'assurance-traceability');
  const xlsx = await head(page, '/api/reports/traceability.xlsx');
  assert.equal(xlsx.status, 200);
  assert.ok(xlsx.size > 1000);

  const ciso = await run.signedIn('hagi-ciso');
  await ciso.getByRole('heading', { name: /情報セキュリティの状況/ }).waitFor();
  await ciso.close();
});
