import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatWarekiDate, formatWarekiDateTime } from '../../lib/date.ts';
import type { ScreenProps } from '../../routes.tsx';
import { texts } from './i18n.ts';

interface Step {
  id: string;
  position: number;
  label: string;
  status: string;
  notified_at: string | null;
  due_at: string | null;
  acknowledged_at: string | null;
  skipped_reason: string | null;
}
interface Deadline {
  days: number;
  calendar: string;
  business: string;
}
interface Detail {
  incident: {
    id: string;
    title: string;
    description: string;
    found_at: string;
    personal_info: string;
    minor: number | null;
    minor_reason: string | null;
    status: string;
  };
  type: { nameJa: string; nameEn: string; steps: { ja: string; en: string }[]; clausePath: string | null };
  steps: Step[];
  timeline: { id: string; at: string; actor_label: string | null; kind: string; text: string }[];
  evidence: { id: string; file_name: string; sha256: string; size: number; created_at: string }[];
  actions: { id: string; kind: string; description: string; due_date: string | null; status: string }[];
  deadlines: { prompt: Deadline; final: Deadline } | null;
  planSection: { title: string; body: string; version: number } | null;
}

/** One incident: the chain with timestamps and acknowledgements, clocks, evidence, actions and timeline. */
export default function IncidentDetail({ params }: ScreenProps) {
  const { lang } = useI18n();
  const x = texts(lang);
  const [d, setD] = useState<Detail | null>(null);
  const [minor, setMinor] = useState(false);
  const [reason, setReason] = useState('');
  const { error, busy, run } = useAction();
  const load = useCallback(() => api.get<Detail>(`/api/incidents/${params.id}`).then(setD), [params.id]);
  useEffect(() => {
    load();
  }, [load]);
  if (!d) return <Loading />;
  const i = d.incident;
  const ack = (s: Step) =>
    run(async () => {
      const judge = s.position === 0 && i.minor === null && reason ? { minor, reason } : {};
      await api.post(`/api/incidents/${i.id}/steps/${s.id}/ack`, judge);
      await load();
    });
  return (
    <>
      <PageHeading
        lead={`${lang === 'en' ? d.type.nameEn : d.type.nameJa}・${formatWarekiDateTime(i.found_at)}`}
      >
        {i.title}
      </PageHeading>
      <FormAlert error={error} idPrefix="detail" />
      <p>{i.description}</p>
      <section aria-labelledby="d-steps" className="notice">
        <h2 id="d-steps">{x.steps}</h2>
        <ol>
          {d.type.steps.map((s) => (
            <li key={s.ja}>{lang === 'en' ? s.en : s.ja}</li>
          ))}
        </ol>
        {d.type.clausePath && <p>{d.type.clausePath}</p>}
      </section>
      <section aria-labelledby="d-chain">
        <h2 id="d-chain">{x.chain}</h2>
        <ol>
          {d.steps.map((s) => (
            <li key={s.id}>
              <strong>{s.label}</strong>：{x.status[s.status] ?? s.status}
              {s.notified_at && <> ・通知 {formatWarekiDateTime(s.notified_at)}</>}
              {s.acknowledged_at && <> ・確認 {formatWarekiDateTime(s.acknowledged_at)}</>}
              {s.skipped_reason && <> ・{s.skipped_reason}</>}
              {(s.status === 'waiting' || s.status === 'escalated') && (
                <div>
                  {s.position === 0 && i.minor === null && (
                    <>
                      <label>
                        <input type="checkbox" checked={minor} onChange={(e) => setMinor(e.target.checked)} />{' '}
                        {x.minor}
                      </label>
                      <label htmlFor="d-reason" style={{ display: 'block' }}>
                        {x.reason}
                      </label>
                      <input
                        id="d-reason"
                        value={reason}
                        onChange={(e) => setReason(e.target.value)}
                        maxLength={2000}
                      />
                    </>
                  )}
                  <button type="button" className="button" disabled={busy} onClick={() => ack(s)}>
                    {x.ack}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
        {i.minor_reason && (
          <p>
            軽微判定: {i.minor ? '軽微' : '軽微でない'}（{i.minor_reason}）
          </p>
        )}
      </section>
      {d.deadlines && (
        <section aria-labelledby="d-deadlines">
          <h2 id="d-deadlines">{x.deadlines}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{x.calendar}</th>
                <th scope="col">{x.business}</th>
              </tr>
            </thead>
            <tbody>
              {(['prompt', 'final'] as const).map((k) => (
                <tr key={k}>
                  <th scope="row">
                    {x[k]}（{d.deadlines?.[k].days}日）
                  </th>
                  <td>{formatWarekiDate(d.deadlines?.[k].calendar ?? '')}</td>
                  <td>{formatWarekiDate(d.deadlines?.[k].business ?? '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {d.planSection && (
        <section aria-labelledby="d-plan">
          <h2 id="d-plan">
            {x.planSection}（第{d.planSection.version}版）
          </h2>
          <p>
            <strong>{d.planSection.title}</strong>
          </p>
          <p>{d.planSection.body}</p>
        </section>
      )}
      <section aria-labelledby="d-actions">
        <h2 id="d-actions">{x.actions}</h2>
        {d.actions.length === 0 ? (
          <p>{x.none}</p>
        ) : (
          <ul>
            {d.actions.map((a) => (
              <li key={a.id}>
                [{a.kind}] {a.description}
                {a.due_date && <>（{formatWarekiDate(a.due_date)}）</>} — {a.status}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="d-evidence">
        <h2 id="d-evidence">{x.evidence}</h2>
        {d.evidence.length === 0 ? (
          <p>{x.none}</p>
        ) : (
          <ul>
            {d.evidence.map((e) => (
              <li key={e.id}>
                {e.file_name}（{e.size} B）<code style={{ wordBreak: 'break-all' }}>SHA-256 {e.sha256}</code>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="d-timeline">
        <h2 id="d-timeline">{x.timeline}</h2>
        <ol>
          {d.timeline.map((e) => (
            <li key={e.id}>
              {formatWarekiDateTime(e.at)} {e.actor_label ?? ''} [{e.kind}] {e.text}
            </li>
          ))}
        </ol>
      </section>
      <button type="button" className="button" onClick={() => window.print()}>
        {x.print}
      </button>
    </>
  );
}
