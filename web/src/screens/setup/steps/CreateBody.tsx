import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { useMutate } from '../../../api/query.ts';
import { useSession } from '../../../app/session.tsx';
import { TextField } from '../../../components/Field.tsx';
import { FormAlert } from '../../../components/FormAlert.tsx';
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
  const [name, setName] = useState('');
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
  function submit(e: FormEvent) {
    e.preventDefault();
    setKindError(kind ? undefined : s.kindRequired);
    if (kind) void create.run();
  }
  return (
    <section className="section" aria-labelledby="step-body">
      <h2 id="step-body">{s.steps.body}</h2>
      <p>{s.stepLead.body}</p>
      <FormAlert error={create.error} idPrefix="setup" labels={{ name: s.bodyName }} />
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id="setup-name"
          label={s.bodyName}
          hint={s.bodyNameHint}
          required
          value={name}
          error={create.field('name')}
          onChange={(e) => setName(e.target.value)}
        />
        <KindSelect
          value={kind}
          onChange={setPicked}
          error={kindError}
          hint={!picked && kind ? s.kindFromName : undefined}
        />
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={create.busy}>
            {create.busy ? s.creating : s.create}
          </button>
        </div>
      </form>
    </section>
  );
}
