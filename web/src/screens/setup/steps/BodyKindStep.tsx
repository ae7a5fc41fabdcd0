import { type FormEvent, useState } from 'react';
import { useMutate } from '../../../api/query.ts';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { useT } from '../../../i18n/index.tsx';
import type { SetupStatus } from '../api.ts';
import { saveBodyKind } from '../kinds.ts';
import { setupTexts } from '../texts.ts';
import { useStepDone } from '../useStepDone.ts';
import { KindSelect } from './KindSelect.tsx';

/** A body made before the guided set-up (or by another route) says what kind of body it is. */
export function BodyKindStep({ status }: { status: SetupStatus }) {
  const s = useT(setupTexts);
  const stepDone = useStepDone();
  const [kind, setKind] = useState(status.body.kind ?? '');
  const [kindError, setKindError] = useState<string>();
  const save = useMutate(() => saveBodyKind(kind), { onDone: () => void stepDone('body') });
  function submit(e: FormEvent) {
    e.preventDefault();
    setKindError(kind ? undefined : s.kindRequired);
    if (kind) void save.run();
  }
  return (
    <form className="form" noValidate onSubmit={submit}>
      <p>
        {s.bodyName}：<strong>{status.body.name}</strong>
      </p>
      <FormAlert error={save.error} />
      <KindSelect value={kind} onChange={setKind} error={kindError} />
      <div className="actions">
        <button type="submit" className="btn btn--primary" disabled={save.busy}>
          {s.saveKind}
        </button>
      </div>
    </form>
  );
}
