import { Link } from '../../app/router.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import type { RequestSummary } from './api.ts';
import { requestTexts } from './i18n.ts';

/** Requests as a sortable, paged table: type, status, submitted, class, due date. */
export function RequestList({
  items,
  label,
  more,
  total,
}: {
  items: RequestSummary[];
  label: string;
  more?: { onMore(): void; busy?: boolean };
  total?: number;
}) {
  const x = useT(requestTexts);
  const f = useFormat();
  const columns: Column<RequestSummary>[] = [
    {
      key: 'typeName',
      header: x.type,
      value: (r) => f.named(r.typeName, r.typeNameEn),
      cell: (r) => <Link href={`/requests/${r.id}`}>{f.named(r.typeName, r.typeNameEn)}</Link>,
    },
    {
      key: 'status',
      header: x.statusFilter,
      value: (r) => x.status[r.status] ?? r.status,
      cell: (r) => <span className="tag">{x.status[r.status] ?? r.status}</span>,
    },
    { key: 'submittedAt', header: x.submittedAt, cell: (r) => f.dateTime(r.submittedAt) },
    { key: 'assetClass', header: x.assetClass, value: (r) => r.assetClass ?? '—' },
    { key: 'dueOn', header: x.dueOn, cell: (r) => f.date(r.dueOn) },
  ];
  return (
    <DataTable
      rows={items}
      columns={columns}
      label={label}
      more={more}
      total={total}
      empty={<p className="empty">{x.none}</p>}
    />
  );
}
