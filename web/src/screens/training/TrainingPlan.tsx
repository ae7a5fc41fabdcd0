import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';
import type { ScreenProps } from '../../routes.tsx';
import {
  AreaField,
  Bars,
  Frame,
  fileBase64,
  isoDay,
  SelectField,
  useDay,
  useFunctions,
  useOrgLists,
} from '../dashboard/kit.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import type { TrainingPlanRow } from './Training.tsx';

interface Completion {
  overall: { total: number; completed: number };
  byUnit: { unitId: string | null; name: string; total: number; completed: number }[];
  missed: { userId: string; displayName: string; loginId: string; unitId: string | null }[];
  checks: { checkedBy: string; checkedAt: string; note: string | null; completed: number; total: number }[];
}
interface ImportResult {
  rows: number;
  attended: number;
  absent: number;
  errors: { row: number; message: string }[];
  imported: boolean;
}

const pct = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : null);

/** One training plan: sessions, attendance (ticks or CSV), completion by unit, reminders, the 責任者's check. */
export default function TrainingPlan({ params }: ScreenProps) {
  const x = useT(assuranceTexts);
  const day = useDay();
  const { lang } = useI18n();
  const has = useFunctions();
  const manage = has('training.manage');
  const lists = useOrgLists();
  const [plan, setPlan] = useState<TrainingPlanRow | null>(null);
  const [c, setC] = useState<Completion | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  const act = useAction();
  const load = useCallback(async () => {
    const plans = await api.get<TrainingPlanRow[]>('/api/training/plans');
    setPlan(plans.find((p) => p.id === params.id) ?? null);
    setC(await api.get<Completion>(`/api/training/plans/${params.id}/completion`));
  }, [params.id]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!plan || !c) return <Loading />;
  const person = (id: string) => lists.people.find((p) => p.id === id)?.name ?? id;
  return (
    <Frame
      title={plan.title}
      lead={`${fmt(x.fiscalYearLabel, { year: plan.fiscalYear })}・${x.audiences[plan.audience] ?? plan.audience}${plan.organizer ? `・${plan.organizer}` : ''}${plan.clausePath ? `・${x.clause} ${plan.clausePath}` : ''}`}
    >
      <FormAlert error={act.error} />
      <Status message={msg} />
      <section aria-labelledby="tr-completion" className="as-section">
        <h2 id="tr-completion">{x.completion}</h2>
        <p>
          {x.completed}: <strong>{c.overall.completed}</strong> / {c.overall.total}
        </p>
        <Bars
          title={x.completion}
          valueLabel={x.rate}
          detailLabel={x.completed}
          rows={c.byUnit.map((u) => ({
            key: u.unitId ?? '-',
            label: u.name,
            value: pct(u.completed, u.total),
            detail: `${u.completed}/${u.total}`,
          }))}
        />
        <details className="as-box">
          <summary>
            {x.missed}（{c.missed.length}）
          </summary>
          <ul className="link-list">
            {c.missed.map((m) => (
              <li key={m.userId}>
                {m.displayName}（{m.loginId}）
              </li>
            ))}
          </ul>
        </details>
        {manage && c.missed.length > 0 && (
          <button
            type="button"
            className="btn btn--secondary"
            disabled={act.busy}
            onClick={() =>
              void act.run(async () => {
                const r = await api.post<{ reminded: number }>(`/api/training/plans/${plan.id}/remind`);
                setMsg(fmt(x.reminded, { n: r.reminded }));
              })
            }
          >
            {x.remind}
          </button>
        )}
      </section>

      <section aria-labelledby="tr-sessions" className="as-section">
        <h2 id="tr-sessions">{x.sessions}</h2>
        {plan.sessions.length === 0 && <p>{x.none}</p>}
        {plan.sessions.map((s) => (
          <div key={s.id} className="as-box">
            <h3>
              {day(s.heldOn)}
              {s.place ? `（${s.place}）` : ''}
            </h3>
            {manage && (
              <>
                <Attendance
                  sessionId={s.id}
                  people={lists.people}
                  missed={c.missed.map((m) => m.userId)}
                  reload={load}
                  label={day(s.heldOn)}
                />
                <CsvImport sessionId={s.id} reload={load} label={day(s.heldOn)} />
              </>
            )}
          </div>
        ))}
        {manage && <AddSession planId={plan.id} reload={load} />}
      </section>

      <section aria-labelledby="tr-check" className="as-section">
        <h2 id="tr-check">{x.check}</h2>
        <ul className="link-list">
          {c.checks.map((k) => (
            <li key={k.checkedAt}>
              {person(k.checkedBy)}:{' '}
              {fmt(x.checkedAt, {
                at: formatDateTime(k.checkedAt, lang),
                completed: k.completed,
                total: k.total,
              })}
              {k.note ? `「${k.note}」` : ''}
            </li>
          ))}
        </ul>
        {has('training.check') && <Check planId={plan.id} reload={load} />}
      </section>
    </Frame>
  );
}

function AddSession({ planId, reload }: { planId: string; reload(): Promise<void> }) {
  const x = useT(assuranceTexts);
  const { error, busy, run, field } = useAction();
  const [heldOn, setHeldOn] = useState(isoDay());
  const [place, setPlace] = useState('');
  return (
    <form
      className="form as-box"
      noValidate
      aria-labelledby="session-add"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await api.post(`/api/training/plans/${planId}/sessions`, { heldOn, place: place || undefined });
          setPlace('');
          await reload();
        });
      }}
    >
      <h3 id="session-add">{x.addSession}</h3>
      <FormAlert error={error} />
      <div className="as-grid">
        <TextField
          id="session-heldOn"
          label={x.heldOn}
          type="date"
          value={heldOn}
          onChange={(e) => setHeldOn(e.target.value)}
          error={field('heldOn')}
          required
        />
        <TextField
          id="session-place"
          label={x.place}
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          error={field('place')}
        />
      </div>
      <button type="submit" className="btn btn--secondary" disabled={busy}>
        {x.addSession}
      </button>
    </form>
  );
}

function Attendance({
  sessionId,
  people,
  missed,
  reload,
  label,
}: {
  sessionId: string;
  people: { id: string; name: string }[];
  missed: string[];
  reload(): Promise<void>;
  label: string;
}) {
  const x = useT(assuranceTexts);
  const { error, busy, run } = useAction();
  const [ticked, setTicked] = useState<Set<string> | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const current = ticked ?? new Set(people.filter((p) => !missed.includes(p.id)).map((p) => p.id));
  return (
    <details>
      <summary>{x.attendance}</summary>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await api.post(`/api/training/sessions/${sessionId}/attendance`, {
              entries: people.map((p) => ({ userId: p.id, attended: current.has(p.id) })),
            });
            setSaved(x.saved);
            await reload();
          });
        }}
      >
        <FormAlert error={error} />
        <fieldset className="as-box">
          <legend className="field__label">
            {x.attendance}（{label}）
          </legend>
          {people.map((p) => (
            <div key={p.id}>
              <label className="as-check">
                <input
                  type="checkbox"
                  checked={current.has(p.id)}
                  onChange={(e) => {
                    const next = new Set(current);
                    if (e.target.checked) next.add(p.id);
                    else next.delete(p.id);
                    setTicked(next);
                  }}
                />
                {p.name}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="btn btn--secondary btn--small" disabled={busy}>
          {x.saveAttendance}
        </button>
        <Status message={saved} />
      </form>
    </details>
  );
}

function CsvImport({
  sessionId,
  reload,
  label,
}: {
  sessionId: string;
  reload(): Promise<void>;
  label: string;
}) {
  const x = useT(assuranceTexts);
  const { error, busy, run, field } = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState('utf8');
  const [result, setResult] = useState<ImportResult | null>(null);
  const id = `csv-${sessionId}`;
  const send = (dryRun: boolean) =>
    run(async () => {
      if (!file) return;
      const r = await api.post<ImportResult>(`/api/training/sessions/${sessionId}/attendance/import`, {
        encoding,
        dataBase64: await fileBase64(file),
        dryRun,
      });
      setResult(r);
      if (r.imported) await reload();
    });
  return (
    <div className="as-box">
      <h4>
        {x.importCsv}（{label}）
      </h4>
      <p className="field__hint">{x.csvHint}</p>
      <FormAlert error={error} />
      <div className="as-grid">
        <div className={`field${field('dataBase64') ? ' field--error' : ''}`}>
          <label htmlFor={`${id}-file`} className="field__label">
            {x.csvFile}
          </label>
          {field('dataBase64') && <p className="field__error">{field('dataBase64')}</p>}
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setResult(null);
            }}
          />
        </div>
        <SelectField
          id={`${id}-encoding`}
          label={x.encoding}
          value={encoding}
          onChange={setEncoding}
          options={[
            { value: 'utf8', label: 'UTF-8' },
            { value: 'sjis', label: 'Shift_JIS' },
          ]}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="btn btn--secondary btn--small"
          disabled={busy || !file}
          onClick={() => void send(true)}
        >
          {x.dryRun}
        </button>
        <button
          type="button"
          className="btn btn--primary btn--small"
          disabled={busy || !file || !result || result.imported || result.errors.length > 0}
          onClick={() => void send(false)}
        >
          {x.doImport}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {result && (
          <div className={result.errors.length ? 'alert alert--error' : 'alert alert--success'}>
            <p className="alert__title">
              {fmt(result.imported ? x.importedReport : x.dryRunReport, {
                rows: result.rows,
                attended: result.attended,
                absent: result.absent,
                errors: result.errors.length,
              })}
            </p>
            {result.errors.length > 0 && (
              <ul className="alert__list">
                {result.errors.map((e) => (
                  <li key={e.row}>
                    {fmt(x.row, { row: e.row })}: {e.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function Check({ planId, reload }: { planId: string; reload(): Promise<void> }) {
  const x = useT(assuranceTexts);
  const { error, busy, run } = useAction();
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  return (
    <form
      className="form as-box"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await api.post(`/api/training/plans/${planId}/check`, { note });
          setNote('');
          setDone(x.checkedDone);
          await reload();
        });
      }}
    >
      <FormAlert error={error} />
      <AreaField id="check-note" label={x.checkNote} value={note} onChange={setNote} rows={2} />
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {x.doCheck}
      </button>
      <Status message={done} />
    </form>
  );
}
