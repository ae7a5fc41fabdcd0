import { type FormEvent, useState } from 'react';
import { useCan } from '../../app/useCan.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useAction } from '../../components/useAction.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { area, IncFrame, incApi, RecordForm, resultColumn, resultField, useLoad, val } from './parts.tsx';
import { incidentTexts } from './texts.ts';

interface Review {
  id: string;
  period_from: string;
  period_to: string;
  target: string;
  findings: string;
  result: string;
  reviewed_at: string;
}

/** Log reviews (R-F4) with the retention setting. */
export default function LogReviews() {
  const x = useT(incidentTexts);
  const fm = useFormat();
  const has = useCan();
  const { data, reload } = useLoad<{ items: Review[]; retentionDays: number }>('/api/log-reviews');
  const keep = useAction();
  const [done, setDone] = useState<string | null>(null);

  function saveRetention(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const days = Number(val(new FormData(e.currentTarget), 'days'));
    keep.run(async () => {
      const { stored: _s, ...settings } =
        await incApi.get<Record<string, unknown>>('/api/incidents/settings');
      await incApi.put('/api/incidents/settings', { ...settings, logRetentionDays: days });
      setDone(x.saved);
      await reload();
    });
  }

  return (
    <IncFrame title={x.logsTitle} lead={x.logsLead}>
      <Status message={done} />
      <section aria-labelledby="log-retention">
        <h2 id="log-retention" className="section-title">
          {x.retention}: {data ? `${data.retentionDays} ${x.days}` : '…'}
        </h2>
        {has('emergency_plan.manage') && data && (
          <form onSubmit={saveRetention} noValidate className="form form--inline" aria-label={x.retention}>
            <FormAlert error={keep.error} />
            <TextField
              id="log-days"
              name="days"
              type="number"
              min={30}
              max={7300}
              label={x.retentionDays}
              defaultValue={data.retentionDays}
              error={keep.field('logRetentionDays')}
            />
            <button type="submit" className="btn btn--secondary" disabled={keep.busy}>
              {x.save}
            </button>
          </form>
        )}
        <p className="field__hint">{x.retentionNote}</p>
      </section>
      <RecordForm
        idPrefix="log"
        label={x.logsTitle}
        className="form section"
        reload={reload}
        submit={(v) => incApi.post('/api/log-reviews', v)}
        fields={[
          { name: 'periodFrom', kind: 'date', label: x.periodFrom, required: true },
          { name: 'periodTo', kind: 'date', label: x.periodTo, required: true },
          { name: 'target', label: x.target, required: true, maxLength: 300 },
          area('findings', x.findings, 4000, true),
          resultField(x),
        ]}
      />
      <Section id="log-list" title={x.logsTitle}>
        <DataTable
          rows={data?.items ?? []}
          columns={[
            {
              key: 'period_from',
              header: `${x.periodFrom}〜${x.periodTo}`,
              cell: (r) => `${fm.date(r.period_from)}〜${fm.date(r.period_to)}`,
            },
            { key: 'target', header: x.target },
            { key: 'findings', header: x.findings },
            resultColumn(x),
          ]}
          label={x.logsTitle}
          empty={<p>{x.none}</p>}
        />
      </Section>
    </IncFrame>
  );
}
