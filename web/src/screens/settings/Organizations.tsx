import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useData, useMutate } from '../../api/query.ts';
import type { Organization } from '../../api/types.ts';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../components/Button.tsx';
import { useConfirm } from '../../components/Dialog.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Section } from '../../components/Section.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useFormState } from '../../components/useFormState.ts';
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
  const form = useFormState('org', { code: '', name: '' });
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
      form.reset();
    },
  });
  const remove = useMutate((o: Organization) => api.delete(`${ORGS}/${o.id}`), {
    invalidate: [ORGS],
    onDone: (_r, o) => setStatus(fmt(st.removed, { name: o.name })),
  });

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
        <Form onSend={() => void change.run(selected)} error={change.error} className="form form--inline">
          <SelectField
            id="org-select"
            label={t.orgs.switchLabel}
            value={selected}
            onChange={(e) => setSelected(e.target.value)}
            options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${o.code}）` }))}
          />
          <SubmitRow label={t.orgs.switch} busy={change.busy || !selected} />
        </Form>
      </Section>
      {samples.length > 0 && (
        <Section id="org-samples" title={st.sample}>
          <FormAlert error={remove.error} />
          <ul>
            {samples.map((o) => (
              <li key={o.id}>
                {o.name}{' '}
                <Button kind="danger-text" small disabled={remove.busy} onClick={() => void removeSample(o)}>
                  {st.remove}
                </Button>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="org-create" title={t.orgs.createHeading}>
        <Form
          noValidate
          onSend={() => void create.run({ code: form.values.code.trim(), name: form.values.name.trim() })}
          error={create.error}
          idPrefix="org"
          labels={{ code: t.orgs.code, name: t.orgs.name }}
        >
          <TextField
            label={t.orgs.code}
            hint={t.orgs.codeHint}
            required
            autoCapitalize="none"
            spellCheck={false}
            {...form.text('code', create.field)}
          />
          <TextField
            label={t.orgs.name}
            hint={t.orgs.nameHint}
            required
            {...form.text('name', create.field)}
          />
          <SubmitRow label={t.orgs.create} busy={create.busy} />
        </Form>
      </Section>
    </>
  );
}
