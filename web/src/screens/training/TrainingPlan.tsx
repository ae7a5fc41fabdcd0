import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { useCan } from '../../app/useCan.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { LoadFailed } from '../../components/Loaded.tsx';
import { Loading } from '../../components/Loading.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import type { ScreenProps } from '../../routes.tsx';
import { Bars, Frame, Part, useDay, useOrgLists } from '../dashboard/kit.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import { type Completion, completionPath, PLANS, type TrainingPlanRow, trainingApi } from './api.ts';
import { CsvImport } from './CsvImport.tsx';
import { PlanCheck } from './PlanCheck.tsx';
import { AddSession, Attendance } from './Sessions.tsx';

const pct = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : null);

/** One training plan: sessions, attendance (ticks or CSV), completion by unit, reminders, the 責任者's check. */
export default function TrainingPlan({ params }: ScreenProps) {
  const x = useT(assuranceTexts);
  const day = useDay();
  const f = useFormat();
  const can = useCan();
  const manage = can('training.manage');
  const lists = useOrgLists();
  const plans = useData<TrainingPlanRow[]>(PLANS);
  const completion = useData<Completion>(completionPath(params.id));
  const [msg, setMsg] = useState<string | null>(null);
  const remind = useMutate(() => trainingApi.remind(params.id), {
    onDone: (r) => setMsg(fmt(x.reminded, { n: r.reminded })),
  });
  const failed = plans.error ?? completion.error;
  if (failed)
    return (
      <LoadFailed error={failed} onRetry={() => void Promise.all([plans.refetch(), completion.refetch()])} />
    );
  const plan = plans.data?.find((p) => p.id === params.id);
  const c = completion.data;
  if (!plan || !c) return <Loading />;
  const person = (id: string) => lists.people.find((p) => p.id === id)?.name ?? id;
  return (
    <Frame
      title={plan.title}
      lead={`${fmt(x.fiscalYearLabel, { year: plan.fiscalYear })}・${x.audiences[plan.audience] ?? plan.audience}${plan.organizer ? `・${plan.organizer}` : ''}${plan.clausePath ? `・${x.clause} ${plan.clausePath}` : ''}`}
    >
      <FormAlert error={remind.error} />
      <Status message={msg} />
      <Part id="tr-completion" title={x.completion}>
        <p>
          {x.completed}: <strong>{c.overall.completed}</strong> / {c.overall.total}
        </p>
        <Bars
          title={x.completion}
          valueLabel={x.rate}
          detailLabel={x.completed}
          rows={c.byUnit.map((u) => ({
            key: u.unitId ?? '-',
            label: u.name ?? x.noUnit,
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
        {manage && c.missed.length > 0 && <ActionButton action={remind} label={x.remind} secondary />}
      </Part>

      <Part id="tr-sessions" title={x.sessions}>
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
                  label={day(s.heldOn)}
                />
                <CsvImport sessionId={s.id} label={day(s.heldOn)} />
              </>
            )}
          </div>
        ))}
        {manage && <AddSession planId={plan.id} />}
      </Part>

      <Part id="tr-check" title={x.check}>
        <ul className="link-list">
          {c.checks.map((k) => (
            <li key={k.checkedAt}>
              {person(k.checkedBy)}:{' '}
              {fmt(x.checkedAt, {
                at: f.dateTime(k.checkedAt),
                completed: k.completed,
                total: k.total,
              })}
              {k.note ? `「${k.note}」` : ''}
            </li>
          ))}
        </ul>
        {can('training.check') && <PlanCheck planId={plan.id} />}
      </Part>
    </Frame>
  );
}
