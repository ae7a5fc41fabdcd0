import { type FormEvent, useState } from 'react';
import { useSession } from '../../app/session.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import {
  IncFrame,
  incApi,
  resultColumn,
  SelectField,
  TextArea,
  useFunctions,
  useLoad,
  val,
} from './parts.tsx';
import { incidentTexts } from './texts.ts';

interface Check {
  id: string;
  checked_at: string;
  scope: string;
  findings: string;
  result: string;
  routed_to: string;
  acknowledged_at: string | null;
}

/** Compliance checks (R-G2): findings are routed up; recipients acknowledge them. */
export default function Compliance() {
  const x = useT(incidentTexts);
  const has = useFunctions();
  const { session } = useSession();
  const { data, reload } = useLoad<{ items: Check[] }>('/api/compliance-checks');
  const { error, busy, run, field } = useAction();
  const [done, setDone] = useState<string | null>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    run(async () => {
      await incApi.post('/api/compliance-checks', {
        scope: val(f, 'scope'),
        findings: val(f, 'findings'),
        result: val(f, 'result'),
      });
      form.reset();
      setDone(x.recorded);
      await reload();
    });
  }
  const ack = (id: string) =>
    run(async () => {
      await incApi.post(`/api/compliance-checks/${id}/ack`);
      await reload();
    });

  const fm = useFormat();
  const columns: Column<Check>[] = [
    { key: 'checked_at', header: x.receivedAt, cell: (c) => fm.dateTime(c.checked_at) },
    { key: 'scope', header: x.scope },
    { key: 'findings', header: x.findings },
    resultColumn(x),
    {
      key: 'routed_to',
      header: x.routedTo,
      value: (c) => c.acknowledged_at ?? '',
      cell: (c) => {
        const routed = JSON.parse(c.routed_to) as string[];
        return (
          <>
            {routed.length} {x.people}
            {c.acknowledged_at ? (
              <span className="cell-sub">
                {x.acknowledged} {fm.dateTime(c.acknowledged_at)}
              </span>
            ) : (
              session &&
              routed.includes(session.user.id) && (
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  disabled={busy}
                  onClick={() => ack(c.id)}
                >
                  {x.ackFindings}
                </button>
              )
            )}
          </>
        );
      },
    },
  ];
  return (
    <IncFrame title={x.complianceTitle} lead={x.complianceLead}>
      <Status message={done} />
      <FormAlert error={error} idPrefix="cmp" />
      {has('compliance.check') && (
        <form onSubmit={submit} noValidate aria-label={x.complianceTitle} className="form">
          <TextArea
            id="cmp-scope"
            name="scope"
            label={x.scope}
            required
            maxLength={500}
            error={field('scope')}
          />
          <TextArea
            id="cmp-findings"
            name="findings"
            label={x.findings}
            required
            maxLength={4000}
            error={field('findings')}
          />
          <SelectField id="cmp-result" name="result" label={x.checkResult} defaultValue="ok">
            <option value="ok">{x.resultOk}</option>
            <option value="findings">{x.resultFindings}</option>
          </SelectField>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {x.add}
          </button>
        </form>
      )}
      <section aria-labelledby="cmp-list" className="section">
        <h2 id="cmp-list" className="section-title">
          {x.complianceTitle}
        </h2>
        <DataTable
          rows={data?.items ?? []}
          columns={columns}
          rowKey={(c) => c.id}
          caption={x.complianceTitle}
          captionHidden
          empty={<p>{x.none}</p>}
        />
      </section>
    </IncFrame>
  );
}
