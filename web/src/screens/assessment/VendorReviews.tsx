import { useCallback, useEffect, useState } from 'react';
import { type ApiError, api } from '../../api/client.ts';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { LoadFailed } from '../../components/Loaded.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAction } from '../../components/useAction.ts';
import { AreaField, Frame, isoDay, useDay, useFunctions } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';

interface Due {
  vendorId: string;
  vendorName: string;
  contractId: string;
  contractTitle: string;
  kind: 'periodic' | 'end_of_contract';
  dueOn: string;
  overdue: boolean;
}
interface Review {
  id: string;
  vendorName: string;
  kind: string;
  reviewedOn: string;
  result: string;
  summary: string;
  nextReviewOn: string | null;
  checklist: { text: string; ok: boolean; note: string }[];
}
interface ContractRow {
  id: string;
  title: string;
  vendorId: string;
  vendorName?: string;
}
type Target = {
  vendorId: string;
  vendorName: string;
  contractId: string;
  contractTitle: string;
  kind: Due['kind'];
};

/** 委託先点検: reviews due, the review form against the contract checklist, end-of-contract checks (R-H3). */
export default function VendorReviews() {
  const x = useText();
  const day = useDay();
  const has = useFunctions();
  const canReview = has('vendors.review');
  const [due, setDue] = useState<Due[]>([]);
  const [done, setDone] = useState<Review[]>([]);
  const [contracts, setContracts] = useState<ContractRow[]>([]);
  const [target, setTarget] = useState<Target | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  // Nothing is listed as 「ありません」 before both lists have come; a refusal is shown, not an empty page.
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    const [d, r] = await Promise.all([
      api.get<Due[]>('/api/vendor-reviews/due'),
      api.get<Review[]>('/api/vendor-reviews'),
    ]);
    setDue(d);
    setDone(r);
    setLoaded(true);
  }, []);
  useEffect(() => {
    void load().catch((e: ApiError) => setFailed(e));
    api
      .get<{ items: ContractRow[] }>('/api/vendors/contracts')
      .then((r) => setContracts(r.items))
      .catch(() => setContracts([]));
  }, [load]);
  if (!loaded)
    return (
      <Frame title={x.vendors} lead={x.vendorsLead}>
        {failed ? <LoadFailed error={failed} /> : <Loading />}
      </Frame>
    );
  return (
    <Frame title={x.vendors} lead={x.vendorsLead}>
      <Status message={msg} />
      <section aria-labelledby="vr-due" className="as-section">
        <h2 id="vr-due">{x.due}</h2>
        {due.length === 0 && <p>{x.none}</p>}
        {due.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{x.vendor}</th>
                  <th scope="col">{x.contract}</th>
                  <th scope="col">{x.kind}</th>
                  <th scope="col">{x.dueOn}</th>
                  {canReview && <th scope="col">{x.review}</th>}
                </tr>
              </thead>
              <tbody>
                {due.map((d) => (
                  <tr key={d.contractId + d.kind}>
                    <td>{d.vendorName}</td>
                    <td>{d.contractTitle}</td>
                    <td>{x.reviewKind[d.kind]}</td>
                    <td>
                      {day(d.dueOn)} {d.overdue && <span className="tag as-sev--high">{x.overdue}</span>}
                    </td>
                    {canReview && (
                      <td>
                        <button
                          type="button"
                          className="btn btn--secondary btn--small"
                          onClick={() => setTarget(d)}
                        >
                          {x.review}
                          <span className="visually-hidden">
                            （{d.vendorName} {x.reviewKind[d.kind]}）
                          </span>
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {canReview && contracts.length > 0 && (
          <details className="as-box">
            <summary>{x.startReview}</summary>
            <ul className="link-list">
              {contracts.map((c) =>
                (['periodic', 'end_of_contract'] as const).map((kind) => (
                  <li key={c.id + kind}>
                    <button
                      type="button"
                      className="btn btn--text btn--small"
                      onClick={() =>
                        setTarget({
                          vendorId: c.vendorId,
                          vendorName: c.vendorName ?? '',
                          contractId: c.id,
                          contractTitle: c.title,
                          kind,
                        })
                      }
                    >
                      {c.vendorName ? `${c.vendorName}「${c.title}」` : c.title}: {x.reviewKind[kind]}
                    </button>
                  </li>
                )),
              )}
            </ul>
          </details>
        )}
      </section>
      {target && (
        <ReviewForm
          key={target.contractId + target.kind}
          target={target}
          onDone={async () => {
            setTarget(null);
            setMsg(x.reviewRecorded);
            await load();
          }}
        />
      )}
      <section aria-labelledby="vr-done" className="as-section">
        <h2 id="vr-done">{x.history_}</h2>
        {done.length === 0 && <p>{x.none}</p>}
        <ul className="link-list">
          {done.map((r) => (
            <li key={r.id} className="as-item">
              <p className="as-item__q">
                {r.vendorName}・{x.reviewKind[r.kind] ?? r.kind}・{day(r.reviewedOn)}{' '}
                <span className={r.result === 'ok' ? 'tag tag--ok' : 'tag as-sev--high'}>
                  {x.resultOf[r.result] ?? r.result}
                </span>
              </p>
              <p>{r.summary}</p>
              {r.nextReviewOn && (
                <p className="as-item__meta">
                  {x.nextReviewOn}: {day(r.nextReviewOn)}
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </Frame>
  );
}

function ReviewForm({ target, onDone }: { target: Target; onDone(): Promise<void> }) {
  const x = useText();
  const { error, busy, run, field } = useAction();
  const [list, setList] = useState<{ text: string; ok: boolean; note: string }[] | null>(null);
  const [reviewedOn, setReviewedOn] = useState(isoDay());
  const [summary, setSummary] = useState('');
  const [nextReviewOn, setNext] = useState(target.kind === 'periodic' ? isoDay(365) : '');
  useEffect(() => {
    api
      .get<{ text: string; ok: boolean; note: string }[]>(
        `/api/vendor-reviews/template?contractId=${encodeURIComponent(target.contractId)}&kind=${target.kind}`,
      )
      .then(setList);
  }, [target]);
  if (!list) return null;
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
          void run(async () => {
            await api.post('/api/vendor-reviews', {
              vendorId: target.vendorId,
              contractId: target.contractId,
              kind: target.kind,
              reviewedOn,
              checklist: list,
              summary,
              nextReviewOn: nextReviewOn || undefined,
            });
            await onDone();
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
          <TextField
            id="vr-reviewedOn"
            label={x.reviewedOn}
            type="date"
            value={reviewedOn}
            onChange={(e) => setReviewedOn(e.target.value)}
            error={field('reviewedOn')}
            required
          />
          <TextField
            id="vr-next"
            label={x.nextReviewOn}
            type="date"
            value={nextReviewOn}
            onChange={(e) => setNext(e.target.value)}
            error={field('nextReviewOn')}
          />
        </div>
        <AreaField
          id="vr-summary"
          label={x.summary}
          value={summary}
          onChange={setSummary}
          error={field('summary')}
          required
        />
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {x.recordReview}
        </button>
      </form>
    </section>
  );
}
