import type { AuditItem } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';

/** The audit records, newest first as the server sends them. */
export function AuditTable({ items }: { items: AuditItem[] }) {
  const { t, lang } = useI18n();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-wrap" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="table">
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
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td className="nowrap">
                <time dateTime={i.occurredAt}>{formatDateTime(i.occurredAt, lang)}</time>
                <span className="cell-sub">#{i.seq}</span>
              </td>
              <td>{i.actorLabel}</td>
              <td>
                {i.eventLabel || i.event}
                <span className="cell-sub mono cell-code">{i.event}</span>
              </td>
              <td>
                {i.targetType ?? '—'}
                {i.targetId && <span className="cell-sub mono">{i.targetId}</span>}
              </td>
              <td>
                {i.summary}
                {(i.clientIp || i.requestId) && (
                  <span className="cell-sub">
                    {i.clientIp && `${t.audit.clientIp}: ${i.clientIp}`}
                    {i.clientIp && i.requestId && ' / '}
                    {i.requestId && <span className="mono">{`${t.audit.requestId}: ${i.requestId}`}</span>}
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
