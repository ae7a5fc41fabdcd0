import { DataTable } from '../../components/DataTable.tsx';
import { localNow } from '../../components/DateTimeField.tsx';
import { FieldsForm } from '../../components/FieldsForm.tsx';
import { Section } from '../../components/Section.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';
import { area, choice, IncFrame, incApi, RecordForm, useLoad } from './parts.tsx';
import { incidentTexts } from './texts.ts';

interface Failure {
  id: string;
  received_at: string;
  reporter_name: string;
  system_name: string;
  event: string;
  handling: string | null;
  result: string | null;
  problems: string | null;
  status: string;
}

/** 障害記録 (R-F5): receive a failure, then record its handling, result and problems. */
export default function Failures() {
  const { lang } = useI18n();
  const x = useT(incidentTexts);
  const { data, reload } = useLoad<{ items: Failure[] }>('/api/failures');

  return (
    <IncFrame title={x.failuresTitle} lead={x.failuresLead}>
      <RecordForm
        idPrefix="fail"
        label={x.failuresTitle}
        reload={reload}
        submit={(v) => incApi.post('/api/failures', { ...v, handling: v.handling || null })}
        fields={[
          {
            name: 'receivedAt',
            kind: 'datetime',
            label: x.receivedAt,
            defaultValue: localNow(),
            required: true,
          },
          { name: 'reporterName', label: x.reporterName, required: true, maxLength: 200 },
          { name: 'systemName', label: x.systemName, required: true, maxLength: 200 },
          area('event', x.event, 4000, true),
          area('handling', x.handling, 4000),
        ]}
      />
      <Section id="fail-list" title={x.failuresTitle}>
        <DataTable
          rows={data?.items ?? []}
          label={x.failuresTitle}
          empty={<p>{x.none}</p>}
          columns={[
            { key: 'received_at', header: x.receivedAt, cell: (r) => formatDateTime(r.received_at, lang) },
            { key: 'system_name', header: x.systemName },
            { key: 'event', header: x.event },
            { key: 'reporter_name', header: x.reporterName },
            {
              key: 'status',
              header: x.status,
              value: (r) => x.failureStatus[r.status] ?? r.status,
              cell: (r) => (
                <span className={r.status === 'resolved' ? 'inc-ok' : 'inc-warn'}>
                  {x.failureStatus[r.status] ?? r.status}
                </span>
              ),
            },
            {
              key: 'update',
              header: x.update,
              sortable: false,
              cell: (r) => <FailureUpdate r={r} reload={reload} />,
            },
          ]}
        />
      </Section>
    </IncFrame>
  );
}

/** Records the handling, result and problems of one failure, and whether it is resolved. */
function FailureUpdate({ r, reload }: { r: Failure; reload: () => Promise<void> }) {
  const x = useT(incidentTexts);
  const p = `fail-${r.id}`;
  const text = (name: 'handling' | 'result' | 'problems') => ({
    ...area(name, x[name], 4000),
    defaultValue: r[name] ?? '',
  });
  return (
    <details>
      <summary>{x.update}</summary>
      <FieldsForm
        idPrefix={p}
        label={`${x.update}: ${r.system_name}`}
        secondary
        small
        keep
        submitLabel={x.update}
        onDone={() => void reload()}
        submit={(v) =>
          incApi.put(`/api/failures/${r.id}`, {
            handling: v.handling || null,
            result: v.result || null,
            problems: v.problems || null,
            status: v.status,
          })
        }
        fields={[
          text('handling'),
          text('result'),
          text('problems'),
          choice('status', x.status, x.failureStatus, r.status),
        ]}
      />
    </details>
  );
}
