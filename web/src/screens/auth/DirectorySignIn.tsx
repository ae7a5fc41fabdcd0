/**
 * An organization's own sign-in page (/signin?org=<code>): its name, the button of its OpenID
 * provider (「<provider名>でサインイン」), and why a directory sign-in came back to this page.
 * The login form itself is the same: a directory account types its directory password there.
 */
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useData, useMutate } from '../../api/query.ts';
import { Button } from '../../components/Button.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { directorySignInTexts } from './directory-texts.ts';

interface Options {
  organization: { code: string; name: string };
  ldap: boolean;
  oidc: { label: string } | null;
}

/** Reads ?org= and ?error= and the organization's directory options. */
export function useDirectorySignIn() {
  const [params] = useState(() => new URLSearchParams(location.search));
  const org = /^[a-z0-9][a-z0-9-]{1,39}$/.test(params.get('org') ?? '') ? params.get('org') : null;
  const options =
    useData<Options>(org ? `/api/auth/directory?org=${encodeURIComponent(org)}` : null, { noRedirect: true })
      .data ?? null;
  return { org, options, error: params.get('error') };
}

type Dir = ReturnType<typeof useDirectorySignIn>;

/** The organization's name and, after a directory sign-in came back, why. */
export function DirectoryNotice({ dir }: { dir: Dir }) {
  const x = useT(directorySignInTexts);
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
  const x = useT(directorySignInTexts);
  const start = useMutate(
    (organization: string) =>
      api.post<{ url: string }>('/api/auth/oidc/start', { organization }, { noRedirect: true }),
    { onDone: (r) => location.assign(r.url) },
  );
  const oidc = dir.options?.oidc;
  const hint = dir.options?.ldap ? <p className="field__hint">{x.ldapHint}</p> : null;
  if (!oidc || !dir.org) return hint;
  const org = dir.org;
  return (
    <div className="signin-directory">
      {start.error && (
        <p className="alert alert--error" role="alert">
          {start.error.message}
        </p>
      )}
      <Button block disabled={start.busy} onClick={() => void start.run(org)}>
        {fmt(x.with, { label: oidc.label })}
      </Button>
      <p className="signin-or">{x.or}</p>
      {hint}
    </div>
  );
}
