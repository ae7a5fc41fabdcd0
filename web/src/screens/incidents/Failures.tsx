import { type FormEvent, useState } from 'react';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';
import { IncFrame, incApi, localNow, SelectField, TextArea, toIso, useLoad, val } from './parts.tsx';
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
  const { error, busy, run, field } = useAction();
  const [done, setDone] = useState<string | null>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    run(async () => {
      await incApi.post('/api/failures', {
        receivedAt: toIso(f.get('receivedAt')),
        reporterName: val(f, 'reporterName'),
        systemName: val(f, 'systemName'),
        event: val(f, 'event'),
        handling: val(f, 'handling') || null,
      });
      form.reset();
      setDone(x.recorded);
      await reload();
    });
  }

  return (
    <IncFrame title={x.failuresTitle} lead={x.failuresLead}>
      <form onSubmit={submit} noValidate aria-label={x.failuresTitle} className="form">
        <FormAlert error={error} idPrefix="fail" />
        <Status message={done} />
        <TextField
          id="fail-receivedAt"
          name="receivedAt"
          type="datetime-local"
          label={x.receivedAt}
          defaultValue={localNow()}
          required
          error={field('receivedAt')}
        />
        <TextField
          id="fail-reporterName"
          name="reporterName"
          label={x.reporterName}
          required
          maxLength={200}
          error={field('reporterName')}
        />
        <TextField
          id="fail-systemName"
          name="systemName"
          label={x.systemName}
          required
          maxLength={200}
          error={field('systemName')}
        />
        <TextArea
          id="fail-event"
          name="event"
          label={x.event}
          required
          maxLength={4000}
          error={field('event')}
        />
        <TextArea
          id="fail-handling"
          name="handling"
          label={x.handling}
          maxLength={4000}
          error={field('handling')}
        />
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {x.add}
        </button>
      </form>
      <section aria-labelledby="fail-list" className="section">
        <h2 id="fail-list" className="section-title">
          {x.failuresTitle}
        </h2>
        {!data?.items.length ? (
          <p>{x.none}</p>
        ) : (
          data.items.map((r) => <FailureCard key={r.id} r={r} reload={reload} />)
        )}
      </section>
    </IncFrame>
  );
}

function FailureCard({ r, reload }: { r: Failure; reload: () => Promise<void> }) {
  const { lang } = useI18n();
  const x = useT(incidentTexts);
  const { error, busy, run, field } = useAction();
  const p = `fail-${r.id}`;
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    run(async () => {
      await incApi.put(`/api/failures/${r.id}`, {
        handling: val(f, 'handling') || null,
        result: val(f, 'result') || null,
        problems: val(f, 'problems') || null,
        status: val(f, 'status'),
      });
      await reload();
    });
  }
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
      <form onSubmit={submit} noValidate aria-label={`${x.update}: ${r.system_name}`}>
        <FormAlert error={error} />
        <TextArea
          id={`${p}-handling`}
          name="handling"
          label={x.handling}
          defaultValue={r.handling ?? ''}
          maxLength={4000}
          error={field('handling')}
        />
        <TextArea
          id={`${p}-result`}
          name="result"
          label={x.result}
          defaultValue={r.result ?? ''}
          maxLength={4000}
          error={field('result')}
        />
        <TextArea
          id={`${p}-problems`}
          name="problems"
          label={x.problems}
          defaultValue={r.problems ?? ''}
          maxLength={4000}
          error={field('problems')}
        />
        <SelectField id={`${p}-status`} name="status" label={x.status} defaultValue={r.status}>
          <option value="open">{x.failureStatus.open}</option>
          <option value="resolved">{x.failureStatus.resolved}</option>
        </SelectField>
        <button type="submit" className="btn btn--secondary btn--small" disabled={busy}>
          {x.update}
        </button>
      </form>
    </article>
  );
}
