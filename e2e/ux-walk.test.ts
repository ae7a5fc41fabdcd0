/**
 * Rough edges a new body meets in its first days, walked in Chromium (seed 001, hagi-nagato): the refused
 * screen names the function and who holds it, a refusal follows the language switch at once, the inbox
 * fits a phone, 「まず行うこと」 cites the clause as the policy writes it, and a request shows its 受付番号.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { callApi } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { browserRun } from './support/run.ts';

const pages = new Map<string, Page>();

browserRun({
  ready: async (r) => {
    for (const login of ['hagi-staff', 'hagi-sekinin']) pages.set(login, await r.signedIn(login));
  },
});

const page = (login: string) => pages.get(login) as Page;

/** No serious or critical accessibility violation on the page as it is. */
async function accessible(p: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page: p }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    what,
  );
}

async function setLang(p: Page, lang: 'ja' | 'en'): Promise<void> {
  const now = await p.getAttribute('html', 'lang');
  if (now === lang) return;
  await p.getByRole('button', { name: lang === 'en' ? /Switch to English/ : /日本語に切り替える/ }).click();
  await p.waitForFunction((l) => document.documentElement.lang === l, lang);
}

test('the refused screen names the function the page needs and who in this body holds it, in Japanese and English', async () => {
  const p = page('hagi-staff');
  const held = await callApi<{
    function: { ja: string; en: string };
    roles: { name: string; holders: string[] }[];
  }>(p, 'GET', '/api/org/functions/audit.read/holders');
  assert.ok(held.roles.length > 0, 'someone in the sample body reads the audit log');
  await p.goto('/audit');
  const refused = p.getByTestId('forbidden');
  await refused.getByText(`「${held.function.ja}」の権限が必要です`).waitFor();
  const holders = p.getByTestId('forbidden-holders');
  for (const r of held.roles) {
    await holders.getByText(r.name, { exact: false }).first().waitFor();
    for (const h of r.holders) await holders.getByText(h, { exact: false }).first().waitFor();
  }
  assert.doesNotMatch(await refused.innerText(), /audit\.read|システム管理者にお問い合わせください/);
  await screenshot(p, 'ux-walk-forbidden-ja');
  await accessible(p, 'the refused screen');
  await setLang(p, 'en');
  await refused.getByText(`This page needs the “${held.function.en}” permission.`).waitFor();
  await refused.getByText('In this organization, these roles hold it.', { exact: false }).waitFor();
  await screenshot(p, 'ux-walk-forbidden-en');
  await setLang(p, 'ja');
});

test('a refusal on the screen is said in the language chosen at once, without sending the action again', async () => {
  const p = page('hagi-staff');
  await p.goto('/settings/account');
  await p.getByLabel('現在のパスワード', { exact: true }).fill('not my password at all');
  await p.getByLabel('新しいパスワード', { exact: true }).fill('Another-Passw0rd!');
  let posts = 0;
  p.on('request', (r) => {
    if (r.method() !== 'GET') posts++;
  });
  await p.getByRole('button', { name: 'パスワードを変更' }).click();
  const alert = p.locator('.form-alert-region .alert--error').first();
  await alert.waitFor();
  const ja = (await alert.textContent()) ?? '';
  assert.match(ja, /[ぁ-んァ-ヶ一-龠]/, ja);
  const sent = posts;
  await setLang(p, 'en');
  await p.waitForFunction((before) => {
    const t = document.querySelector('.form-alert-region .alert--error')?.textContent ?? '';
    return t !== before && !/[ぁ-んァ-ヶ一-龠]/.test(t);
  }, ja);
  assert.equal(posts, sent, 'nothing was sent again');
  await screenshot(p, 'ux-walk-refusal-en');
  await setLang(p, 'ja');
  await p.waitForFunction(
    (before) => document.querySelector('.form-alert-region .alert--error')?.textContent === before,
    ja,
  );
});

test('the inbox fits a phone-width screen (375 px) without scrolling sideways', async () => {
  const type = await callApi<{ id: string }>(page('hagi-sekinin'), 'POST', '/api/requests/types', {
    code: 'ux-walk-phone',
    nameJa: 'スマートフォン確認用の持出し',
    definition: {
      fields: [
        { key: 'purpose', type: 'textarea', label: { ja: '目的' }, required: true },
        { key: 'from', type: 'date', label: { ja: '持出し日' }, required: true },
        { key: 'until', type: 'date', label: { ja: '返却予定日' }, required: true },
      ],
      chain: [{ function: 'requests.approve.take_out' }],
    },
  });
  for (let i = 0; i < 2; i++)
    await callApi(page('hagi-staff'), 'POST', '/api/requests', {
      typeId: type.id,
      values: { purpose: '出張先での説明に使うため。', from: '2026-12-08', until: '2026-12-10' },
    });
  const p = page('hagi-sekinin');
  await p.setViewportSize({ width: 375, height: 812 });
  try {
    await p.goto('/requests');
    await p.getByTestId('count-approvals').waitFor();
    await p.waitForFunction(() => !document.querySelector('.loading'));
    await p.locator('main table tbody tr').first().waitFor();
    const widths = await p.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      wraps: [...document.querySelectorAll('main .table-wrap')].map((w) => w.scrollWidth - w.clientWidth),
    }));
    await screenshot(p, 'ux-walk-inbox-375');
    await accessible(p, 'the inbox on a phone');
    // Each row says its 受付番号 as the office writes it, never an id's tail.
    const refs = await p.locator('main table tbody tr td[data-label="受付番号"]').allInnerTexts();
    assert.ok(refs.length >= 2, refs.join(' / '));
    for (const r of refs) assert.match(r, /^(令和|平成)(元|\d+)年度第\d+号$/);
    // 「わたしの仕事」, the inbox of everything waiting for the person, fits too.
    await p.goto('/my-work');
    await p.locator('main table tbody tr').first().waitFor();
    await p.waitForFunction(() => !document.querySelector('.loading'));
    const mine = await p.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      wraps: [...document.querySelectorAll('main .table-wrap')].map((w) => w.scrollWidth - w.clientWidth),
    }));
    await screenshot(p, 'ux-walk-mywork-375');
    assert.ok(mine.page <= 375, `my work is ${mine.page} px wide`);
    for (const over of mine.wraps) assert.ok(over <= 1, `my work's table scrolls ${over} px sideways`);
    assert.ok(widths.page <= 375, `the page is ${widths.page} px wide`);
    for (const over of widths.wraps) assert.ok(over <= 1, `a table scrolls ${over} px sideways`);
  } finally {
    await p.setViewportSize({ width: 1280, height: 860 });
  }
});

test('「まず行うこと」 cites the clause by its number and title as the policy writes them, not its stored path', async () => {
  const p = page('hagi-staff');
  const made = await callApi<{ id: string }>(p, 'POST', '/api/incidents', {
    title: 'USBメモリの紛失',
    description: '会議資料を入れたUSBメモリが見当たらない',
    typeKey: 'lost_device',
    foundAt: new Date().toISOString(),
    personalInfo: 'no',
  });
  await p.goto(`/incidents/${made.id}`);
  const cited = p.getByTestId('steps-clause');
  await cited.waitFor();
  const text = await cited.innerText();
  assert.match(text, /^根拠：ポリシー /);
  assert.doesNotMatch(text, /\//, text);
  await screenshot(p, 'ux-walk-incident-steps');
});
