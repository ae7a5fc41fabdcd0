/**
 * Issue 17 in the browser (seed 001, hagi-nagato): the yearly cycle as each person it assigns work to —
 * respondent, appointed auditor, measure owner and 対策 assignee — each starting from their notification
 * and from 「わたしの仕事」, with no 「ページが見つかりません」, no endless 読み込み中 and no raw key, id or
 * function key on any screen they see.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { callApi } from './support/api.ts';
import { browserRun } from './support/run.ts';

const pages = new Map<string, Page>();

browserRun({
  ready: async (r) => {
    for (const login of ['hagi-sekinin', 'hagi-kanri', 'hagi-tanto', 'hagi-staff']) {
      pages.set(login, await r.signedIn(login));
    }
  },
});

const page = (login: string) => pages.get(login) as Page;

const call = callApi;

const isoDate = (days: number) =>
  new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** Text that must never reach a clerk: `a.b_c` keys, `[bracketed]` keys, 8-hex ids, function keys. */
const RAW = [
  /\b[a-z]+(?:\.[a-z]+)*\.[a-z]+_[a-z_]+\b/,
  /\[[a-z_]+\]/,
  /\b[0-9a-f]{8}\b/,
  /\b(?:audits|assessment|incidents|org|requests|training|policy|vendors|assets|systems|reports|dashboard)\.[a-z_]+\b/,
];

/** The screen has loaded (no 読み込み中 left), is not 「ページが見つかりません」, failed no load and shows no raw key. */
async function assertLanded(p: Page, what: string): Promise<void> {
  await p.locator('main').waitFor();
  await p
    .waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 10_000 })
    .catch(() => {
      throw new Error(`${what}: still 読み込み中 at ${p.url()}`);
    });
  const text = await p.locator('main').innerText();
  assert.doesNotMatch(text, /ページが見つかりません/, `${what}: ${p.url()}`);
  assert.equal(
    await p.locator('main .alert--error').count(),
    0,
    `${what}: a load failed at ${p.url()}\n${text}`,
  );
  for (const re of RAW) {
    const hit = text.match(re);
    assert.equal(hit, null, `${what}: raw text 「${hit?.[0]}」 at ${p.url()}`);
  }
}

/** Opens the person's newest notification whose title matches, as the notification screen would. */
async function openNotification(login: string, title: RegExp): Promise<string> {
  const p = page(login);
  const list = await call<{ items: { title: string; link: string | null }[] }>(
    p,
    'GET',
    '/api/notifications',
  );
  const n = list.items.find((i) => title.test(i.title));
  assert.ok(n?.link, `${login} was notified: ${title} (${list.items.map((i) => i.title).join(' / ')})`);
  await p.goto(n.link);
  await assertLanded(p, `${login}'s notification ${n.title}`);
  return n.link;
}

/** Opens 「わたしの仕事」, checks the item is listed, and follows its link. */
async function openFromMyWork(login: string, kind: string, title: string): Promise<void> {
  const p = page(login);
  await p.goto('/my-work');
  await assertLanded(p, `${login}'s my work`);
  const row = p.getByRole('row').filter({ hasText: kind }).filter({ hasText: title });
  await row.first().waitFor();
  await row.first().getByRole('link', { name: title }).click();
  await assertLanded(p, `${login}'s ${kind} from my work`);
}

test('each person the yearly cycle assigns work to reaches it from the notification and from my work', {
  timeout: 240_000,
}, async () => {
  const sekinin = page('hagi-sekinin');
  const units = await call<{ items: { id: string; name: string; children?: unknown[] }[] }>(
    sekinin,
    'GET',
    '/api/org/units',
  );
  const flat = (ns: { id: string; name: string; children?: unknown[] }[]): { id: string; name: string }[] =>
    ns.flatMap((n) => [n, ...flat((n.children ?? []) as typeof ns)]);
  const soumu = flat(units.items).find((u) => u.name === '総務管理係');
  assert.ok(soumu);
  const people = (
    await call<{ items: { id: string; loginId: string; roles: { roleId: string }[] }[] }>(
      sekinin,
      'GET',
      '/api/org/people',
    )
  ).items;
  const idOf = (login: string) => people.find((x) => x.loginId === login)?.id as string;

  // The 責任者 starts the year: a self-assessment with an item for the 担当者's role, launched.
  const campaign = (
    await call<{ id: string }>(sekinin, 'POST', '/api/assessment/campaigns', {
      fiscalYear: 2026,
      title: '令和8年度 自己点検',
      dueOn: isoDate(20),
    })
  ).id;
  const tantoRole = people.find((x) => x.loginId === 'hagi-tanto')?.roles[0]?.roleId as string;
  await call(sekinin, 'POST', `/api/assessment/campaigns/${campaign}/items`, {
    question: 'サーバのアクセス記録を毎週確認していますか。',
    respondentKind: 'roles',
    roleIds: [tantoRole],
  });
  await call(sekinin, 'POST', `/api/assessment/campaigns/${campaign}/launch`);

  // Respondent: from the notification, then from my work.
  await openNotification('hagi-tanto', /自己点検/);
  await openFromMyWork('hagi-tanto', '自己点検の回答', '令和8年度 自己点検');
  await page('hagi-tanto').locator('li.as-item').first().waitFor();

  // Appointed auditor (施設係, no audit function) of an audit of 総務管理係.
  const plan = (
    await call<{ id: string }>(sekinin, 'POST', '/api/audits/plans', {
      kind: 'yearly',
      auditType: 'internal',
      title: '令和8年度 内部監査（総務管理係）',
      fiscalYear: 2026,
      purpose: '情報セキュリティポリシーの遵守状況を確認する。',
      scopeUnits: [soumu.id],
      timing: '令和8年10月',
      structure: '監査人1名',
      criteria: '情報セキュリティ対策基準',
      auditorIds: [idOf('hagi-staff')],
    })
  ).id;
  const link = await openNotification('hagi-staff', /監査人に指名/);
  assert.equal(link, `/inspections/audits/${plan}`);
  const staff = page('hagi-staff');
  // The auditor records the finding themselves: the form is there, and so is the 監査 tab.
  await staff.getByRole('link', { name: '監査', exact: true }).first().waitFor();
  await staff.getByLabel('件名', { exact: true }).fill('持出し記録簿の記入漏れ');
  await staff.getByLabel('内容', { exact: true }).fill('返却日の記入がない行がある。');
  await staff.getByRole('button', { name: '指摘事項を登録' }).click();
  await staff.getByText('持出し記録簿の記入漏れ').first().waitFor();
  await assertLanded(staff, 'the auditor after recording a finding');
  await openFromMyWork('hagi-staff', '監査の実施', '令和8年度 内部監査（総務管理係）');

  // Measure owner: from the notification to the measure, closed by the owner.
  await call(sekinin, 'POST', `/api/assessment/campaigns/${campaign}/measures`, {
    title: '鍵管理簿の点検を毎月の係内会議の議題にする',
    ownerUserId: idOf('hagi-kanri'),
    dueOn: isoDate(30),
  });
  await openFromMyWork('hagi-kanri', '自己点検の改善策', '鍵管理簿の点検を毎月の係内会議の議題にする');
  await openNotification('hagi-kanri', /改善策の担当/);
  const kanri = page('hagi-kanri');
  await kanri.getByLabel('実施した内容').fill('4月から毎月の係内会議で点検している。');
  await kanri.getByRole('button', { name: '完了にする' }).click();
  await kanri.getByText('完了として記録しました。').waitFor();
  await assertLanded(kanri, 'the measure owner after closing');

  // 対策 assignee: staff report an incident, the 責任者 assigns a 対策 to the 管理者.
  const incident = (
    await call<{ id: string }>(staff, 'POST', '/api/incidents', {
      title: 'USBメモリの紛失',
      description: '施設点検記録を含むUSBメモリが見当たらない。',
      typeKey: 'lost_device',
      foundAt: new Date().toISOString(),
      personalInfo: 'no',
    })
  ).id;
  await call(sekinin, 'POST', `/api/incidents/${incident}/actions`, {
    kind: 'prevention',
    description: '記録媒体の持出し手順を見直す',
    ownerId: idOf('hagi-kanri'),
    dueDate: isoDate(14),
  });
  await openNotification('hagi-kanri', /対策の担当/);
  await openFromMyWork('hagi-kanri', 'インシデントの対策', '記録媒体の持出し手順を見直す');
  await kanri.getByRole('button', { name: '完了にする' }).click();
  await kanri.getByText('完了', { exact: true }).first().waitFor();
  await assertLanded(kanri, 'the 対策 assignee after completing');
  // Staff who reported it see their incident, and no 受領を記録 they may not press.
  await staff.goto(`/incidents/${incident}`);
  await assertLanded(staff, 'the reporter on their incident');
  assert.equal(await staff.getByRole('button', { name: /受領を記録/ }).count(), 0);

  // A record one may not open says so, instead of staying on 読み込み中.
  const tanto = page('hagi-tanto');
  await tanto.goto(`/inspections/audits/${plan}`);
  await tanto
    .getByRole('alert')
    .filter({ hasText: /権限が必要です/ })
    .waitFor();
  assert.doesNotMatch(await tanto.locator('main').innerText(), /audits\.manage|読み込み中/);

  // The home page counts each person's work.
  await kanri.goto('/');
  await kanri.getByRole('heading', { name: /わたしの仕事/ }).waitFor();
  await assertLanded(kanri, 'home');
});

test('the audit log after the cycle names every event and kind of record in words, with no key or id', {
  timeout: 120_000,
}, async () => {
  const sekinin = page('hagi-sekinin');
  await sekinin.goto('/audit');
  await sekinin.getByRole('table').first().waitFor();
  await assertLanded(sekinin, 'the audit log');
  // 「対象の種類」 is chosen from names, and choosing one lists only that kind.
  const kind = sekinin.getByLabel('対象の種類');
  const options = await kind.locator('option').allInnerTexts();
  assert.ok(options.includes('インシデント'), options.join(' / '));
  for (const o of options) for (const re of RAW) assert.doesNotMatch(o, re);
  await kind.selectOption({ label: 'インシデント' });
  await sekinin.getByRole('button', { name: '検索' }).click();
  await sekinin.waitForURL(/targetType=incident/);
  await sekinin.getByRole('table').first().waitFor();
  await assertLanded(sekinin, 'the audit log of incidents');
  const kinds = await sekinin.locator('table tbody tr td:nth-child(4)').allInnerTexts();
  assert.ok(kinds.length > 0);
  for (const k of kinds) assert.match(k, /^インシデント(\nこの対象の記録)?$/);
});
