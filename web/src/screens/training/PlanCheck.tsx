import { useState } from 'react';
import { useMutate } from '../../api/query.ts';
import { Form } from '../../components/Form.tsx';
import { Status } from '../../components/FormAlert.tsx';
import { useT } from '../../i18n/index.tsx';
import { AreaField } from '../dashboard/kit.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import { TRAINING, trainingApi } from './api.ts';

/** The 責任者's check of a plan's completion, with a note. */
export function PlanCheck({ planId }: { planId: string }) {
  const x = useT(assuranceTexts);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const check = useMutate(() => trainingApi.check(planId, note), {
    invalidate: [TRAINING],
    onDone: () => {
      setNote('');
      setDone(x.checkedDone);
    },
  });
  return (
    <Form onSend={() => void check.run()} error={check.error} className="form as-box">
      <AreaField id="check-note" label={x.checkNote} value={note} onChange={setNote} rows={2} />
      <button type="submit" className="btn btn--primary" disabled={check.busy}>
        {x.doCheck}
      </button>
      <Status message={done} />
    </Form>
  );
}
