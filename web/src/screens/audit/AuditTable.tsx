import type { AuditItem } from '../../api/types.ts';
import { Link } from '../../app/router.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { fmt, useI18n } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';

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
      // The event's name in words only: its key stays in the CSV export for auditors.
      value: (i) => i.eventLabel,
    },
    {
      key: 'target',
      header: t.audit.target,
      value: (i) => i.targetLabel ?? '',
      cell: (i) => (
        <>
          {i.targetLabel ?? '—'}
          {i.targetType && i.targetId && (
            <span className="cell-sub">
              <Link
                href={`/audit?targetType=${encodeURIComponent(i.targetType)}&targetId=${encodeURIComponent(i.targetId)}`}
                title={i.targetId}
                aria-label={fmt(t.audit.filterTarget, { id: i.targetId })}
              >
                {t.audit.openTarget}
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
        // The request id is in the title and the CSV: an id is not for reading on the screen.
        <span className="cell-small" title={i.requestId ?? undefined}>
          {i.clientIp ?? '—'}
        </span>
      ),
    },
  ];
  return (
    <DataTable
      rows={items}
      columns={columns}
      label={t.audit.results}
      className="table--audit"
      initialSort={{ key: 'seq', desc: true }}
      more={more}
      empty={<p className="empty">{t.audit.empty}</p>}
    />
  );
}
