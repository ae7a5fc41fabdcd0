import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { Button } from '../../components/Button.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
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

const REVIEWS = '/api/org/reviews';

/** Periodic access review (R-F13): every person's roles, each confirmed or ended, then completed. */
export default function AccessReview() {
  const x = useT(orgTexts);
  const reviews = useData<{ items: Review[] }>(REVIEWS).data?.items ?? [];
  const current = reviews.find((r) => !r.completedAt) ?? reviews[0];
  const open = useData<Review & { lines: Line[] }>(current ? `${REVIEWS}/${current.id}` : null).data ?? null;
  const [note, setNote] = useState('');
  const {
    error,
    busy,
    run: act,
  } = useMutate((fn: () => Promise<unknown>) => fn(), {
    invalidate: [REVIEWS, '/api/org/roles', '/api/org/people'],
  });
  const decide = (l: Line, decision: 'confirmed' | 'ended') =>
    act(() => orgApi.post(`${REVIEWS}/${open?.id}/lines/${l.id}`, { decision }));
  const decided = (d: string) => (d === 'confirmed' ? x.confirm : d === 'ended' ? x.endLine : x.pending);
  return (
    <OrgFrame>
      <FormAlert error={error} />
      {!reviews.some((r) => !r.completedAt) && (
        <Button kind="primary" disabled={busy} onClick={() => void act(() => orgApi.post(REVIEWS))}>
          {x.startReview}
        </Button>
      )}
      {open && (
        <section className="section" aria-labelledby="ar-h">
          <h2 id="ar-h">
            {formatWarekiDateTime(open.startedAt)}
            {open.completedAt && ` — ${formatWarekiDateTime(open.completedAt)}`}
          </h2>
          <DataTable
            rows={open.lines}
            columns={[
              {
                key: 'displayName',
                header: x.displayName,
                cell: (l) => (
                  <>
                    {l.displayName} <span className="mono muted">{l.loginId}</span>
                  </>
                ),
              },
              { key: 'roleName', header: x.role },
              { key: 'unitName', header: x.unit, value: (l) => l.unitName ?? '—' },
              {
                key: 'decision',
                header: x.decision,
                value: (l) => decided(l.decision),
                cell: (l) =>
                  l.decision === 'pending' && !open.completedAt ? (
                    <>
                      <Button
                        small
                        disabled={busy}
                        aria-label={`${x.confirm}: ${l.displayName} ${l.roleName}`}
                        onClick={() => void decide(l, 'confirmed')}
                      >
                        {x.confirm}
                      </Button>{' '}
                      <Button
                        kind="danger-text"
                        small
                        disabled={busy}
                        aria-label={`${x.endLine}: ${l.displayName} ${l.roleName}`}
                        onClick={() => void decide(l, 'ended')}
                      >
                        {x.endLine}
                      </Button>
                    </>
                  ) : (
                    decided(l.decision)
                  ),
              },
            ]}
            label={formatWarekiDateTime(open.startedAt)}
          />
          {!open.completedAt ? (
            <form
              className="form form--inline"
              onSubmit={(e) => {
                e.preventDefault();
                void act(() => orgApi.post(`${REVIEWS}/${open.id}/complete`, { note: note || null }));
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
