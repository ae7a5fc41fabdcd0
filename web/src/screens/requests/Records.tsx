import { useCallback, useEffect, useState } from 'react';
import { api, query } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../lib/date.ts';
import { useExportText } from '../exports/i18n.ts';
import { SjisDownload } from '../exports/SjisDownload.tsx';
import type { RecordRow } from './api.ts';
import { useRequestText } from './i18n.ts';
import { RequestsNav } from './RequestsNav.tsx';

const jstDate = (d: string) => `${d}T00:00:00+09:00`;

/** Registers written by completed requests (持出し記録簿 …), with CSV (UTF-8 / Shift_JIS) and PDF exports. */
export default function Records() {
  const x = useRequestText();
  const e = useExportText();
  const { session } = useSession();
  const { lang } = useI18n();
  const [kinds, setKinds] = useState<string[]>([]);
  const [f, setF] = useState({ kind: '', from: '', to: '' });
  const [items, setItems] = useState<RecordRow[]>([]);
  const { error, busy, run } = useAction();
  const load = useCallback(
    () =>
      run(async () => {
        const r = await api.get<{ kinds: string[]; items: RecordRow[] }>(`/api/requests/records${query(f)}`);
        setKinds(r.kinds);
        setItems(r.items);
        if (!f.kind && r.kinds.length) setF((cur) => ({ ...cur, kind: r.kinds[0] }));
      }),
    [f, run],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const kindName = (k: string) => x.recordKinds[k] ?? k;
  const exportHref = (format: string) => `/api/requests/records/export${query({ ...f, format })}`;
  return (
    <>
      <PageHeading lead={x.recordsLead}>{f.kind ? kindName(f.kind) : x.records}</PageHeading>
      <RequestsNav />
      <form
        className="filters rq-row"
        aria-label={x.records}
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
      >
        <label>
          {x.kind}
          <select
            className="input"
            value={f.kind}
            onChange={(e) => setF((c) => ({ ...c, kind: e.target.value }))}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {kindName(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {x.from}
          <input
            className="input"
            type="date"
            value={f.from}
            onChange={(e) => setF((c) => ({ ...c, from: e.target.value }))}
          />
        </label>
        <label>
          {x.to}
          <input
            className="input"
            type="date"
            value={f.to}
            onChange={(e) => setF((c) => ({ ...c, to: e.target.value }))}
          />
        </label>
      </form>
      {f.kind && (
        <div className="rq-export actions">
          <a className="btn btn--secondary" href={exportHref('csv')} download>
            {x.exportCsv}
          </a>
          <SjisDownload href={exportHref('csv-sjis')} utf8Href={exportHref('csv')} />
          <a className="btn btn--secondary" href={exportHref('pdf')} download>
            {x.exportPdf}
          </a>
          {session?.functions.includes('requests.manage_types') && (
            <Link className="btn btn--text" href={`/requests/records/layout/${encodeURIComponent(f.kind)}`}>
              {e.layout}
            </Link>
          )}
        </div>
      )}
      <FormAlert error={error} />
      {items.length === 0 && !busy ? (
        <p className="empty">{x.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{kindName(f.kind)}</caption>
            <thead>
              <tr>
                <th scope="col">{x.occurredOn}</th>
                <th scope="col">{x.person}</th>
                <th scope="col">{x.asset}</th>
                <th scope="col">{x.assetClass}</th>
                <th scope="col">{x.approvedBy}</th>
                <th scope="col">{x.dueOn}</th>
                <th scope="col">{x.returnedAt}</th>
                <th scope="col">{x.confirmers}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <td className="rq-nowrap">
                    <Link href={`/requests/${r.requestId}`}>{formatDate(jstDate(r.occurredOn), lang)}</Link>
                  </td>
                  <td>
                    {r.person}
                    {r.unit && <span className="cell-sub">{r.unit}</span>}
                  </td>
                  <td className="cell-small">{r.asset ?? String(r.fields.device ?? '')}</td>
                  <td>{r.assetClass}</td>
                  <td>
                    {r.approvers}
                    {r.approvedOn && (
                      <span className="cell-sub">{formatDate(jstDate(r.approvedOn), lang)}</span>
                    )}
                  </td>
                  <td>{r.dueOn && formatDate(jstDate(r.dueOn), lang)}</td>
                  <td>{r.returnedAt && formatDateTime(r.returnedAt, lang)}</td>
                  <td>{r.confirmers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
