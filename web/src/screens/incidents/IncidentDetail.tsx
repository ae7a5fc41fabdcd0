import { useCallback, useState } from 'react';
import { api } from '../../api/client.ts';
import { useData } from '../../api/query.ts';
import { useSession } from '../../app/session.tsx';
import { useCan } from '../../app/useCan.ts';
import { CheckField, TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import type { ScreenProps } from '../../routes.tsx';
import { type ClauseCitation, citeText } from './cite.ts';
import { ActionForm, CloseForm, ContactForm, EvidenceForm, NoteForm } from './DetailForms.tsx';
import { incidentHomeTexts } from './i18n.ts';
import { IncFrame, ListSection, usePeople } from './parts.tsx';
import { reportTexts } from './report-texts.ts';
import { incidentTexts } from './texts.ts';
import { timelineTexts } from './timeline-texts.ts';

interface Step {
  id: string;
  position: number;
  label: string;
  status: string;
  notified_at: string | null;
  due_at: string | null;
  acknowledged_at: string | null;
  escalated_at: string | null;
  skipped_reason: string | null;
}
interface Deadline {
  days: number;
  calendar: string;
  business: string;
  /** The deadline that binds: calendar days, moved to the next office day when it falls on a closed day. */
  due: string;
}
interface Detail {
  /** The chain steps the caller may record receipt of. */
  can: { ack: string[] };
  incident: {
    id: string;
    title: string;
    description: string;
    found_at: string;
    reporter_id: string;
    personal_info: string;
    minor: number | null;
    minor_reason: string | null;
    status: string;
    cause: string | null;
    closed_at: string | null;
    close_note: string | null;
  };
  type: {
    nameJa: string;
    nameEn: string;
    steps: { ja: string; en: string }[];
    clausePath: string | null;
    clauseCitation: ClauseCitation | null;
  };
  steps: Step[];
  timeline: { id: string; at: string; actor_label: string | null; kind: string; text: string }[];
  evidence: {
    id: string;
    file_name: string;
    sha256: string;
    size: number;
    created_at: string;
    description: string;
  }[];
  actions: {
    id: string;
    kind: string;
    description: string;
    owner_id: string | null;
    owner_name: string | null;
    due_date: string | null;
    status: string;
    done_at: string | null;
  }[];
  contacts: {
    id: string;
    party: string;
    party_name: string;
    report_kind: string;
    sent_at: string;
    content: string;
  }[];
  deadlines: { prompt: Deadline; final: Deadline } | null;
  planSection: { title: string; body: string; version: number } | null;
}

/** One incident: the chain with timestamps, clocks, outside contacts, actions, evidence, timeline and the report. */
export default function IncidentDetail({ params }: ScreenProps) {
  const f = useFormat();
  const x = useT(incidentHomeTexts);
  const m = useT(incidentTexts);
  const has = useCan();
  const { session } = useSession();
  const q = useData<Detail>(`/api/incidents/${params.id}`);
  const tl = useT(timelineTexts);
  const rt = useT(reportTexts);
  const [minor, setMinor] = useState(false);
  const [reason, setReason] = useState('');
  const { error, busy, run } = useAction();
  const handle = has('incidents.handle');
  const people = usePeople(handle);
  const refetch = q.refetch;
  const load = useCallback(async () => {
    await refetch();
  }, [refetch]);
  const d = q.data;
  // Not found or refused: say so, never stay on 読み込み中.
  if (!d)
    return (
      <IncFrame title={x.timeline}>
        <Loaded query={q}>{() => null}</Loaded>
      </IncFrame>
    );
  const i = d.incident;
  const open = i.status === 'open';
  const mine = session?.user.id === i.reporter_id;
  const ack = (s: Step) =>
    run(async () => {
      const judge = s.position === 0 && i.minor === null && reason ? { minor, reason } : {};
      await api.post(`/api/incidents/${i.id}/steps/${s.id}/ack`, judge);
      await load();
    });
  const complete = (id: string, status: 'done' | 'accepted') =>
    run(async () => {
      await api.post(`/api/incidents/${i.id}/actions/${id}/complete`, { status });
      await load();
    });
  const timelineText = (e: Detail['timeline'][number]) =>
    e.kind === 'contact'
      ? e.text.replace(/: (\w+)$/, (_, k: string) => `: ${m.reportKinds[k] ?? tl.other}`)
      : e.text;
  const dt = (v: string) => f.dateTime(v);
  /** ・label and the time, when it happened. */
  const stamp = (label: string, v: string | null) =>
    v && (
      <>
        ・{label} {dt(v)}
      </>
    );
  return (
    <IncFrame title={i.title} lead={`${f.named(d.type.nameJa, d.type.nameEn)}・${dt(i.found_at)}`}>
      <FormAlert error={error} idPrefix="detail" />
      <p>
        <span className={open ? 'tag' : 'tag tag--ok'}>
          {open ? m.open : `${m.closed} ${i.closed_at ? dt(i.closed_at) : ''}`}
        </span>
      </p>
      <p>{i.description}</p>
      <section aria-labelledby="d-steps" className="notice">
        <h2 id="d-steps">{x.steps}</h2>
        <ol>
          {d.type.steps.map((s) => (
            <li key={s.ja}>{f.named(s.ja, s.en)}</li>
          ))}
        </ol>
        {d.type.clauseCitation && (
          <p data-testid="steps-clause">
            {fmt(x.stepsClause, { clause: citeText(x, d.type.clauseCitation) })}
          </p>
        )}
      </section>
      <section aria-labelledby="d-chain" className="section">
        <h2 id="d-chain">{x.chain}</h2>
        {d.steps.length === 0 && (
          <p className="alert alert--error" data-testid="chain-none">
            {x.chainNone}
          </p>
        )}
        <ol className="inc-list">
          {d.steps.map((s) => (
            <li key={s.id} data-testid={`step-${s.position}`}>
              <strong>{s.label}</strong>：{x.status[s.status] ?? s.status}
              {stamp(x.notifiedAt, s.notified_at)}
              {stamp(x.acknowledgedAt, s.acknowledged_at)}
              {stamp(x.escalatedAt, s.escalated_at)}
              {s.skipped_reason && <>・{s.skipped_reason}</>}
              {open && d.can.ack.includes(s.id) && (
                <div className="inc-card inc-no-print">
                  {s.position === 0 && i.minor === null && (
                    <>
                      <CheckField
                        id="d-minor"
                        className="field"
                        label={x.minor}
                        checked={minor}
                        onChange={setMinor}
                      />
                      <TextField
                        id="d-reason"
                        label={x.reason}
                        value={reason}
                        onChange={(e) => setReason(e.target.value)}
                        maxLength={2000}
                      />
                    </>
                  )}
                  <button
                    type="button"
                    className="btn btn--primary btn--small"
                    disabled={busy}
                    onClick={() => ack(s)}
                  >
                    {x.ack}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
        {i.minor_reason && (
          <p>
            {m.minor}: {i.minor ? m.minorYes : m.minorNo}（{i.minor_reason}）
          </p>
        )}
      </section>
      {d.deadlines && (
        <section aria-labelledby="d-deadlines" className="section">
          <h2 id="d-deadlines">{x.deadlines}</h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <td />
                  <th scope="col">{rt.due}</th>
                  <th scope="col">{rt.reference}</th>
                </tr>
              </thead>
              <tbody>
                {(['prompt', 'final'] as const).map((k) => (
                  <tr key={k}>
                    <th scope="row">
                      {fmt(x.deadlineDays, { label: x[k], n: d.deadlines?.[k].days ?? '' })}
                    </th>
                    <td>
                      <strong>{f.date(d.deadlines?.[k].due)}</strong>
                    </td>
                    <td>{f.date(d.deadlines?.[k].business)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{rt.rule}</p>
        </section>
      )}
      <ListSection
        id="d-contacts"
        title={m.contacts}
        items={d.contacts}
        render={(c) => (
          <>
            <strong>
              {m.parties[c.party] ?? c.party}（{c.party_name}）
            </strong>{' '}
            {m.reportKinds[c.report_kind] ?? c.report_kind}・{dt(c.sent_at)}：{c.content}
          </>
        )}
      >
        {open && handle && <ContactForm id={i.id} done={load} />}
      </ListSection>
      {d.planSection && (
        <section aria-labelledby="d-plan" className="section">
          <h2 id="d-plan">
            {x.planSection}（第{d.planSection.version}版）
          </h2>
          <p>
            <strong>{d.planSection.title}</strong>
          </p>
          <p>{d.planSection.body}</p>
        </section>
      )}
      <ListSection
        id="d-actions"
        title={x.actions}
        items={d.actions}
        lead={
          i.cause && (
            <p>
              {m.cause}: {i.cause}
            </p>
          )
        }
        render={(a) => (
          <>
            <span className="tag">{m.actionKinds[a.kind] ?? a.kind}</span> {a.description}
            {a.owner_id && (
              <>
                ・{m.owner}: {a.owner_name ?? m.ownerNone}
              </>
            )}
            {a.due_date && (
              <>
                ・{m.due}: {f.date(a.due_date)}
              </>
            )}
            ・
            <strong className={a.status === 'open' ? 'inc-warn' : 'inc-ok'}>
              {m.actionStatus[a.status] ?? a.status}
            </strong>
            {a.done_at && <> {dt(a.done_at)}</>}
            {open && a.status === 'open' && (handle || a.owner_id === session?.user.id) && (
              <button
                type="button"
                className="btn btn--secondary btn--small"
                disabled={busy}
                onClick={() => complete(a.id, 'done')}
              >
                {m.markDone}
              </button>
            )}
            {open && a.status === 'open' && has('incidents.close') && (
              <button
                type="button"
                className="btn btn--text"
                disabled={busy}
                onClick={() => complete(a.id, 'accepted')}
              >
                {m.accept}
              </button>
            )}
          </>
        )}
      >
        {open && handle && <ActionForm id={i.id} people={people} done={load} />}
      </ListSection>
      <ListSection
        id="d-evidence"
        title={x.evidence}
        items={d.evidence}
        render={(e) => (
          <>
            <a href={`/api/incidents/${i.id}/evidence/${e.id}`} download>
              {e.file_name}
            </a>
            （{e.size} B・{dt(e.created_at)}）{e.description}
            <br />
            <code className="inc-hash">SHA-256 {e.sha256}</code>
          </>
        )}
      >
        {(handle || mine) && <EvidenceForm id={i.id} done={load} />}
      </ListSection>
      {open && (handle || mine) && (
        <section aria-labelledby="d-note" className="section inc-no-print">
          <h2 id="d-note">{m.noteTitle}</h2>
          <NoteForm id={i.id} done={load} />
        </section>
      )}
      <section aria-labelledby="d-timeline" className="section">
        <h2 id="d-timeline">{x.timeline}</h2>
        <ol className="inc-list">
          {d.timeline.map((e) => (
            <li key={e.id}>
              {dt(e.at)} {e.actor_label === 'system' ? tl.system : (e.actor_label ?? '')}{' '}
              <span className="tag">{tl.kinds[e.kind] ?? tl.other}</span> {timelineText(e)}
            </li>
          ))}
        </ol>
      </section>
      {open && has('incidents.close') && (
        <section aria-labelledby="d-close" className="section inc-no-print">
          <h2 id="d-close">{m.close}</h2>
          <CloseForm id={i.id} done={load} />
        </section>
      )}
      <div className="actions inc-no-print">
        <a className="btn btn--secondary" href={`/api/incidents/${i.id}/report.pdf`} download>
          {m.pdf}
        </a>
        <button type="button" className="btn btn--text" onClick={() => window.print()}>
          {x.print}
        </button>
      </div>
    </IncFrame>
  );
}
