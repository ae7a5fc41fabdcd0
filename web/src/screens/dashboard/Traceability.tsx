import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/index.tsx';
import { Frame } from './kit.tsx';
import { assuranceTexts } from './texts.ts';

interface Trace {
  versionId: string | null;
  campaign: { id: string; title: string } | null;
  rows: {
    path: string;
    heading: string;
    drives: string[];
    checkItems: string[];
    result: string;
    evidence: string;
    findings: string[];
  }[];
}

/** 追跡表: clause → settings and check items → latest result and evidence → findings; Excel export. */
export default function Traceability() {
  const x = useT(assuranceTexts);
  const [t, setT] = useState<Trace | null>(null);
  const [linked, setLinked] = useState(true);
  useEffect(() => {
    api.get<Trace>('/api/reports/traceability').then(setT);
  }, []);
  if (!t) return <Loading />;
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
      <div className="table-wrap">
        <table className="table as-trace">
          <caption className="visually-hidden">{x.trace}</caption>
          <thead>
            <tr>
              <th scope="col">{x.clause}</th>
              <th scope="col">{x.heading}</th>
              <th scope="col">{x.drives}</th>
              <th scope="col">{x.checkItems}</th>
              <th scope="col">{x.result}</th>
              <th scope="col">{x.evidenceCol}</th>
              <th scope="col">{x.auditFindings}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.path}>
                <th scope="row">
                  {t.versionId ? (
                    <Link href={`/policies/versions/${t.versionId}?clause=${encodeURIComponent(r.path)}`}>
                      <code>{r.path}</code>
                    </Link>
                  ) : (
                    <code>{r.path}</code>
                  )}
                </th>
                <td>{r.heading}</td>
                <td>{r.drives.join('\n')}</td>
                <td>{r.checkItems.join('\n')}</td>
                <td>{r.result}</td>
                <td className="as-hash">{r.evidence}</td>
                <td>{r.findings.join('\n')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Frame>
  );
}
