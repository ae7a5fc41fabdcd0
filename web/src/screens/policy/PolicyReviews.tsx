import { type FormEvent, useEffect, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import { api, type DocumentItem } from './api.ts';
import { day, when } from './dates.ts';
import { usePolicyText } from './i18n.ts';
import { ReviewClose } from './ReviewClose.tsx';

export interface Review {
  id: string;
  documentId: string;
  documentTitle: string;
  trigger: string;
  fiscalYear: number | null;
  reason: string;
  inputs: string;
  dueOn: string | null;
  status: 'open' | 'closed';
  outcome: string | null;
  outcomeReason: string | null;
  openedAt: string;
}

/** 見直し: reviews opened yearly or on a trigger (R-I2, R-I5), and the form to open one. */
export default function PolicyReviews() {
  const p = usePolicyText();
  const { lang } = useI18n();
  const { error, busy, run, field } = useAction();
  const [reviews, setReviews] = useState<Review[]>([]);
  const [docs, setDocs] = useState<DocumentItem[]>([]);
  const [form, setForm] = useState({
    documentId: '',
    trigger: 'yearly',
    fiscalYear: String(new Date().getFullYear()),
    reason: '',
    inputs: '',
    dueOn: '',
  });
  const load = () =>
    run(async () => {
      setReviews((await api.get<{ items: Review[] }>('/api/policy/reviews')).items);
      const d = (await api.get<{ items: DocumentItem[] }>('/api/policy/documents')).items;
      setDocs(d);
      setForm((f) => ({ ...f, documentId: f.documentId || d[0]?.id || '' }));
    });
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once
  useEffect(() => void load(), []);
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await api.post('/api/policy/reviews', {
        documentId: form.documentId,
        trigger: form.trigger,
        reason: form.reason,
        inputs: form.inputs,
        ...(form.trigger === 'yearly' && form.fiscalYear ? { fiscalYear: Number(form.fiscalYear) } : {}),
        ...(form.dueOn ? { dueOn: form.dueOn } : {}),
      });
      setForm((f) => ({ ...f, reason: '', inputs: '' }));
      await load();
    });
  }
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const labels = {
    documentId: p.document,
    trigger: p.trigger,
    fiscalYear: p.fiscalYear,
    reason: p.reason,
    inputs: p.inputs,
    dueOn: p.dueOn,
  };
  return (
    <>
      <PageHeading>{p.reviews}</PageHeading>
      <FormAlert error={error} idPrefix="review" labels={labels} />
      <section className="section" aria-labelledby="review-list">
        <h2 id="review-list">{p.reviews}</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{p.document}</th>
                <th scope="col">{p.trigger}</th>
                <th scope="col">{p.reason}</th>
                <th scope="col">{p.dueOn}</th>
                <th scope="col">{p.outcome}</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.documentTitle}
                    <div className="cell-sub">{when(r.openedAt, lang)}</div>
                  </td>
                  <td>
                    {p.triggers[r.trigger]}
                    {r.fiscalYear ? `（${r.fiscalYear}）` : ''}
                  </td>
                  <td>
                    {r.reason}
                    {r.inputs && <div className="cell-sub">{r.inputs}</div>}
                    <div className="cell-sub">
                      <Link href={`/inspections/reviews/${r.id}`}>
                        {lang === 'ja'
                          ? '見直しの材料（点検・監査・インシデント）'
                          : 'Review inputs (assessments, audits, incidents)'}
                      </Link>
                    </div>
                  </td>
                  <td>{day(r.dueOn, lang)}</td>
                  <td>
                    {r.status === 'closed' ? (
                      <>
                        {r.outcome === 'no_change' ? p.noChange : p.newVersion}
                        {r.outcomeReason && <div className="cell-sub">{r.outcomeReason}</div>}
                      </>
                    ) : (
                      <ReviewClose review={r} onClosed={load} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <form className="form section" onSubmit={submit} aria-labelledby="review-new">
        <h2 id="review-new">{p.openReview}</h2>
        <label className="field__label" htmlFor="review-documentId">
          {p.document}
        </label>
        <select id="review-documentId" className="input" value={form.documentId} onChange={set('documentId')}>
          {docs.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
        <label className="field__label" htmlFor="review-trigger">
          {p.trigger}
        </label>
        <select id="review-trigger" className="input" value={form.trigger} onChange={set('trigger')}>
          {Object.entries(p.triggers).map(([k, l]) => (
            <option key={k} value={k}>
              {l}
            </option>
          ))}
        </select>
        {form.trigger === 'yearly' && (
          <>
            <label className="field__label" htmlFor="review-fiscalYear">
              {p.fiscalYear}
            </label>
            <input
              id="review-fiscalYear"
              className="input"
              inputMode="numeric"
              value={form.fiscalYear}
              onChange={set('fiscalYear')}
            />
          </>
        )}
        <label className="field__label" htmlFor="review-reason">
          {p.reason}
        </label>
        <input
          id="review-reason"
          className="input"
          required
          value={form.reason}
          onChange={set('reason')}
          aria-invalid={!!field('reason')}
        />
        <label className="field__label" htmlFor="review-inputs">
          {p.inputs}
        </label>
        <textarea
          id="review-inputs"
          className="input"
          rows={3}
          value={form.inputs}
          onChange={set('inputs')}
        />
        <label className="field__label" htmlFor="review-dueOn">
          {p.dueOn}
        </label>
        <input id="review-dueOn" className="input" type="date" value={form.dueOn} onChange={set('dueOn')} />
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={busy || !form.documentId}>
            {p.openReview}
          </button>
        </div>
      </form>
    </>
  );
}
