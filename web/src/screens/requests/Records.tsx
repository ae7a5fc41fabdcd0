import { useState } from 'react';
import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { useCan } from '../../app/useCan.ts';
import { LinkButton } from '../../components/Button.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { SelectField } from '../../components/Field.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { useExportText } from '../exports/i18n.ts';
import { SjisDownload } from '../exports/SjisDownload.tsx';
import { type RecordRow, recordsExportPath, recordsPath } from './api.ts';
import { MANAGE_TYPES } from './fns.ts';
import { requestTexts } from './i18n.ts';
import { RequestsFrame } from './RequestsFrame.tsx';

/** Registers written by completed requests (持出し記録簿 …), with CSV (UTF-8 / Shift_JIS) and PDF exports. */
export default function Records() {
  const x = useT(requestTexts);
  const e = useExportText();
  const can = useCan();
  const d = useFormat();
  const [f, setF] = useState({ kind: '', from: '', to: '' });
  const [kinds, setKinds] = useState<string[]>([]);
  // Until a kind is chosen the first the server names is shown.
  const kind = f.kind || kinds[0] || '';
  // A date still being typed (not yet a day) does not filter.
  const day = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');
  const shown = { kind, from: day(f.from), to: day(f.to) };
  const records = useData<{ kinds: string[]; items: RecordRow[] }>(recordsPath(shown), {
    keepPrevious: true,
  });
  if (records.data && records.data.kinds.join() !== kinds.join()) setKinds(records.data.kinds);
  const kindName = (k: string) => x.recordKinds[k] ?? k;
  const columns: Column<RecordRow>[] = [
    {
      key: 'occurredOn',
      header: x.occurredOn,
      cell: (r) => <Link href={`/requests/${r.requestId}`}>{d.date(r.occurredOn)}</Link>,
    },
    {
      key: 'person',
      header: x.person,
      cell: (r) => (
        <>
          {r.person}
          {r.unit && <span className="cell-sub">{r.unit}</span>}
        </>
      ),
    },
    { key: 'asset', header: x.asset, value: (r) => r.asset ?? String(r.fields.device ?? '') },
    { key: 'assetClass', header: x.assetClass },
    {
      key: 'approvers',
      header: x.approvedBy,
      cell: (r) => (
        <>
          {r.approvers}
          {r.approvedOn && <span className="cell-sub">{d.date(r.approvedOn)}</span>}
        </>
      ),
    },
    { key: 'dueOn', header: x.dueOn, cell: (r) => (r.dueOn ? d.date(r.dueOn) : '') },
    { key: 'returnedAt', header: x.returnedAt, cell: (r) => (r.returnedAt ? d.dateTime(r.returnedAt) : '') },
    { key: 'confirmers', header: x.confirmers },
  ];
  return (
    <RequestsFrame title={kind ? kindName(kind) : x.records} lead={x.recordsLead}>
      <form className="filters rq-row" aria-label={x.records} onSubmit={(ev) => ev.preventDefault()}>
        <SelectField
          id="rq-rec-kind"
          label={x.kind}
          value={kind}
          onChange={(ev) => setF((c) => ({ ...c, kind: ev.target.value }))}
          options={kinds.map((k) => ({ value: k, label: kindName(k) }))}
        />
        <DateField
          id="rq-rec-from"
          label={x.from}
          value={f.from}
          onChange={(from) => setF((c) => ({ ...c, from }))}
        />
        <DateField id="rq-rec-to" label={x.to} value={f.to} onChange={(to) => setF((c) => ({ ...c, to }))} />
      </form>
      {kind && (
        <div className="rq-export actions">
          <a className="btn btn--secondary" href={recordsExportPath(shown, 'csv')} download>
            {x.exportCsv}
          </a>
          <SjisDownload
            href={recordsExportPath(shown, 'csv-sjis')}
            utf8Href={recordsExportPath(shown, 'csv')}
          />
          <a className="btn btn--secondary" href={recordsExportPath(shown, 'pdf')} download>
            {x.exportPdf}
          </a>
          {can(MANAGE_TYPES) && (
            <LinkButton kind="text" href={`/requests/records/layout/${encodeURIComponent(kind)}`}>
              {e.layout}
            </LinkButton>
          )}
        </div>
      )}
      <Loaded query={records}>
        {(r) => (
          <DataTable
            rows={r.items}
            columns={columns}
            label={kindName(kind)}
            filter
            empty={<p className="empty">{x.none}</p>}
          />
        )}
      </Loaded>
    </RequestsFrame>
  );
}
