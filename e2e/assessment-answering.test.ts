/**
 * Issue 17 in the browser (seed 001, hagi-nagato): a respondent answers several self-assessment items and
 * saves them at once; what they enter is kept as a draft on the server and is found on another device; a
 * prohibition is answered 守っている/守っていない; evidence stays listed after a reload.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { callApi } from './support/api.ts';
import { NEW_PASSWORD, signIn, totpCode } from './support/flows.ts';
import { browserRun } from './support/run.ts';

let sekinin: Page;
let tanto: Page;

const run = browserRun({
  ready: async (r) => {
    sekinin = await r.signedIn('hagi-sekinin');
    tanto = await r.signedIn('hagi-tanto');
  },
});

/** The same person signed in on another device (a new browser context with its own session). */
async function anotherDevice(): Promise<Page> {
  const p = await run.page();
  await signIn(p, 'hagi-tanto', NEW_PASSWORD);
  await p.waitForURL('**/signin/mfa');
  await p.getByLabel('確認コード（6桁）', { exact: true }).fill(totpCode(run.totpSecret('hagi-tanto'), 1));
  await p.getByRole('button', { name: '確認', exact: true }).click();
  await p.waitForURL((u) => u.pathname === '/');
  return p;
}

const call = callApi;

const QUESTIONS = [
  'サーバのアクセス記録を毎週確認していますか。',
  'バックアップの復元手順を年に一度試していますか。',
  '私物のUSBメモリを業務用の端末に接続していないか。',
];

test('[R-I1] several answers are entered, autosaved as a draft found on another device, saved at once; evidence stays listed', {
  timeout: 180_000,
}, async () => {
  const people = (
    await call<{ items: { loginId: string; roles: { roleId: string }[] }[] }>(
      sekinin,
      'GET',
      '/api/org/people',
    )
  ).items;
  const role = people.find((p) => p.loginId === 'hagi-tanto')?.roles[0]?.roleId as string;
  const campaign = (
    await call<{ id: string }>(sekinin, 'POST', '/api/assessment/campaigns', {
      fiscalYear: 2026,
      title: '令和8年度 自己点検（回答）',
      dueOn: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
    })
  ).id;
  for (const question of QUESTIONS)
    await call(sekinin, 'POST', `/api/assessment/campaigns/${campaign}/items`, {
      question,
      respondentKind: 'roles',
      roleIds: [role],
    });
  await call(sekinin, 'POST', `/api/assessment/campaigns/${campaign}/launch`);

  await tanto.goto('/inspections/assessment/mine');
  const item = (q: string) => tanto.locator('li.as-item', { hasText: q });
  await item(QUESTIONS[0]).waitFor();
  // A prohibition is answered as kept or not.
  await item(QUESTIONS[2]).getByLabel('守っている', { exact: true }).waitFor();
  await item(QUESTIONS[0]).getByLabel('実施', { exact: true }).check();
  await item(QUESTIONS[0]).getByLabel('コメント').fill('毎週月曜に確認している。');
  await item(QUESTIONS[2]).getByLabel('守っている', { exact: true }).check();
  await tanto.getByText('保存していない回答が 2 件あります。').first().waitFor();

  // A few seconds after typing stops, the draft is kept on the server.
  await tanto.getByText('下書きを保存しました').first().waitFor();

  // On another device, before saving: the answers come back from the draft, still marked as not saved.
  const other = await anotherDevice();
  await other.goto('/inspections/assessment/mine');
  const there = (q: string) => other.locator('li.as-item', { hasText: q });
  await other.getByText(/前回保存しなかった回答 2 件を下書きから戻しました/).waitFor();
  assert.equal(await there(QUESTIONS[0]).getByLabel('実施', { exact: true }).isChecked(), true);
  assert.equal(await there(QUESTIONS[0]).getByLabel('コメント').inputValue(), '毎週月曜に確認している。');
  assert.equal(await there(QUESTIONS[2]).getByLabel('守っている', { exact: true }).isChecked(), true);
  await other.getByText('保存していない回答が 2 件あります。').first().waitFor();
  const before = await call<{ id: string; answer: string | null }[]>(tanto, 'GET', '/api/assessment/mine');
  assert.deepEqual(
    before.filter((m) => m.answer),
    [],
    'nothing is recorded before saving',
  );
  assert.ok(before.length > QUESTIONS.length, 'the campaign also holds the items drawn from the policy');

  await tanto
    .getByRole('button', { name: /回答をまとめて保存（2）/ })
    .first()
    .click();
  await tanto.getByText('2 件の回答を保存しました。').waitFor();
  const mine = await call<{ question: string; answer: string | null; comment: string | null }[]>(
    tanto,
    'GET',
    '/api/assessment/mine',
  );
  assert.deepEqual(
    QUESTIONS.map((q) => mine.find((m) => m.question === q)).map((m) => [m?.question, m?.answer, m?.comment]),
    [
      [QUESTIONS[0], 'done', '毎週月曜に確認している。'],
      [QUESTIONS[1], null, null],
      [QUESTIONS[2], 'done', null],
    ],
  );
  // Saved answers leave no draft behind, on either device.
  for (const p of [other, tanto]) {
    await p.reload();
    await p.locator('li.as-item', { hasText: QUESTIONS[0] }).waitFor();
    assert.equal(await p.getByText(/下書きから戻しました/).count(), 0);
    await p.getByText('すべての回答を保存済みです。').first().waitFor();
  }
  await other.context().close();

  // Evidence attached to an item is listed again after a reload.
  const bytes = Buffer.from('アクセス記録 確認表 2026年度', 'utf8');
  await item(QUESTIONS[0])
    .getByLabel(/証跡ファイル/)
    .setInputFiles({ name: '確認表.txt', mimeType: 'text/plain', buffer: bytes });
  await item(QUESTIONS[0]).getByRole('button', { name: /添付/ }).click();
  const sha = createHash('sha256').update(bytes).digest('hex');
  await item(QUESTIONS[0]).getByText(sha, { exact: false }).waitFor();
  await tanto.reload();
  await item(QUESTIONS[0]).getByText(sha, { exact: false }).waitFor();
  await item(QUESTIONS[0]).getByText('確認表.txt', { exact: false }).waitFor();
});
