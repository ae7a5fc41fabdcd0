import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { formatWarekiDateTime } from '../../lib/date.ts';
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
  const { lang } = useI18n();
  const x = useT(incidentHomeTexts);
  const [mine, setMine] = useState<Row[]>([]);
  const [inbox, setInbox] = useState<Waiting[]>([]);
  useEffect(() => {
    api.get<{ items: Row[] }>('/api/incidents?mine=1').then((r) => setMine(r.items));
    api.get<{ items: Waiting[] }>('/api/incidents/inbox').then((r) => setInbox(r.items));
  }, []);
  return (
    <IncFrame title={x.title} lead={x.lead}>
      {inbox.length > 0 && (
        <section aria-labelledby="inc-inbox">
          <h2 id="inc-inbox">{x.inbox}</h2>
          <ul>
            {inbox.map((w) => (
              <li key={w.id}>
                <Link href={`/incidents/${w.incident_id}`}>{w.title}</Link> — {w.label}（{x.status[w.status]}
                ・{formatWarekiDateTime(w.notified_at)}）
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
                <Link href={`/incidents/${r.id}`}>{r.title}</Link>（{lang === 'en' ? r.type_en : r.type_ja}・
                {formatWarekiDateTime(r.found_at)}・{x.statusOf[r.status] ?? r.status}）
              </li>
            ))}
          </ul>
        )}
      </section>
    </IncFrame>
  );
}
