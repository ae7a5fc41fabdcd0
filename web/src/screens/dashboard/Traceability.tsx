import { useState } from 'react';
import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { LoadFailed } from '../../components/Loaded.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/index.tsx';
import { Frame } from './kit.tsx';
import { assuranceTexts } from './texts.ts';

interface Row {
  path: string;
  heading: string;
  drives: string[];
  checkItems: string[];
  result: string;
  evidence: string;
  findings: string[];
}
interface Trace {
  versionId: string | null;
  campaign: { id: string; title: string } | null;
  rows: Row[];
}

/** 追跡表: clause → settings and check items → latest result and evidence → findings; Excel export. */
export default function Traceability() {
  const x = useT(assuranceTexts);
  const q = useData<Trace>('/api/reports/traceability');
  const [linked, setLinked] = useState(true);
  const t = q.data;
  if (q.error) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  if (!t) return <Loading />;
  const lines = (xs: string[]) => xs.join('\n');
  const columns: Column<Row>[] = [
    {
      key: 'path',
      header: x.clause,
      cell: (r) =>
        t.versionId ? (
          <Link href={`/policies/versions/${t.versionId}?clause=${encodeURIComponent(r.path)}`}>
            <code>{r.path}</code>
          </Link>
        ) : (
          <code>{r.path}</code>
        ),
    },
    { key: 'heading', header: x.heading },
    { key: 'drives', header: x.drives, value: (r) => lines(r.drives) },
    { key: 'checkItems', header: x.checkItems, value: (r) => lines(r.checkItems) },
    { key: 'result', header: x.result },
    { key: 'evidence', header: x.evidenceCol, cell: (r) => <span className="as-hash">{r.evidence}</span> },
    { key: 'findings', header: x.auditFindings, value: (r) => lines(r.findings) },
  ];
  const rows = linked
    ? t.rows.filter((r) => r.checkItems.length || r.findings.length || r.drives.length)
    : t.rows;
  return (
    <Frame title={x.trace} lead={x.traceLead}>
      <div className="actions as-section">
        <a className="btn btn--secondary" href="/api/reports/traceability.xlsx" download>
          {x.xlsx}
        </a>
        <label className="as-check">
          <input type="checkbox" checked={linked} onChange={(e) => setLinked(e.target.checked)} />
          {x.onlyLinked}
        </label>
      </div>
      {!t.versionId && <p>{x.noVersion}</p>}
      {t.campaign && (
        <p>
          {x.result}: {t.campaign.title}
        </p>
      )}
      <p className="muted">
        {rows.length} / {t.rows.length}
      </p>
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(r) => r.path}
        label={x.trace}
        className="as-trace"
        filter
        pageSize={100}
      />
    </Frame>
  );
}
