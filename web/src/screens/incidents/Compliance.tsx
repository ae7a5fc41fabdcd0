import { type FormEvent, useState } from 'react';
import { useSession } from '../../app/session.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';
import { IncFrame, incApi, SelectField, TextArea, useFunctions, useLoad, val } from './parts.tsx';
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
  const { lang } = useI18n();
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
        {!data?.items.length ? (
          <p>{x.none}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{x.receivedAt}</th>
                  <th scope="col">{x.scope}</th>
                  <th scope="col">{x.findings}</th>
                  <th scope="col">{x.checkResult}</th>
                  <th scope="col">{x.routedTo}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((c) => {
                  const routed = JSON.parse(c.routed_to) as string[];
                  return (
                    <tr key={c.id}>
                      <td className="nowrap">{formatDateTime(c.checked_at, lang)}</td>
                      <td>{c.scope}</td>
                      <td>{c.findings}</td>
                      <td className={c.result === 'ok' ? 'inc-ok' : 'inc-warn'}>
                        {c.result === 'ok' ? x.resultOk : x.resultFindings}
                      </td>
                      <td>
                        {routed.length} {x.people}
                        {c.acknowledged_at ? (
                          <span className="cell-sub">
                            {x.acknowledged} {formatDateTime(c.acknowledged_at, lang)}
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
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </IncFrame>
  );
}
