/**
 * Directory sign-in in the browser, against a real OpenLDAP (slapd) and a real OpenID provider
 * (oidc-provider) started by this test: the administrator of hagi-nagato connects both on the
 * ディレクトリ連携 screen and syncs the staff (dry run first); a person of the directory signs in with
 * LDAP on the organization's sign-in page, another through the provider's code flow; a sync that finds
 * the first one gone signs them out.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  ISSUER_ACCOUNTS,
  startTestIssuer,
  type TestIssuer,
} from '../test/support/oidc-issuer.ts';
import {
  GROUP_DN,
  PEOPLE_DN,
  SERVICE_DN,
  SERVICE_PASSWORD,
  slapdMissing,
  startTestDirectory,
  type TestDirectory,
} from '../test/support/slapd.ts';
import { screenshot } from './support/browser.ts';
import { acknowledgeRecoveryCodes, enrollTotp } from './support/flows.ts';
import { browserRun } from './support/run.ts';

const ORG = 'hagi-nagato';

describe('directory sign-in in the browser', { skip: slapdMissing }, () => {
  let dir: TestDirectory;
  let idp: TestIssuer;
  let admin: Page;
  let ldapPerson: Page;

  const run = browserRun({
    ready: async (r) => {
      // One at a time: if one fails to start, the cleanup still stops the others.
      dir = await startTestDirectory();
      idp = await startTestIssuer([`${r.server.url}/api/auth/oidc/callback`]);
    },
    cleanup: async () => {
      await dir?.close();
      await idp?.close();
    },
  });

  /** A screenshot to look at, and no serious or critical accessibility violation (axe-core). */
  async function look(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(
      bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
      name,
    );
  }

  /** Calls the API from a signed-in page (same cookies, CSRF header). */
  async function call<T = unknown>(page: Page, method: string, path: string): Promise<T> {
    return page.evaluate(
      async ([m, p]) => {
        const s = await (await fetch('/api/session')).json();
        const r = await fetch(p as string, { method: m as string, headers: { 'X-CSRF-Token': s.csrfToken } });
        if (!r.ok) throw new Error(`${m} ${p}: ${r.status} ${await r.text()}`);
        return r.json();
      },
      [method, path] as const,
    ) as Promise<T>;
  }

  test('the administrator connects LDAP and the OpenID provider on the ディレクトリ連携 screen', async () => {
    admin = await run.signedIn('hagi-ciso');
    await admin.goto('/organization/directory');
    await admin.getByRole('button', { name: 'OpenLDAP の標準値を入れる' }).click();
    const ldap = admin.getByRole('group', { name: 'LDAP / Active Directory' });
    await ldap.getByLabel('このディレクトリでのサインインを有効にする').check();
    await ldap.getByLabel('サーバーの URL').fill(dir.ldapsUrl);
    await ldap.getByLabel('CA 証明書（PEM）').fill(dir.caPem);
    await ldap.getByLabel('サービスアカウントの DN').fill(SERVICE_DN);
    await ldap.getByLabel('サービスアカウントのパスワード').fill(SERVICE_PASSWORD);
    await ldap.getByLabel('検索の起点（ベース DN）').fill(PEOPLE_DN);
    await ldap.getByLabel('利用を許可するグループの DN').fill(GROUP_DN);
    await ldap.getByLabel('mamori にない所属は作る').check();
    const oidc = admin.getByRole('group', { name: 'OpenID Connect（Entra ID・Keycloak など）' });
    await oidc.getByLabel('このディレクトリでのサインインを有効にする').check();
    await oidc.getByLabel('ボタンに表示する名前').fill('テストIdP');
    await oidc.getByLabel('発行者（Issuer）の URL').fill(idp.issuer);
    await oidc.getByLabel('クライアント ID（アプリケーション ID）').fill(CLIENT_ID);
    await oidc.getByLabel('クライアントシークレット').fill(CLIENT_SECRET);
    await oidc.getByLabel('所属のクレーム（任意）').fill('department');
    await oidc.getByLabel('http:// の発行者を許可する（検証環境に限る）').check();
    await oidc.getByLabel('二要素認証').selectOption('provider_mfa');
    assert.equal(
      await oidc.getByLabel('リダイレクト URI（認証サービスに登録します）').inputValue(),
      `${run.server.url}/api/auth/oidc/callback`,
    );
    await admin.getByRole('button', { name: '保存', exact: true }).click();
    await admin.getByText('保存しました。').waitFor();
    await admin.getByRole('button', { name: '接続テスト' }).click();
    await admin.getByText('接続できました: 5 人が対象です。').waitFor();
    await admin.getByText('発行者 http://127.0.0.1').waitFor();
    await look(admin, 'directory-settings');
    // The secrets are never shown again: the fields are empty and say they are set.
    await admin.reload();
    const pw = admin.getByLabel('サービスアカウントのパスワード');
    assert.equal(await pw.inputValue(), '');
    assert.equal(await pw.getAttribute('placeholder'), '設定済み（変更するときだけ入力）');
  });

  test('[R-F13] a dry run shows the staff the directory would add; applying adds them with unit and post', async () => {
    await admin.goto('/organization/directory/sync');
    await admin.getByRole('button', { name: 'ドライラン（変更内容を確認）' }).click();
    const plan = admin.getByTestId('sync-plan');
    await plan.waitFor();
    await admin.getByRole('heading', { name: /追加 5 件/ }).waitFor();
    assert.match(await plan.innerText(), /joho\.jiro\s+情報 次郎\s+情報政策課 \/ 情報政策課長/);
    await look(admin, 'directory-dry-run');
    await admin.getByRole('button', { name: 'この内容で適用' }).click();
    await admin.getByText('適用しました。').waitFor();
    const accounts = await call<{
      items: { loginId: string; unitName: string; post: string; source: string }[];
    }>(admin, 'GET', '/api/directory/accounts');
    const jiro = accounts.items.find((a) => a.loginId === 'joho.jiro');
    assert.deepEqual([jiro?.unitName, jiro?.post, jiro?.source], ['情報政策課', '情報政策課長', 'ldap']);
  });

  test('[R-D9] a person signs in with the directory password on the organization’s page, then mamori’s second factor', async () => {
    ldapPerson = await run.page();
    await ldapPerson.goto(`/signin?org=${ORG}`);
    await ldapPerson.getByRole('button', { name: 'テストIdPでサインイン' }).waitFor();
    await look(ldapPerson, 'directory-signin-page');
    await ldapPerson.getByLabel('ログインID', { exact: true }).fill('joho.jiro');
    await ldapPerson.getByLabel('パスワード', { exact: true }).fill('Joho-Pass-0001');
    await ldapPerson.getByRole('button', { name: 'サインイン', exact: true }).click();
    // LDAP never waives the second factor: this person enrols one now.
    await enrollTotp(ldapPerson);
    await acknowledgeRecoveryCodes(ldapPerson);
    await ldapPerson.waitForURL((u) => u.pathname === '/');
    const s = await call<{ organization: { code: string }; user: { loginId: string }; stage: string }>(
      ldapPerson,
      'GET',
      '/api/session',
    );
    assert.deepEqual([s.organization.code, s.user.loginId, s.stage], [ORG, 'joho.jiro', 'full']);
  });

  test('[R-D9] OIDC in the browser: the provider’s MFA is accepted as the body chose; a password-only sign-in still enrols', async () => {
    const page = await run.page();
    await page.goto(`/signin?org=${ORG}`);
    await page.getByRole('button', { name: 'テストIdPでサインイン' }).click();
    await page.waitForURL(`${idp.issuer}/**`);
    await page.getByLabel('ユーザー名').fill('tanaka.mfa');
    await page.getByLabel('パスワード').fill(ISSUER_ACCOUNTS['tanaka.mfa'].password);
    await page.getByRole('button', { name: 'IdPにサインイン' }).click();
    await page.waitForURL((u) => u.origin === run.server.url && u.pathname === '/');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'こんにちは' }).waitFor();
    await screenshot(page, 'directory-oidc-home');
    const s = await call<{ organization: { code: string }; user: { loginId: string }; stage: string }>(
      page,
      'GET',
      '/api/session',
    );
    assert.deepEqual([s.organization.code, s.user.loginId, s.stage], [ORG, 'tanaka@example.lg.jp', 'full']);
    const accounts = await call<{ items: { loginId: string; unitName: string; source: string }[] }>(
      admin,
      'GET',
      '/api/directory/accounts',
    );
    const tanaka = accounts.items.find((a) => a.loginId === 'tanaka@example.lg.jp');
    assert.deepEqual([tanaka?.unitName, tanaka?.source], ['情報政策課', 'oidc']);

    const other = await run.page();
    await other.goto(`/signin?org=${ORG}`);
    await other.getByRole('button', { name: 'テストIdPでサインイン' }).click();
    await other.getByLabel('ユーザー名').fill('suzuki.pwd');
    await other.getByLabel('パスワード').fill(ISSUER_ACCOUNTS['suzuki.pwd'].password);
    await other.getByRole('button', { name: 'IdPにサインイン' }).click();
    await other.waitForURL('**/signin/enroll');
  });

  test('[R-E8] a person gone from the directory is suspended by the sync and signed out at once', async () => {
    dir.modify(
      [
        `dn: ${GROUP_DN}`,
        'changetype: modify',
        'delete: member',
        `member: uid=joho.jiro,ou=情報政策課,${PEOPLE_DN}`,
        '',
      ].join('\n'),
    );
    await admin.goto('/organization/directory/sync');
    await admin.getByRole('button', { name: 'ドライラン（変更内容を確認）' }).click();
    await admin.getByRole('heading', { name: /停止 1 件/ }).waitFor();
    // One of six directory accounts is over the default limit of 10 %: the administrator confirms.
    await admin.getByLabel('多数の停止を承認する').check();
    await admin.getByRole('button', { name: 'この内容で適用' }).click();
    await admin.getByText('適用しました。').waitFor();
    await admin.getByText(/終了したセッション 1 件/).waitFor();
    await screenshot(admin, 'directory-leaver-suspended');
    await ldapPerson.reload();
    await ldapPerson.waitForURL('**/signin');
  });
});
