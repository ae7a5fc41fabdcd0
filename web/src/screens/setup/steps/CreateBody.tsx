import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { useMutate } from '../../../api/query.ts';
import { useSession } from '../../../app/session.tsx';
import { TextField } from '../../../components/Field.tsx';
import { Form } from '../../../components/Form.tsx';
import { Section } from '../../../components/Section.tsx';
import { SubmitRow } from '../../../components/SubmitRow.tsx';
import { useFormState } from '../../../components/useFormState.ts';
import { useT } from '../../../i18n/index.tsx';
import { kindFromName, saveBodyKind } from '../kinds.ts';
import { setupTexts } from '../texts.ts';
import { useStepDone } from '../useStepDone.ts';
import { KindSelect } from './KindSelect.tsx';

/** The hosting administrator's first step: the new body, which they then act in as its first administrator. */
export function CreateBody() {
  const s = useT(setupTexts);
  const { refresh } = useSession();
  const stepDone = useStepDone();
  const form = useFormState('setup', { name: '' });
  const name = form.values.name;
  // Until the person picks a kind, the one the name says is offered.
  const [picked, setPicked] = useState('');
  const kind = picked || kindFromName(name);
  const [kindError, setKindError] = useState<string>();
  const create = useMutate(
    async () => {
      await api.post('/api/system/organizations', { name: name.trim(), switchTo: true });
      await refresh();
      await saveBodyKind(kind);
    },
    { invalidate: ['/api/system/organizations'], onDone: () => void stepDone('body') },
  );
  function send() {
    setKindError(kind ? undefined : s.kindRequired);
    if (kind) void create.run();
  }
  return (
    <Section id="step-body" title={s.steps.body}>
      <p>{s.stepLead.body}</p>
      <Form noValidate onSend={send} error={create.error} idPrefix="setup" labels={{ name: s.bodyName }}>
        <TextField label={s.bodyName} hint={s.bodyNameHint} required {...form.text('name', create.field)} />
        <KindSelect
          value={kind}
          onChange={setPicked}
          error={kindError}
          hint={!picked && kind ? s.kindFromName : undefined}
        />
        <SubmitRow label={create.busy ? s.creating : s.create} busy={create.busy} />
      </Form>
    </Section>
  );
}
