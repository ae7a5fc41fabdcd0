import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useT } from '../../i18n/index.tsx';
import { dirApi, type DirectorySettings as Settings } from './api.ts';
import { DirectoryTest } from './DirectoryTest.tsx';
import { directoryTexts } from './i18n.ts';
import { LdapFields } from './LdapFields.tsx';
import { OidcFields } from './OidcFields.tsx';
import { DirectoryFrame } from './parts.tsx';

/** ディレクトリ連携: the organization administrator connects its directory and OpenID provider. */
export default function DirectorySettings() {
  const settings = useData<Settings>('/api/directory/settings');
  const roles = useData<{ items: { id: string; name: string }[] }>('/api/org/roles');
  return (
    <DirectoryFrame>
      <Loaded query={settings}>
        {(loaded) => <SettingsForm initial={loaded} roles={roles.data?.items ?? []} />}
      </Loaded>
    </DirectoryFrame>
  );
}

function SettingsForm({ initial, roles }: { initial: Settings; roles: { id: string; name: string }[] }) {
  const x = useT(directoryTexts);
  const [s, setS] = useState<Settings>(initial);
  const [bindPassword, setBindPassword] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const save = useMutate((body: unknown) => dirApi.put<Settings>('/api/directory/settings', body), {
    onDone: (next) => {
      setS({ ...next, redirectUri });
      setBindPassword('');
      setClientSecret('');
      setDone(x.saved);
    },
  });
  const { secrets, nextSyncAt: _n, redirectUri, ...config } = s;
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        void save.run({
          ...config,
          secrets: {
            ...(bindPassword ? { bindPassword } : {}),
            ...(clientSecret ? { clientSecret } : {}),
          },
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
      <SubmitRow label={x.save} busy={save.busy} />
      <DirectoryTest />
    </form>
  );
}
