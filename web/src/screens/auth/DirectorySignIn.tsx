/**
 * An organization's own sign-in page (/signin?org=<code>): its name, the button of its OpenID
 * provider (「<provider名>でサインイン」), and why a directory sign-in came back to this page.
 * The login form itself is the same: a directory account types its directory password there.
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { useAction } from '../../components/useAction.ts';
import { fmt, type Lang, useI18n } from '../../i18n/index.tsx';

interface Options {
  organization: { code: string; name: string };
  ldap: boolean;
  oidc: { label: string } | null;
}

const texts = {
  ja: {
    with: '{label}でサインイン',
    or: 'または、ログインIDとパスワードでサインイン',
    ldapHint: 'ログインIDとパスワードは、庁内のパソコンにサインインするときと同じものです。',
    errors: {
      oidc_failed: 'サインインを完了できませんでした。もう一度お試しください。',
      oidc_expired: 'サインインの有効期限が切れました。もう一度お試しください。',
      unavailable:
        '認証サービスに接続できないため、サインインできません。しばらくしてから再度お試しください。',
      no_account: 'mamori にあなたのアカウントがありません。組織の管理者に利用者の登録を依頼してください。',
      suspended: 'このアカウントは停止されています。組織の管理者にお問い合わせください。',
      login_id_taken: 'ログインIDが他のアカウントと重なっています。組織の管理者にお問い合わせください。',
    } as Record<string, string>,
  },
  en: {
    with: 'Sign in with {label}',
    or: 'Or sign in with a login ID and password',
    ldapHint: 'Your login ID and password are the ones you use to sign in to your office computer.',
    errors: {
      oidc_failed: 'Sign-in could not be completed. Please try again.',
      oidc_expired: 'The sign-in took too long. Please try again.',
      unavailable: 'The sign-in service cannot be reached. Please try again later.',
      no_account: 'There is no mamori account for you. Ask your organization’s administrator to add you.',
      suspended: 'This account is suspended. Contact your organization’s administrator.',
      login_id_taken:
        'Your login ID clashes with another account. Contact your organization’s administrator.',
    } as Record<string, string>,
  },
} satisfies Record<Lang, unknown>;

/** Reads ?org= and ?error= and the organization's directory options. */
export function useDirectorySignIn() {
  const [params] = useState(() => new URLSearchParams(location.search));
  const org = /^[a-z0-9][a-z0-9-]{1,39}$/.test(params.get('org') ?? '') ? params.get('org') : null;
  const [options, setOptions] = useState<Options | null>(null);
  useEffect(() => {
    if (!org) return;
    api
      .get<Options>(`/api/auth/directory?org=${encodeURIComponent(org)}`, { noRedirect: true })
      .then(setOptions)
      .catch(() => setOptions(null));
  }, [org]);
  return { org, options, error: params.get('error') };
}

type Dir = ReturnType<typeof useDirectorySignIn>;

/** The organization's name and, after a directory sign-in came back, why. */
export function DirectoryNotice({ dir }: { dir: Dir }) {
  const { lang } = useI18n();
  const x = texts[lang];
  const message = dir.error ? (x.errors[dir.error] ?? x.errors.oidc_failed) : null;
  return (
    <>
      {dir.options && <p className="signin-org">{dir.options.organization.name}</p>}
      {message && (
        <p className="alert alert--error" role="alert">
          {message}
        </p>
      )}
    </>
  );
}

/** 「<provider名>でサインイン」: asks the server where to go and sends the browser there. */
export function DirectoryButton({ dir }: { dir: Dir }) {
  const { lang } = useI18n();
  const x = texts[lang];
  const { busy, run, error } = useAction();
  const oidc = dir.options?.oidc;
  const hint = dir.options?.ldap ? <p className="field__hint">{x.ldapHint}</p> : null;
  if (!oidc || !dir.org) return hint;
  const org = dir.org;
  return (
    <div className="signin-directory">
      {error && (
        <p className="alert alert--error" role="alert">
          {error.message}
        </p>
      )}
      <button
        type="button"
        className="btn btn--secondary btn--block"
        disabled={busy}
        onClick={() =>
          run(async () => {
            const r = await api.post<{ url: string }>(
              '/api/auth/oidc/start',
              { organization: org },
              { noRedirect: true },
            );
            location.assign(r.url);
          })
        }
      >
        {fmt(x.with, { label: oidc.label })}
      </button>
      <p className="signin-or">{x.or}</p>
      {hint}
    </div>
  );
}
