import { useCallback, useEffect, useState } from 'react';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';
import { AccountsSection } from './AccountsSection.tsx';
import { dirApi } from './api.ts';
import { Check, DirectoryFrame } from './parts.tsx';
import { type Plan, SyncPlanView } from './SyncPlanView.tsx';
import { syncTexts } from './sync-i18n.ts';

interface Run {
  id: string;
  kind: string;
  status: string;
  counts: Record<string, number> | null;
  error: string | null;
  createdAt: string;
}
interface Review {
  id: string;
  kind: string;
  detail: {
    roleName?: string;
    group?: string;
    before?: Record<string, string | null>;
    after?: Record<string, string | null>;
  };
  user: { loginId: string; displayName: string };
}
interface Result {
  suspended: {
    loginId: string;
    displayName: string;
    sessionsEnded: number;
    toReturn: { label: string; items: string[] }[];
  }[];
}

/** 同期と確認事項: dry run, apply, what applying did, items for a person to review, and the history. */
export default function DirectorySync() {
  const { lang } = useI18n();
  const x = useT(syncTexts);
  const [preview, setPreview] = useState<{ id: string; plan: Plan } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [mass, setMass] = useState(false);
  const [runs, setRuns] = useState<Run[]>([]);
  const [reviews, setReviews] = useState<Review[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const act = useAction();
  const load = useCallback(async () => {
    setRuns((await dirApi.get<{ items: Run[] }>('/api/directory/sync/runs')).items);
    setReviews((await dirApi.get<{ items: Review[] }>('/api/directory/reviews')).items);
  }, []);
  useEffect(() => {
    void act.run(load);
  }, [act.run, load]);
  const review = (r: Review) => {
    if (r.kind === 'post_changed') {
      const b = r.detail.before ?? {};
      const a = r.detail.after ?? {};
      return ['unit', 'post']
        .filter((k) => a[k])
        .map((k) => `${k === 'unit' ? '所属' : '役職'}: ${b[k] ?? '—'} → ${a[k]}`)
        .join('、');
    }
    return `${r.detail.roleName}（${r.detail.group}）`;
  };
  return (
    <DirectoryFrame>
      <p>{x.previewLead}</p>
      <FormAlert error={act.error} />
      <Status message={done} />
      <div className="actions">
        <button
          type="button"
          className="btn btn--primary"
          disabled={act.busy}
          onClick={() =>
            void act.run(async () => {
              setDone(null);
              setResult(null);
              setPreview(await dirApi.post<{ id: string; plan: Plan }>('/api/directory/sync/preview'));
              await load();
            })
          }
        >
          {x.preview}
        </button>
      </div>
      {preview && (
        <>
          <SyncPlanView plan={preview.plan} />
          {preview.plan.counts.suspend > 0 && (
            <Check id="sync-mass" label={x.confirmMass} checked={mass} onChange={setMass} />
          )}
          <div className="actions">
            <button
              type="button"
              className="btn btn--primary"
              disabled={act.busy}
              onClick={() =>
                void act.run(async () => {
                  const r = await dirApi.post<{ result: Result }>(
                    `/api/directory/sync/runs/${preview.id}/apply`,
                    {
                      confirmMassSuspension: mass,
                    },
                  );
                  setResult(r.result);
                  setPreview(null);
                  setDone(x.applied);
                  await load();
                })
              }
            >
              {x.apply}
            </button>
          </div>
        </>
      )}
      {result && result.suspended.length > 0 && (
        <section aria-labelledby="suspended-heading">
          <h2 id="suspended-heading">{x.suspended}</h2>
          <ul>
            {result.suspended.map((s) => (
              <li key={s.loginId}>
                {s.displayName}（{s.loginId}）: {fmt(x.sessionsEnded, { n: s.sessionsEnded })}
                {s.toReturn.some((t) => t.items.length) && (
                  <ul aria-label={x.toReturn}>
                    {s.toReturn.flatMap((t) => t.items.map((i) => <li key={`${t.label}:${i}`}>{i}</li>))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">{x.reviews}</h2>
        <p>{x.reviewsLead}</p>
        {reviews.length === 0 ? (
          <p>{x.noReviews}</p>
        ) : (
          <table className="table">
            <tbody>
              {reviews.map((r) => (
                <tr key={r.id}>
                  <td>{x.reviewKinds[r.kind] ?? r.kind}</td>
                  <td>
                    {r.user.displayName}（{r.user.loginId}）
                  </td>
                  <td>{review(r)}</td>
                  <td>
                    {(['approve', 'reject'] as const)
                      .filter((d) => r.kind !== 'post_changed' || d === 'approve')
                      .map((d) => (
                        <button
                          key={d}
                          type="button"
                          className="btn btn--secondary"
                          disabled={act.busy}
                          onClick={() =>
                            void act.run(async () => {
                              await dirApi.post(`/api/directory/reviews/${r.id}/decide`, { decision: d });
                              await load();
                            })
                          }
                        >
                          {r.kind === 'post_changed' ? x.checked : d === 'approve' ? x.approve : x.reject}
                        </button>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading">{x.runs}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{x.when}</th>
              <th scope="col">{x.kind}</th>
              <th scope="col">{x.status}</th>
              <th scope="col">{x.detail}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.createdAt, lang)}</td>
                <td>{x.runKinds[r.kind] ?? r.kind}</td>
                <td>{x.runStatus[r.status] ?? r.status}</td>
                <td>{r.error ?? (r.counts ? fmt(x.counts, r.counts) : '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <AccountsSection />
    </DirectoryFrame>
  );
}
