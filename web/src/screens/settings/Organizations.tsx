import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Organization } from '../../api/types.ts';
import { useSession } from '../../app/session.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n } from '../../i18n/index.tsx';
import { useSetupText } from '../setup/i18n.ts';

/** For the system administrator: act in another organization, or create one. */
export default function Organizations() {
  const { t } = useI18n();
  const { session, refresh } = useSession();
  const list = useAction();
  const change = useAction();
  const create = useAction();
  const remove = useAction();
  const st = useSetupText();
  const [orgs, setOrgs] = useState<Organization[]>([]);
  const [selected, setSelected] = useState(session?.organization.id ?? '');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  const load = useCallback(
    () =>
      list.run(async () =>
        setOrgs((await api.get<{ items: Organization[] }>('/api/system/organizations')).items),
      ),
    [list.run],
  );
  useEffect(() => void load(), [load]);

  function switchOrg(e: FormEvent) {
    e.preventDefault();
    void change.run(async () => {
      await api.post('/api/session/organization', { organizationId: selected });
      const s = await refresh();
      setStatus(fmt(t.orgs.switched, { name: s?.organization.name ?? '' }));
    });
  }

  function createOrg(e: FormEvent) {
    e.preventDefault();
    void create.run(async () => {
      await api.post<Organization>('/api/system/organizations', { code: code.trim(), name: name.trim() });
      setStatus(fmt(t.orgs.created, { name: name.trim() }));
      setCode('');
      setName('');
      await load();
    });
  }

  function removeSample(o: Organization) {
    if (!window.confirm(fmt(st.removeConfirm, { name: o.name }))) return;
    void remove.run(async () => {
      await api.delete(`/api/system/organizations/${o.id}`);
      setStatus(fmt(st.removed, { name: o.name }));
      await load();
    });
  }

  const samples = orgs.filter((o) => o.sample);
  return (
    <>
      <PageHeading lead={t.settings.organizationsHint}>{t.orgs.title}</PageHeading>
      <Status message={status} />
      <FormAlert error={list.error} />
      <section className="section" aria-labelledby="org-switch">
        <h2 id="org-switch">{t.orgs.switchHeading}</h2>
        <p>
          {t.orgs.current}：<strong>{session?.organization.name}</strong>
        </p>
        <FormAlert error={change.error} />
        <form onSubmit={switchOrg} className="form form--inline">
          <div className="field">
            <label htmlFor="org-select" className="field__label">
              {t.orgs.switchLabel}
            </label>
            <select
              id="org-select"
              className="input"
              value={selected}
              onChange={(e) => setSelected(e.target.value)}
            >
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}（{o.code}）
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn btn--primary" disabled={change.busy || !selected}>
            {t.orgs.switch}
          </button>
        </form>
      </section>
      {samples.length > 0 && (
        <section className="section" aria-labelledby="org-samples">
          <h2 id="org-samples">{st.sample}</h2>
          <FormAlert error={remove.error} />
          <ul>
            {samples.map((o) => (
              <li key={o.id}>
                {o.name}{' '}
                <button
                  type="button"
                  className="btn btn--danger-text btn--small"
                  disabled={remove.busy}
                  onClick={() => removeSample(o)}
                >
                  {st.remove}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="section" aria-labelledby="org-create">
        <h2 id="org-create">{t.orgs.createHeading}</h2>
        <FormAlert error={create.error} idPrefix="org" labels={{ code: t.orgs.code, name: t.orgs.name }} />
        <form onSubmit={createOrg} noValidate className="form">
          <TextField
            id="org-code"
            label={t.orgs.code}
            hint={t.orgs.codeHint}
            required
            autoCapitalize="none"
            spellCheck={false}
            value={code}
            error={create.field('code')}
            onChange={(e) => setCode(e.target.value)}
          />
          <TextField
            id="org-name"
            label={t.orgs.name}
            hint={t.orgs.nameHint}
            required
            value={name}
            error={create.field('name')}
            onChange={(e) => setName(e.target.value)}
          />
          <div className="actions">
            <button type="submit" className="btn btn--primary" disabled={create.busy}>
              {t.orgs.create}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
