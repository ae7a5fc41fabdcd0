import { useState } from 'react';
import { useMutate } from '../../api/query.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { dirApi } from './api.ts';
import { directoryTexts } from './i18n.ts';

interface TestResult {
  ldap: null | { ok: boolean; count?: number; error?: string; sample?: Record<string, unknown>[] };
  oidc: null | { ok: boolean; issuer?: string; error?: string };
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** 接続テスト: asks the directory and the OpenID provider as saved, and shows what came back. */
export function DirectoryTest() {
  const x = useT(directoryTexts);
  const [test, setTest] = useState<TestResult | null>(null);
  const testing = useMutate(() => dirApi.post<TestResult>('/api/directory/test'), { onDone: setTest });
  return (
    <>
      <div className="actions">
        <ActionButton action={testing} label={testing.busy ? x.testing : x.test} secondary />
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
            <DataTable
              rows={test.ldap.sample}
              rowKey={(p) => text(p.login)}
              caption={x.sample}
              columns={[
                { key: 'login', header: x.sampleLogin, value: (p) => text(p.login) },
                { key: 'displayName', header: x.sampleName, value: (p) => text(p.displayName) },
                { key: 'unit', header: x.sampleUnit, value: (p) => text(p.unit) },
                { key: 'post', header: x.samplePost, value: (p) => text(p.post) },
                { key: 'disabled', header: x.sampleState, value: (p) => (p.disabled ? x.disabled : '') },
              ]}
            />
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
    </>
  );
}
