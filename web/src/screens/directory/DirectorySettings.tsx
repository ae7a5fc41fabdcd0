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
import { DirectoryFrame, type SettingsDraft, type StoredSecret } from './parts.tsx';

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
  /** The secrets typed anew; an empty box keeps the one the server holds. */
  const [typed, setTyped] = useState<Partial<Record<StoredSecret['name'], string>>>({});
  const [done, setDone] = useState<string | null>(null);
  const save = useMutate((body: unknown) => dirApi.put<Settings>('/api/directory/settings', body), {
    onDone: (next) => {
      setS({ ...next, redirectUri });
      setTyped({});
      setDone(x.saved);
    },
  });
  const { secrets, nextSyncAt: _n, redirectUri, ...config } = s;
  const draft: SettingsDraft = {
    settings: s,
    change: (patch) => setS({ ...s, ...patch }),
    field: save.field,
    secret: (name) => ({
      name,
      isSet: secrets[name],
      value: typed[name] ?? '',
      onChange: (v) => setTyped((t) => ({ ...t, [name]: v })),
    }),
  };
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        void save.run({
          ...config,
          secrets: Object.fromEntries(Object.entries(typed).filter(([, v]) => v)),
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
      <LdapFields draft={draft} roles={roles} />
      <OidcFields draft={draft} redirectUri={redirectUri} />
      <SubmitRow label={x.save} busy={save.busy} />
      <DirectoryTest />
    </form>
  );
}
