import { useState } from 'react';
import { useMutate } from '../../../api/query.ts';
import { Form } from '../../../components/Form.tsx';
import { SubmitRow } from '../../../components/SubmitRow.tsx';
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
  function send() {
    setKindError(kind ? undefined : s.kindRequired);
    if (kind) void save.run();
  }
  return (
    <Form noValidate onSend={send} error={save.error}>
      <p>
        {s.bodyName}：<strong>{status.body.name}</strong>
      </p>
      <KindSelect value={kind} onChange={setKind} error={kindError} />
      <SubmitRow label={s.saveKind} busy={save.busy} />
    </Form>
  );
}
