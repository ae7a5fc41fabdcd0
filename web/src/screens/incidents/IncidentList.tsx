import { useState } from 'react';
import { query } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { SjisDownload } from '../exports/SjisDownload.tsx';
import { Bars, IncFrame, SelectField, useLoad } from './parts.tsx';
import { incidentTexts } from './texts.ts';

interface Row {
  id: string;
  title: string;
  found_at: string;
  status: string;
  minor: number | null;
  type_ja: string;
  type_en: string;
  unit_name: string | null;
  reporter_name: string | null;
}
interface Stats {
  total: number;
  byType: { key: string; count: number }[];
  byUnit: { key: string; count: number }[];
  byMonth: { key: string; count: number }[];
}

/** Every incident the caller may read, the counts by type, unit and month, and the list exports. */
export default function IncidentList() {
  const x = useT(incidentTexts);
  const fm = useFormat();
  const [status, setStatus] = useState('');
  const q = query({ status });
  const list = useLoad<{ items: Row[] }>(`/api/incidents${q}`);
  const stats = useLoad<Stats>(`/api/incidents/stats${q}`);
  const minor = (m: number | null) => (m === null ? x.minorNone : m ? x.minorYes : x.minorNo);
  const columns: Column<Row>[] = [
    { key: 'found_at', header: x.foundAt, cell: (r) => fm.dateTime(r.found_at) },
    {
      key: 'title',
      header: x.title,
      cell: (r) => (
        <>
          <Link href={`/incidents/${r.id}`}>{r.title}</Link>
          <span className="cell-sub">{r.reporter_name}</span>
        </>
      ),
    },
    { key: 'type', header: x.type, value: (r) => fm.named(r.type_ja, r.type_en) },
    { key: 'unit_name', header: x.unit, value: (r) => r.unit_name ?? '—' },
    { key: 'minor', header: x.minor, value: (r) => minor(r.minor) },
    { key: 'status', header: x.status, value: (r) => (r.status === 'open' ? x.open : x.closed) },
  ];
  return (
    <IncFrame title={x.listTitle} lead={x.listLead}>
      <div className="form--inline">
        <SelectField
          id="inc-list-status"
          label={x.status}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
        >
          <option value="">{x.all}</option>
          <option value="open">{x.open}</option>
          <option value="closed">{x.closed}</option>
        </SelectField>
      </div>
      <section aria-labelledby="inc-stats" className="section">
        <h2 id="inc-stats" className="section-title">
          {x.total}: {stats.data?.total ?? '…'}
        </h2>
        {stats.data && (
          <>
            <Bars title={x.byType} items={stats.data.byType} />
            <Bars title={x.byUnit} items={stats.data.byUnit} />
            <Bars title={x.byMonth} items={stats.data.byMonth} />
          </>
        )}
      </section>
      <section aria-labelledby="inc-exports" className="section">
        <h2 id="inc-exports" className="section-title">
          {x.exports}
        </h2>
        <ul className="actions inc-plain">
          <li>
            <a className="btn btn--secondary btn--small" href="/api/incidents/export.xlsx" download>
              {x.exportXlsx}
            </a>
          </li>
          <li>
            <a className="btn btn--secondary btn--small" href="/api/incidents/export.csv" download>
              {x.exportCsv}
            </a>
          </li>
          <li>
            <SjisDownload
              className="btn btn--secondary btn--small"
              href="/api/incidents/export.csv?encoding=sjis"
              utf8Href="/api/incidents/export.csv"
            />
          </li>
        </ul>
      </section>
      <section aria-labelledby="inc-all" className="section">
        <h2 id="inc-all" className="section-title">
          {x.tabs.list}
        </h2>
        <DataTable
          rows={list.data?.items ?? []}
          columns={columns}
          label={x.tabs.list}
          filter
          initialSort={{ key: 'found_at', desc: true }}
          empty={<p>{x.none}</p>}
        />
      </section>
    </IncFrame>
  );
}
