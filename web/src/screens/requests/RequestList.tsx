import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../lib/date.ts';
import type { RequestSummary } from './api.ts';
import { useRequestText } from './i18n.ts';

/** Requests as a list of cards (reads well on a phone): type, status, class, dates. */
export function RequestList({ items, label }: { items: RequestSummary[]; label: string }) {
  const x = useRequestText();
  const { lang } = useI18n();
  if (!items.length) return <p className="empty">{x.none}</p>;
  return (
    <ul className="rq-list" aria-label={label}>
      {items.map((r) => (
        <li key={r.id}>
          <Link href={`/requests/${r.id}`}>{r.typeName}</Link>{' '}
          <span className="tag">{x.status[r.status] ?? r.status}</span>
          <span className="rq-meta">
            {x.submittedAt} {formatDateTime(r.submittedAt, lang)}
            {r.assetClass && ` ・${x.assetClass} ${r.assetClass}`}
            {r.dueOn && ` ・${x.dueOn} ${formatDate(r.dueOn, lang)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
