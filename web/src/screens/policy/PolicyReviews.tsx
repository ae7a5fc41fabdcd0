import type { FormEvent } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import type { Column } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { optionsOf } from '../../components/FieldsForm.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadedTable } from '../../components/LoadedTable.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Section } from '../../components/Section.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useFormState } from '../../components/useFormState.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { type DocumentItem, policyApi, policyPaths, type Review } from './api.ts';
import { day, when } from './dates.ts';
import { policyTexts } from './i18n.ts';
import { ReviewClose } from './ReviewClose.tsx';

const blank = () => ({
  documentId: '',
  trigger: 'yearly',
  fiscalYear: String(new Date().getFullYear()),
  reason: '',
  inputs: '',
  dueOn: '',
});

/** 見直し: reviews opened yearly or on a trigger (R-I2, R-I5), and the form to open one. */
export default function PolicyReviews() {
  const p = useT(policyTexts);
  const { lang } = useI18n();
  const reviews = useData<{ items: Review[] }>(policyPaths.reviews);
  const docs = useData<{ items: DocumentItem[] }>(policyPaths.documents).data?.items ?? [];
  const state = useFormState('review', blank);
  const form = state.values;
  const documentId = form.documentId || docs[0]?.id || '';
  const open = useMutate((body: Record<string, unknown>) => policyApi.openReview(body), {
    invalidate: [policyPaths.reviews],
    onDone: () => state.setValues((f) => ({ ...f, reason: '', inputs: '' })),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    void open.run({
      documentId,
      trigger: form.trigger,
      reason: form.reason,
      inputs: form.inputs,
      ...(form.trigger === 'yearly' && form.fiscalYear ? { fiscalYear: Number(form.fiscalYear) } : {}),
      ...(form.dueOn ? { dueOn: form.dueOn } : {}),
    });
  }
  const labels = {
    documentId: p.document,
    trigger: p.trigger,
    fiscalYear: p.fiscalYear,
    reason: p.reason,
    inputs: p.inputs,
    dueOn: p.dueOn,
  };
  const columns: Column<Review>[] = [
    {
      key: 'documentTitle',
      header: p.document,
      cell: (r) => (
        <>
          {r.documentTitle}
          <div className="cell-sub">{when(r.openedAt, lang)}</div>
        </>
      ),
    },
    {
      key: 'trigger',
      header: p.trigger,
      value: (r) => `${p.triggers[r.trigger]}${r.fiscalYear ? `（${r.fiscalYear}）` : ''}`,
    },
    {
      key: 'reason',
      header: p.reason,
      cell: (r) => (
        <>
          {r.reason}
          {r.inputs && <div className="cell-sub">{r.inputs}</div>}
          <div className="cell-sub">
            <Link href={`/inspections/reviews/${r.id}`}>{p.reviewInputsLink}</Link>
          </div>
        </>
      ),
    },
    { key: 'dueOn', header: p.dueOn, value: (r) => r.dueOn ?? '', cell: (r) => day(r.dueOn, lang) },
    {
      key: 'outcome',
      header: p.outcome,
      value: (r) => (r.status === 'closed' ? (r.outcome === 'no_change' ? p.noChange : p.newVersion) : ''),
      cell: (r) =>
        r.status === 'closed' ? (
          <>
            {r.outcome === 'no_change' ? p.noChange : p.newVersion}
            {r.outcomeReason && <div className="cell-sub">{r.outcomeReason}</div>}
          </>
        ) : (
          <ReviewClose review={r} />
        ),
    },
  ];
  return (
    <>
      <PageHeading>{p.reviews}</PageHeading>
      <FormAlert error={open.error} idPrefix="review" labels={labels} />
      <Section id="review-list" title={p.reviews}>
        <LoadedTable query={reviews} columns={columns} label={p.reviews} />
      </Section>
      <form className="form section" onSubmit={submit} aria-labelledby="review-new">
        <h2 id="review-new">{p.openReview}</h2>
        <SelectField
          label={p.document}
          {...state.text('documentId')}
          value={documentId}
          options={docs.map((d) => ({ value: d.id, label: d.title }))}
        />
        <SelectField label={p.trigger} {...state.text('trigger')} options={optionsOf(p.triggers)} />
        {form.trigger === 'yearly' && (
          <TextField label={p.fiscalYear} inputMode="numeric" {...state.text('fiscalYear', open.field)} />
        )}
        <TextField label={p.reason} required {...state.text('reason', open.field)} />
        <TextAreaField label={p.inputs} rows={3} {...state.text('inputs')} />
        <DateField label={p.dueOn} {...state.pick('dueOn', open.field)} />
        <SubmitRow label={p.openReview} busy={open.busy || !documentId} />
      </form>
    </>
  );
}
