import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useData, useMutate } from '../../api/query.ts';
import type { Organization } from '../../api/types.ts';
import { useSession } from '../../app/session.tsx';
import { useConfirm } from '../../components/Dialog.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Section } from '../../components/Section.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { fmt, useI18n } from '../../i18n/index.tsx';
import { useSetupText } from '../setup/i18n.ts';

const ORGS = '/api/system/organizations';

/** For the system administrator: act in another organization, or create one. */
export default function Organizations() {
  const { t } = useI18n();
  const { session, refresh } = useSession();
  const st = useSetupText();
  const { confirm, dialog } = useConfirm();
  const list = useData<{ items: Organization[] }>(ORGS);
  const orgs = list.data?.items ?? [];
  const [selected, setSelected] = useState(session?.organization.id ?? '');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const change = useMutate(
    async (organizationId: string) => {
      await api.post('/api/session/organization', { organizationId });
      return refresh();
    },
    { onDone: (s) => setStatus(fmt(t.orgs.switched, { name: s?.organization.name ?? '' })) },
  );
  const create = useMutate((body: { code: string; name: string }) => api.post<Organization>(ORGS, body), {
    invalidate: [ORGS],
    onDone: (_r, body) => {
      setStatus(fmt(t.orgs.created, { name: body.name }));
      setCode('');
      setName('');
    },
  });
  const remove = useMutate((o: Organization) => api.delete(`${ORGS}/${o.id}`), {
    invalidate: [ORGS],
    onDone: (_r, o) => setStatus(fmt(st.removed, { name: o.name })),
  });

  function switchOrg(e: FormEvent) {
    e.preventDefault();
    void change.run(selected);
  }

  function createOrg(e: FormEvent) {
    e.preventDefault();
    void create.run({ code: code.trim(), name: name.trim() });
  }

  async function removeSample(o: Organization) {
    if (await confirm(fmt(st.removeConfirm, { name: o.name }), { danger: true, confirmLabel: st.remove }))
      void remove.run(o);
  }

  const samples = orgs.filter((o) => o.sample);
  return (
    <>
      <PageHeading lead={t.settings.organizationsHint}>{t.orgs.title}</PageHeading>
      <Status message={status} />
      <FormAlert error={list.error} />
      {dialog}
      <Section id="org-switch" title={t.orgs.switchHeading}>
        <p>
          {t.orgs.current}：<strong>{session?.organization.name}</strong>
        </p>
        <FormAlert error={change.error} />
        <form onSubmit={switchOrg} className="form form--inline">
          <SelectField
            id="org-select"
            label={t.orgs.switchLabel}
            value={selected}
            onChange={(e) => setSelected(e.target.value)}
            options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${o.code}）` }))}
          />
          <button type="submit" className="btn btn--primary" disabled={change.busy || !selected}>
            {t.orgs.switch}
          </button>
        </form>
      </Section>
      {samples.length > 0 && (
        <Section id="org-samples" title={st.sample}>
          <FormAlert error={remove.error} />
          <ul>
            {samples.map((o) => (
              <li key={o.id}>
                {o.name}{' '}
                <button
                  type="button"
                  className="btn btn--danger-text btn--small"
                  disabled={remove.busy}
                  onClick={() => void removeSample(o)}
                >
                  {st.remove}
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="org-create" title={t.orgs.createHeading}>
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
          <SubmitRow label={t.orgs.create} busy={create.busy} />
        </form>
      </Section>
    </>
  );
}
