import { useCallback, useEffect, useState } from 'react';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useT } from '../../i18n/index.tsx';
import { formatWarekiDateTime } from '../../lib/date.ts';
import { orgApi } from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame } from './parts.tsx';

interface Review {
  id: string;
  startedAt: string;
  completedAt: string | null;
  note: string | null;
}
interface Line {
  id: string;
  displayName: string;
  loginId: string;
  roleName: string;
  unitName: string | null;
  decision: string;
}

/** Periodic access review (R-F13): every person's roles, each confirmed or ended, then completed. */
export default function AccessReview() {
  const x = useT(orgTexts);
  const [reviews, setReviews] = useState<Review[]>([]);
  const [open, setOpen] = useState<(Review & { lines: Line[] }) | null>(null);
  const [note, setNote] = useState('');
  const { error, busy, run } = useAction();
  const load = useCallback(async () => {
    const list = (await orgApi.get<{ items: Review[] }>('/api/org/reviews')).items;
    setReviews(list);
    const current = list.find((r) => !r.completedAt) ?? list[0];
    setOpen(current ? await orgApi.get(`/api/org/reviews/${current.id}`) : null);
  }, []);
  useEffect(() => {
    load();
  }, [load]);
  const act = (fn: () => Promise<unknown>) =>
    run(async () => {
      await fn();
      await load();
    });
  const decided = (d: string) => (d === 'confirmed' ? x.confirm : d === 'ended' ? x.endLine : x.pending);
  return (
    <OrgFrame>
      <FormAlert error={error} />
      {!reviews.some((r) => !r.completedAt) && (
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy}
          onClick={() => act(() => orgApi.post('/api/org/reviews'))}
        >
          {x.startReview}
        </button>
      )}
      {open && (
        <section className="section" aria-labelledby="ar-h">
          <h2 id="ar-h">
            {formatWarekiDateTime(open.startedAt)}
            {open.completedAt && ` — ${formatWarekiDateTime(open.completedAt)}`}
          </h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>{x.displayName}</th>
                  <th>{x.role}</th>
                  <th>{x.unit}</th>
                  <th>{x.decision}</th>
                </tr>
              </thead>
              <tbody>
                {open.lines.map((l) => (
                  <tr key={l.id}>
                    <td>
                      {l.displayName} <span className="mono muted">{l.loginId}</span>
                    </td>
                    <td>{l.roleName}</td>
                    <td>{l.unitName ?? '—'}</td>
                    <td>
                      {l.decision === 'pending' && !open.completedAt ? (
                        <>
                          <button
                            type="button"
                            className="btn btn--secondary btn--small"
                            disabled={busy}
                            aria-label={`${x.confirm}: ${l.displayName} ${l.roleName}`}
                            onClick={() =>
                              act(() =>
                                orgApi.post(`/api/org/reviews/${open.id}/lines/${l.id}`, {
                                  decision: 'confirmed',
                                }),
                              )
                            }
                          >
                            {x.confirm}
                          </button>{' '}
                          <button
                            type="button"
                            className="btn btn--danger-text btn--small"
                            disabled={busy}
                            aria-label={`${x.endLine}: ${l.displayName} ${l.roleName}`}
                            onClick={() =>
                              act(() =>
                                orgApi.post(`/api/org/reviews/${open.id}/lines/${l.id}`, {
                                  decision: 'ended',
                                }),
                              )
                            }
                          >
                            {x.endLine}
                          </button>
                        </>
                      ) : (
                        decided(l.decision)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!open.completedAt ? (
            <form
              className="form form--inline"
              onSubmit={(e) => {
                e.preventDefault();
                act(() => orgApi.post(`/api/org/reviews/${open.id}/complete`, { note: note || null }));
              }}
            >
              <TextField id="ar-note" label={x.note} value={note} onChange={(e) => setNote(e.target.value)} />
              <button type="submit" className="btn btn--primary" disabled={busy}>
                {x.complete}
              </button>
            </form>
          ) : (
            open.note && (
              <p>
                {x.note}: {open.note}
              </p>
            )
          )}
        </section>
      )}
    </OrgFrame>
  );
}
