import { useEffect, useState } from 'react';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import { dirApi, type DirectorySettings as Settings } from './api.ts';
import { directoryTexts } from './i18n.ts';
import { LdapFields } from './LdapFields.tsx';
import { OidcFields } from './OidcFields.tsx';
import { DirectoryFrame } from './parts.tsx';

interface TestResult {
  ldap: null | { ok: boolean; count?: number; error?: string; sample?: Record<string, unknown>[] };
  oidc: null | { ok: boolean; issuer?: string; error?: string };
}

/** ディレクトリ連携: the organization administrator connects its directory and OpenID provider. */
export default function DirectorySettings() {
  const x = useT(directoryTexts);
  const [s, setS] = useState<Settings | null>(null);
  const [roles, setRoles] = useState<{ id: string; name: string }[]>([]);
  const [bindPassword, setBindPassword] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [test, setTest] = useState<TestResult | null>(null);
  const save = useAction();
  const loading = useAction();
  const testing = useAction();
  useEffect(() => {
    void loading.run(async () => {
      setS(await dirApi.get<Settings>('/api/directory/settings'));
      setRoles((await dirApi.get<{ items: { id: string; name: string }[] }>('/api/org/roles')).items);
    });
  }, [loading.run]);
  if (!s)
    return (
      <DirectoryFrame>{loading.error ? <FormAlert error={loading.error} /> : <Loading />}</DirectoryFrame>
    );
  const { secrets, nextSyncAt: _n, redirectUri, ...config } = s;
  return (
    <DirectoryFrame>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          void save.run(async () => {
            const body = {
              ...config,
              secrets: {
                ...(bindPassword ? { bindPassword } : {}),
                ...(clientSecret ? { clientSecret } : {}),
              },
            };
            const next = await dirApi.put<Settings>('/api/directory/settings', body);
            setS({ ...next, redirectUri });
            setBindPassword('');
            setClientSecret('');
            setDone(x.saved);
          });
        }}
      >
        <FormAlert error={save.error} idPrefix="ds" />
        <Status message={done} />
        <TextField
          id="ds-loginIdSuffix"
          label={x.suffix}
          hint={x.suffixHint}
          className="input--short"
          value={s.loginIdSuffix}
          error={save.field('loginIdSuffix')}
          onChange={(e) => setS({ ...s, loginIdSuffix: e.target.value })}
        />
        <LdapFields
          ldap={s.ldap}
          set={(ldap) => setS({ ...s, ldap })}
          field={save.field}
          passwordSet={secrets.bindPassword}
          password={bindPassword}
          setPassword={setBindPassword}
          roles={roles}
        />
        <OidcFields
          oidc={s.oidc}
          set={(oidc) => setS({ ...s, oidc })}
          field={save.field}
          secretSet={secrets.clientSecret}
          secret={clientSecret}
          setSecret={setClientSecret}
          redirectUri={redirectUri}
        />
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={save.busy}>
            {x.save}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            disabled={testing.busy}
            onClick={() =>
              void testing.run(async () => setTest(await dirApi.post<TestResult>('/api/directory/test')))
            }
          >
            {testing.busy ? x.testing : x.test}
          </button>
        </div>
        <FormAlert error={testing.error} />
        {test && (
          <div role="status" className="status-region">
            {test.ldap && (
              <p className={`alert alert--${test.ldap.ok ? 'success' : 'error'}`}>
                {test.ldap.ok
                  ? fmt(x.testOk, { count: test.ldap.count ?? 0 })
                  : fmt(x.testFail, { error: test.ldap.error ?? '' })}
              </p>
            )}
            {test.ldap?.sample?.length ? (
              <table className="table">
                <caption>{x.sample}</caption>
                <tbody>
                  {test.ldap.sample.map((p) => (
                    <tr key={String(p.login)}>
                      <td>{String(p.login)}</td>
                      <td>{String(p.displayName)}</td>
                      <td>{String(p.unit ?? '')}</td>
                      <td>{String(p.post ?? '')}</td>
                      <td>{p.disabled ? x.disabled : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {test.oidc && (
              <p className={`alert alert--${test.oidc.ok ? 'success' : 'error'}`}>
                {test.oidc.ok
                  ? fmt(x.oidcOk, { issuer: test.oidc.issuer ?? '' })
                  : fmt(x.testFail, { error: test.oidc.error ?? '' })}
              </p>
            )}
          </div>
        )}
      </form>
    </DirectoryFrame>
  );
}
