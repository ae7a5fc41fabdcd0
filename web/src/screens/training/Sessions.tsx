import { useState } from 'react';
import { useMutate } from '../../api/query.ts';
import { DateField } from '../../components/DateField.tsx';
import { TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useT } from '../../i18n/index.tsx';
import { isoDay, useFormState } from '../dashboard/kit.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import { TRAINING, trainingApi } from './api.ts';

/** Adds a session (date in 和暦 or Western, place) to a plan. */
export function AddSession({ planId }: { planId: string }) {
  const x = useT(assuranceTexts);
  const form = useFormState('session', { heldOn: isoDay(), place: '' });
  const { heldOn, place } = form.values;
  const add = useMutate(() => trainingApi.addSession(planId, { heldOn, place: place || undefined }), {
    invalidate: [TRAINING],
    onDone: () => form.set('place')(''),
  });
  return (
    <form
      className="form as-box"
      noValidate
      aria-labelledby="session-add"
      onSubmit={(e) => {
        e.preventDefault();
        void add.run();
      }}
    >
      <h3 id="session-add">{x.addSession}</h3>
      <FormAlert error={add.error} />
      <div className="as-grid">
        <DateField label={x.heldOn} required {...form.pick('heldOn', add.field)} />
        <TextField label={x.place} {...form.text('place', add.field)} />
      </div>
      <SubmitRow label={x.addSession} busy={add.busy} secondary />
    </form>
  );
}

/** Who attended a session: one tick a person, those not yet marked as missed start ticked. */
export function Attendance({
  sessionId,
  people,
  missed,
  label,
}: {
  sessionId: string;
  people: { id: string; name: string }[];
  missed: string[];
  label: string;
}) {
  const x = useT(assuranceTexts);
  const [ticked, setTicked] = useState<Set<string> | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const current = ticked ?? new Set(people.filter((p) => !missed.includes(p.id)).map((p) => p.id));
  const save = useMutate(
    () =>
      trainingApi.attendance(
        sessionId,
        people.map((p) => ({ userId: p.id, attended: current.has(p.id) })),
      ),
    { invalidate: [TRAINING], onDone: () => setSaved(x.saved) },
  );
  return (
    <details>
      <summary>{x.attendance}</summary>
      <Form onSend={() => void save.run()} error={save.error}>
        <fieldset className="as-box">
          <legend className="field__label">
            {x.attendance}（{label}）
          </legend>
          {people.map((p) => (
            <div key={p.id}>
              <label className="as-check">
                <input
                  type="checkbox"
                  checked={current.has(p.id)}
                  onChange={(e) => {
                    const next = new Set(current);
                    if (e.target.checked) next.add(p.id);
                    else next.delete(p.id);
                    setTicked(next);
                  }}
                />
                {p.name}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="btn btn--secondary btn--small" disabled={save.busy}>
          {x.saveAttendance}
        </button>
        <Status message={saved} />
      </Form>
    </details>
  );
}
