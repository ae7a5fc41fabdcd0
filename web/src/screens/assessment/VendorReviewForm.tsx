import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useData, useMutate } from '../../api/query.ts';
import { DateField } from '../../components/DateField.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { AreaField, isoDay, useFormState } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';

export interface Check {
  text: string;
  ok: boolean;
  note: string;
}
export type Target = {
  vendorId: string;
  vendorName: string;
  contractId: string;
  contractTitle: string;
  kind: 'periodic' | 'end_of_contract';
};

/** The review of one contract: its checklist from the contract, the date, the findings and the next review. */
export function ReviewForm({ target, onDone }: { target: Target; onDone(): void }) {
  const template = useData<Check[]>(
    `/api/vendor-reviews/template?contractId=${encodeURIComponent(target.contractId)}&kind=${target.kind}`,
  );
  if (!template.data) return null;
  return <ChecklistForm target={target} template={template.data} onDone={onDone} />;
}

function ChecklistForm({ target, template, onDone }: { target: Target; template: Check[]; onDone(): void }) {
  const x = useText();
  const [list, setList] = useState(template);
  const form = useFormState('vr', {
    reviewedOn: isoDay(),
    summary: '',
    nextReviewOn: target.kind === 'periodic' ? isoDay(365) : '',
  });
  const { reviewedOn, summary, nextReviewOn } = form.values;
  const save = useMutate((body: unknown) => api.post('/api/vendor-reviews', body), {
    invalidate: ['/api/vendor-reviews'],
    onDone,
  });
  const { error, busy, field } = save;
  return (
    <section aria-labelledby="vr-form" className="as-section">
      <h2 id="vr-form">
        {x.reviewForm}: {target.vendorName}「{target.contractTitle}」（{x.reviewKind[target.kind]}）
      </h2>
      <form
        className="form as-box"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save.run({
            vendorId: target.vendorId,
            contractId: target.contractId,
            kind: target.kind,
            reviewedOn,
            checklist: list,
            summary,
            nextReviewOn: nextReviewOn || undefined,
          });
        }}
      >
        <FormAlert error={error} />
        <fieldset className="as-box">
          <legend className="field__label">{x.reviewKind[target.kind]}</legend>
          {list.length === 0 && <p>{x.none}</p>}
          {list.map((c, i) => (
            <div key={c.text} className="as-item">
              <label className="as-check">
                <input
                  type="checkbox"
                  checked={c.ok}
                  onChange={(e) =>
                    setList(list.map((o, j) => (j === i ? { ...o, ok: e.target.checked } : o)))
                  }
                />
                {c.text}
              </label>
              <TextField
                id={`vr-note-${i}`}
                label={`${x.note}（${i + 1}）`}
                value={c.note}
                onChange={(e) => setList(list.map((o, j) => (j === i ? { ...o, note: e.target.value } : o)))}
              />
            </div>
          ))}
        </fieldset>
        <div className="as-grid">
          <DateField label={x.reviewedOn} required {...form.pick('reviewedOn', field)} />
          <DateField label={x.nextReviewOn} {...form.pick('nextReviewOn', field)} />
        </div>
        <AreaField label={x.summary} required {...form.pick('summary', field)} />
        <SubmitRow label={x.recordReview} busy={busy} />
      </form>
    </section>
  );
}
