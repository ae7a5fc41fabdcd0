/** The sync's items for a person to review (approve, reject, acknowledge) and its history of runs. */
import { useData, useMutate } from '../../api/query.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { dirApi } from './api.ts';
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

export const SYNC_PATHS = ['/api/directory/sync', '/api/directory/reviews', '/api/directory/accounts'];

export function SyncReviews() {
  const x = useT(syncTexts);
  const reviews = useData<{ items: Review[] }>('/api/directory/reviews').data?.items ?? [];
  const decide = useMutate(
    ({ id, decision }: { id: string; decision: 'approve' | 'reject' }) =>
      dirApi.post(`/api/directory/reviews/${id}/decide`, { decision }),
    { invalidate: SYNC_PATHS },
  );
  const what = (r: Review) => {
    if (r.kind !== 'post_changed') return `${r.detail.roleName}（${r.detail.group}）`;
    const b = r.detail.before ?? {};
    const a = r.detail.after ?? {};
    return (['unit', 'post'] as const)
      .filter((k) => a[k])
      .map((k) => `${k === 'unit' ? x.unitLabel : x.postLabel}: ${b[k] ?? '—'} → ${a[k]}`)
      .join('、');
  };
  const columns: Column<Review>[] = [
    { key: 'kind', header: x.kind, value: (r) => x.reviewKinds[r.kind] ?? r.kind },
    { key: 'person', header: x.person, value: (r) => `${r.user.displayName}（${r.user.loginId}）` },
    { key: 'detail', header: x.detail, value: what },
    {
      key: 'action',
      header: x.action,
      sortable: false,
      cell: (r) =>
        (['approve', 'reject'] as const)
          .filter((d) => r.kind !== 'post_changed' || d === 'approve')
          .map((d) => (
            <button
              key={d}
              type="button"
              className="btn btn--secondary"
              disabled={decide.busy}
              onClick={() => void decide.run({ id: r.id, decision: d })}
            >
              {r.kind === 'post_changed' ? x.checked : d === 'approve' ? x.approve : x.reject}
            </button>
          )),
    },
  ];
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">{x.reviews}</h2>
      <p>{x.reviewsLead}</p>
      <FormAlert error={decide.error} />
      <DataTable rows={reviews} columns={columns} label={x.reviews} empty={<p>{x.noReviews}</p>} />
    </section>
  );
}

export function SyncRuns() {
  const x = useT(syncTexts);
  const f = useFormat();
  const runs = useData<{ items: Run[] }>('/api/directory/sync/runs').data?.items ?? [];
  const columns: Column<Run>[] = [
    { key: 'createdAt', header: x.when, cell: (r) => f.dateTime(r.createdAt) },
    { key: 'kind', header: x.kind, value: (r) => x.runKinds[r.kind] ?? r.kind },
    { key: 'status', header: x.status, value: (r) => x.runStatus[r.status] ?? r.status },
    { key: 'detail', header: x.detail, value: (r) => r.error ?? (r.counts ? fmt(x.counts, r.counts) : '') },
  ];
  return (
    <section aria-labelledby="runs-heading">
      <h2 id="runs-heading">{x.runs}</h2>
      <DataTable
        rows={runs}
        columns={columns}
        label={x.runs}
        initialSort={{ key: 'createdAt', desc: true }}
      />
    </section>
  );
}
