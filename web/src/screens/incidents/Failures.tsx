import { FieldsForm, localNow } from '../../components/FieldsForm.tsx';
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
        {!data?.items.length ? (
          <p>{x.none}</p>
        ) : (
          data.items.map((r) => <FailureCard key={r.id} r={r} reload={reload} />)
        )}
      </Section>
    </IncFrame>
  );
}

function FailureCard({ r, reload }: { r: Failure; reload: () => Promise<void> }) {
  const { lang } = useI18n();
  const x = useT(incidentTexts);
  const p = `fail-${r.id}`;
  const text = (name: 'handling' | 'result' | 'problems') => ({
    ...area(name, x[name], 4000),
    defaultValue: r[name] ?? '',
  });
  return (
    <article className="inc-card" aria-labelledby={`${p}-h`}>
      <h3 id={`${p}-h`}>
        {r.system_name}：{r.event}
      </h3>
      <p>
        {formatDateTime(r.received_at, lang)}・{r.reporter_name}・
        <span className={r.status === 'resolved' ? 'inc-ok' : 'inc-warn'}>
          {x.failureStatus[r.status] ?? r.status}
        </span>
      </p>
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
    </article>
  );
}
