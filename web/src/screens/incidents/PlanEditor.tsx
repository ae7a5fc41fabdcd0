import { useState } from 'react';
import { useCan } from '../../app/useCan.ts';
import { FieldsForm } from '../../components/FieldsForm.tsx';
import { Status } from '../../components/FormAlert.tsx';
import { ItemList } from '../../components/ItemList.tsx';
import { Section } from '../../components/Section.tsx';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../lib/date.ts';
import { type PlanAnswer, PlanForm } from './PlanForm.tsx';
import { IncFrame, incApi, useLoad } from './parts.tsx';
import { incidentTexts } from './texts.ts';

/** The emergency response plan (R-A3): required sections from the policy, versions, BCP check, review triggers. */
export default function PlanEditor() {
  const { lang } = useI18n();
  const x = useT(incidentTexts);
  const may = useCan()('emergency_plan.manage');
  const { data, reload } = useLoad<PlanAnswer>('/api/emergency-plan');
  const [done, setDone] = useState<string | null>(null);

  if (!data) return <IncFrame title={x.planTitle}>…</IncFrame>;
  const recorded = () => {
    setDone(x.recorded);
    void reload();
  };
  const p = data.plan;
  return (
    <IncFrame title={x.planTitle} lead={x.planLead}>
      <Status message={done} />
      {data.reviewDue && (
        <p className={data.reviewOverdue ? 'alert alert--error' : 'alert alert--info'}>
          {data.reviewOverdue ? x.reviewOverdue : x.reviewDue}: {formatDate(data.reviewDue, lang)}
        </p>
      )}
      <PlanForm
        key={p?.version ?? 0}
        data={data}
        may={may}
        onSaved={(version) => {
          setDone(`${x.saved}（${fmt(x.version, { n: version })}）`);
          void reload();
        }}
      />
      {p && (
        <section aria-labelledby="plan-bcp" className="section">
          <h2 id="plan-bcp" className="section-title">
            {x.bcp}
          </h2>
          <p>
            {p.bcp_title ?? '—'} {p.bcp_reference && `（${p.bcp_reference}）`}：
            {p.bcp_checked_at ? (
              <span className="inc-ok">
                {x.bcpChecked} {formatDateTime(p.bcp_checked_at, lang)} {p.bcp_note}
              </span>
            ) : (
              <span className="inc-warn">{x.bcpNotChecked}</span>
            )}
          </p>
          {may && p.bcp_title && (
            <FieldsForm
              idPrefix="plan-bcp"
              label={x.bcpCheck}
              className="form--inline"
              secondary
              submitLabel={x.bcpCheck}
              onDone={recorded}
              submit={(v) => incApi.post('/api/emergency-plan/bcp-check', { note: v.note || null })}
              fields={[{ name: 'note', label: x.note, maxLength: 2000 }]}
            />
          )}
        </section>
      )}
      <Section id="plan-triggers" title={x.triggers}>
        <ItemList
          items={data.triggers}
          none={x.none}
          render={(t) => (
            <>
              {t.reason}（{x.reviewDue} {formatDate(t.review_due, lang)}・{formatDateTime(t.created_at, lang)}
              ）
            </>
          )}
        />
        {may && (
          <FieldsForm
            idPrefix="trig"
            label={x.addTrigger}
            className="form"
            secondary
            submitLabel={x.addTrigger}
            onDone={recorded}
            submit={(v) => incApi.post('/api/emergency-plan/triggers', v)}
            fields={[
              { name: 'reason', label: x.reason, required: true, maxLength: 1000 },
              { name: 'reviewDue', kind: 'date', label: x.reviewDue, required: true },
            ]}
          />
        )}
      </Section>
      <Section id="plan-versions" title={x.versions}>
        <ItemList
          items={data.versions}
          none={x.none}
          render={(v) => (
            <>
              {fmt(x.version, { n: v.version })}・{formatDateTime(v.created_at, lang)}
            </>
          )}
        />
      </Section>
    </IncFrame>
  );
}
