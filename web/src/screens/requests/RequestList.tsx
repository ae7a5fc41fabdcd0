import { Link } from '../../app/router.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import type { InboxItem, RequestSummary } from './api.ts';
import { requestTexts } from './i18n.ts';
import { referenceText } from './reference.ts';

type Row = RequestSummary & Partial<InboxItem>;

/** Requests as a sortable, paged table: type, status, submitted, class, due date; an inbox's also who asks and the dates asked. */
export function RequestList({
  items,
  label,
  more,
  total,
}: {
  items: RequestSummary[] | InboxItem[];
  label: string;
  more?: { onMore(): void; busy?: boolean };
  total?: number;
}) {
  const x = useT(requestTexts);
  const f = useFormat();
  const asked = items.some((r) => 'requesterName' in r);
  const columns: Column<Row>[] = [
    {
      key: 'reference',
      header: x.reference,
      className: 'rq-nowrap',
      value: (r) =>
        r.reference ? `${r.reference.fiscalYear}-${String(r.reference.serial).padStart(7, '0')}` : '',
      cell: (r) => referenceText(x, r.reference),
    },
    {
      key: 'typeName',
      header: x.type,
      value: (r) => f.named(r.typeName, r.typeNameEn),
      cell: (r) => <Link href={`/requests/${r.id}`}>{f.named(r.typeName, r.typeNameEn)}</Link>,
    },
    ...(asked
      ? [
          {
            key: 'requesterName',
            header: x.requester,
            className: 'rq-nowrap',
            value: (r: Row) => r.requesterName ?? '',
          },
        ]
      : []),
    {
      key: 'status',
      header: x.statusFilter,
      className: 'rq-nowrap',
      value: (r) => x.status[r.status] ?? r.status,
      cell: (r) => <span className="tag">{x.status[r.status] ?? r.status}</span>,
    },
    { key: 'submittedAt', header: x.submittedAt, cell: (r) => f.dateTime(r.submittedAt) },
    ...(asked
      ? [
          {
            key: 'askedDates',
            header: x.askedDates,
            value: (r: Row) => r.askedDates?.[0]?.value ?? '',
            cell: (r: Row) =>
              r.askedDates?.length ? (
                <ul className="rq-dates">
                  {r.askedDates.map((d) => (
                    <li key={d.label.ja}>
                      {f.named(d.label.ja, d.label.en)} {f.date(d.value)}
                    </li>
                  ))}
                </ul>
              ) : (
                '—'
              ),
          },
        ]
      : []),
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
      className="table--stack"
      empty={<p className="empty">{x.none}</p>}
    />
  );
}
