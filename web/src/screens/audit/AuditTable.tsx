import type { AuditItem } from '../../api/types.ts';
import { Link } from '../../app/router.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { fmt, useI18n } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';

/** Long identifiers (UUIDs) shown by their first part; the full value stays in the title and the CSV. */
function Short({ value }: { value: string }) {
  if (value.length <= 12) return <span className="mono">{value}</span>;
  return (
    <span className="mono" title={value}>
      {value.slice(0, 8)}…
    </span>
  );
}

/** The audit records, newest first as the server sends them; sortable by any column. */
export function AuditTable({
  items,
  more,
}: {
  items: AuditItem[];
  more?: { onMore(): void; busy?: boolean };
}) {
  const { t } = useI18n();
  const f = useFormat();
  const columns: Column<AuditItem>[] = [
    {
      key: 'seq',
      header: t.audit.occurredAt,
      numeric: true,
      cell: (i) => (
        <span className="nowrap">
          <time dateTime={i.occurredAt}>{f.dateTime(i.occurredAt)}</time>
          <span className="cell-sub">#{i.seq}</span>
        </span>
      ),
    },
    { key: 'actor', header: t.audit.actor, value: (i) => i.actorLabel ?? '—' },
    {
      key: 'event',
      header: t.audit.event,
      value: (i) => i.eventLabel || i.event,
      cell: (i) => (
        <>
          {i.eventLabel || i.event}
          <span className="cell-sub mono cell-code">{i.event}</span>
        </>
      ),
    },
    {
      key: 'target',
      header: t.audit.target,
      value: (i) => i.targetType ?? '',
      cell: (i) => (
        <>
          {i.targetType ?? '—'}
          {i.targetType && i.targetId && (
            <span className="cell-sub">
              <Link
                href={`/audit?targetType=${encodeURIComponent(i.targetType)}&targetId=${encodeURIComponent(i.targetId)}`}
                aria-label={fmt(t.audit.filterTarget, { id: i.targetId })}
              >
                <Short value={i.targetId} />
              </Link>
            </span>
          )}
        </>
      ),
    },
    { key: 'summary', header: t.audit.summary, value: (i) => i.summary ?? '' },
    {
      key: 'origin',
      header: t.audit.origin,
      value: (i) => i.clientIp ?? '',
      cell: (i) => (
        <span className="cell-small">
          {i.clientIp ?? '—'}
          {i.requestId && (
            <span className="cell-sub">
              <Short value={i.requestId} />
            </span>
          )}
        </span>
      ),
    },
  ];
  return (
    <DataTable
      rows={items}
      columns={columns}
      rowKey={(i) => i.id}
      caption={t.audit.results}
      captionHidden
      className="table--audit"
      initialSort={{ key: 'seq', desc: true }}
      more={more}
      empty={<p className="empty">{t.audit.empty}</p>}
    />
  );
}
