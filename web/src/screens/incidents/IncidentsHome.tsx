import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { incidentHomeTexts } from './i18n.ts';
import { IncFrame } from './parts.tsx';
import { ReportForm } from './ReportForm.tsx';

interface Row {
  id: string;
  title: string;
  found_at: string;
  status: string;
  type_ja: string;
  type_en: string;
}
interface Waiting {
  id: string;
  incident_id: string;
  title: string;
  label: string;
  status: string;
  notified_at: string;
}

/** Incidents: the report form first, then my reports and the steps waiting for me. */
export default function IncidentsHome() {
  const f = useFormat();
  const x = useT(incidentHomeTexts);
  const mine = useData<{ items: Row[] }>('/api/incidents?mine=1').data?.items ?? [];
  const inbox = useData<{ items: Waiting[] }>('/api/incidents/inbox').data?.items ?? [];
  return (
    <IncFrame title={x.title} lead={x.lead}>
      {inbox.length > 0 && (
        <section aria-labelledby="inc-inbox">
          <h2 id="inc-inbox">{x.inbox}</h2>
          <ul>
            {inbox.map((w) => (
              <li key={w.id}>
                <Link href={`/incidents/${w.incident_id}`}>{w.title}</Link> — {w.label}（{x.status[w.status]}
                ・{f.dateTime(w.notified_at)}）
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="inc-report">
        <h2 id="inc-report">{x.report}</h2>
        <ReportForm />
      </section>
      <section aria-labelledby="inc-mine">
        <h2 id="inc-mine">{x.mine}</h2>
        {mine.length === 0 ? (
          <p>{x.none}</p>
        ) : (
          <ul>
            {mine.map((r) => (
              <li key={r.id}>
                <Link href={`/incidents/${r.id}`}>{r.title}</Link>（{f.named(r.type_ja, r.type_en)}・
                {f.dateTime(r.found_at)}・{x.statusOf[r.status] ?? r.status}）
              </li>
            ))}
          </ul>
        )}
      </section>
    </IncFrame>
  );
}
