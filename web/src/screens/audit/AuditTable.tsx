import type { AuditItem } from '../../api/types.ts';
import { Link } from '../../app/router.tsx';
import { fmt, useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';

/** Long identifiers (UUIDs) shown by their first part; the full value stays in the title and the CSV. */
function Short({ value }: { value: string }) {
  if (value.length <= 12) return <span className="mono">{value}</span>;
  return (
    <span className="mono" title={value}>
      {value.slice(0, 8)}…
    </span>
  );
}

/** The audit records, newest first as the server sends them. */
export function AuditTable({ items }: { items: AuditItem[] }) {
  const { t, lang } = useI18n();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-wrap" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="table table--audit">
        <caption id="audit-caption" className="visually-hidden">
          {t.audit.results}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.audit.occurredAt}</th>
            <th scope="col">{t.audit.actor}</th>
            <th scope="col">{t.audit.event}</th>
            <th scope="col">{t.audit.target}</th>
            <th scope="col">{t.audit.summary}</th>
            <th scope="col">{t.audit.origin}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td className="nowrap">
                <time dateTime={i.occurredAt}>{formatDateTime(i.occurredAt, lang)}</time>
                <span className="cell-sub">#{i.seq}</span>
              </td>
              <td className="col-actor">{i.actorLabel ?? '—'}</td>
              <td>
                {i.eventLabel || i.event}
                <span className="cell-sub mono cell-code">{i.event}</span>
              </td>
              <td>
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
              </td>
              <td className="col-summary">{i.summary}</td>
              <td className="cell-small">
                {i.clientIp ?? '—'}
                {i.requestId && (
                  <span className="cell-sub">
                    <Short value={i.requestId} />
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
