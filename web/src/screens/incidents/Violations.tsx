import { type FormEvent, useState } from 'react';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';
import {
  IncFrame,
  incApi,
  type PersonOption,
  SelectField,
  TextArea,
  useFunctions,
  useLoad,
  usePeople,
  val,
} from './parts.tsx';
import { incidentTexts } from './texts.ts';

interface Violation {
  id: string;
  reported_at: string;
  subject_user_id: string | null;
  description: string;
  clause_path: string | null;
  decision: string | null;
  measures: string | null;
  decided_at: string | null;
  suspended_at: string | null;
  head_notified: string | null;
  head_notified_at: string | null;
  reinstated_at: string | null;
  reinstate_reason: string | null;
  status: string;
}

/** Violations (R-G6): anyone reports; holders of violations.manage decide measures and lift suspensions. */
export default function Violations() {
  const x = useT(incidentTexts);
  const has = useFunctions();
  const manage = has('violations.manage');
  const people = usePeople(manage || has('incidents.handle'));
  const [done, setDone] = useState<string | null>(null);
  const { error, busy, run, field } = useAction();
  const list = useLoad<{ items: Violation[] }>(manage ? '/api/violations' : '');

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    run(async () => {
      await incApi.post('/api/violations', {
        subjectUserId: val(f, 'subject') || null,
        description: val(f, 'description'),
        clausePath: val(f, 'clausePath') || null,
      });
      form.reset();
      setDone(x.recorded);
      if (manage) await list.reload();
    });
  }

  return (
    <IncFrame title={x.violationsTitle} lead={x.violationsLead}>
      <Status message={done} />
      <form onSubmit={submit} noValidate aria-label={x.reportViolation} className="form">
        <h2 className="section-title">{x.reportViolation}</h2>
        <FormAlert error={error} idPrefix="vio" />
        {people.length > 0 && (
          <SelectField
            id="vio-subject"
            name="subject"
            label={x.subject}
            defaultValue=""
            error={field('subjectUserId')}
          >
            <option value="">{x.subjectNone}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}（{p.loginId}）
              </option>
            ))}
          </SelectField>
        )}
        <TextArea
          id="vio-description"
          name="description"
          label={x.description}
          required
          maxLength={4000}
          error={field('description')}
        />
        <TextField
          id="vio-clausePath"
          name="clausePath"
          label={x.clausePath}
          maxLength={200}
          error={field('clausePath')}
        />
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {x.reportViolation}
        </button>
      </form>
      {manage && (
        <section aria-labelledby="vio-list" className="section">
          <h2 id="vio-list" className="section-title">
            {x.violationsTitle}
          </h2>
          {!list.data?.items.length ? (
            <p>{x.none}</p>
          ) : (
            list.data.items.map((v) => (
              <ViolationCard key={v.id} v={v} people={people} reload={list.reload} />
            ))
          )}
        </section>
      )}
    </IncFrame>
  );
}

function ViolationCard({
  v,
  people,
  reload,
}: {
  v: Violation;
  people: PersonOption[];
  reload: () => Promise<void>;
}) {
  const { lang } = useI18n();
  const x = useT(incidentTexts);
  const { error, busy, run, field } = useAction();
  const p = `vio-${v.id}`;
  const who = people.find((u) => u.id === v.subject_user_id);
  function decide(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    run(async () => {
      await incApi.post(`/api/violations/${v.id}/decide`, {
        decision: val(f, 'decision'),
        measures: val(f, 'measures') || null,
        suspendAccess: f.get('suspend') === 'on',
      });
      await reload();
    });
  }
  function reinstate(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    run(async () => {
      await incApi.post(`/api/violations/${v.id}/reinstate`, { reason: val(f, 'reason') });
      await reload();
    });
  }
  const notified = v.head_notified ? (JSON.parse(v.head_notified) as string[]).length : 0;
  return (
    <article className="inc-card" aria-labelledby={`${p}-h`}>
      <h3 id={`${p}-h`}>
        {who ? `${who.displayName}：` : ''}
        {v.description}
      </h3>
      <p>
        {formatDateTime(v.reported_at, lang)}・{x.violationStatus[v.status] ?? v.status}
        {v.clause_path && <>・{v.clause_path}</>}
      </p>
      {v.decision && (
        <p>
          {x.decision}: {v.decision}
          {v.measures && (
            <>
              （{x.measures}: {v.measures}）
            </>
          )}
        </p>
      )}
      {v.suspended_at && (
        <p className="inc-warn">
          {x.suspended} {formatDateTime(v.suspended_at, lang)}
          {v.head_notified_at && (
            <>
              ・{x.headNotified} {formatDateTime(v.head_notified_at, lang)}（{notified} {x.people}）
            </>
          )}
        </p>
      )}
      {v.reinstated_at && (
        <p className="inc-ok">
          {x.reinstated} {formatDateTime(v.reinstated_at, lang)}（{v.reinstate_reason}）
        </p>
      )}
      <FormAlert error={error} />
      {v.status === 'open' && (
        <form onSubmit={decide} noValidate aria-label={x.decide}>
          <TextArea
            id={`${p}-decision`}
            name="decision"
            label={x.decision}
            required
            maxLength={2000}
            error={field('decision')}
          />
          <TextArea
            id={`${p}-measures`}
            name="measures"
            label={x.measures}
            maxLength={2000}
            error={field('measures')}
          />
          {v.subject_user_id && (
            <div className="checkbox field">
              <input type="checkbox" id={`${p}-suspend`} name="suspend" />
              <label htmlFor={`${p}-suspend`}>{x.suspend}</label>
              {field('suspendAccess') && <p className="field__error">{field('suspendAccess')}</p>}
            </div>
          )}
          <button type="submit" className="btn btn--primary btn--small" disabled={busy}>
            {x.decide}
          </button>
        </form>
      )}
      {v.suspended_at && !v.reinstated_at && (
        <form onSubmit={reinstate} noValidate aria-label={x.reinstate} className="form--inline">
          <TextField
            id={`${p}-reason`}
            name="reason"
            label={x.reinstateReason}
            required
            maxLength={2000}
            error={field('reason')}
          />
          <button type="submit" className="btn btn--secondary btn--small" disabled={busy}>
            {x.reinstate}
          </button>
        </form>
      )}
    </article>
  );
}
